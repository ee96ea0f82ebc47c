import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TARGET_LANGUAGES, type LanguageCode } from '../../languages.ts';
import { EXIT, isMain, processEnvironment, type CommandEnvironment } from './io.ts';

/**
 * The shape every command shares: options parsed strictly (an unknown option or a stray word is
 * refused with the usage, exit 2), `-h/--help`, the `--lang` option checked against the language
 * list, and one bin block that sets the exit code. A command's body only sees valid arguments:
 *
 *   const cli = parseCommand(SPEC, argv, env);
 *   if (!cli.ok) return cli.code;
 */

/** What parseArgs takes as `options` (@types/node 20 does not export the name). */
export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;
/** `--lang LANG`, repeatable, one of the translated languages: spread it into a command's options. */
export const LANGUAGE_OPTION = { lang: { type: 'string', multiple: true, default: [] as string[] } } as const;

type Config<O extends OptionsConfig> = { args: string[]; options: O & typeof HELP; strict: true; allowPositionals: false };
export type Values<O extends OptionsConfig> = ReturnType<typeof parseArgs<Config<O>>>['values'];

export interface CommandSpec<O extends OptionsConfig> {
  /** As the user types it after `npm run`, e.g. `po:export`; it prefixes every message. */
  readonly name: string;
  /** The --help text, which also follows an option error. */
  readonly usage: string;
  /** parseArgs options; `-h/--help` is added, and `...LANGUAGE_OPTION` gives the checked `--lang`. */
  readonly options: O;
  /** The languages --lang may name: the translated ones unless a command works on English too. */
  readonly languageList?: readonly LanguageCode[];
}

/** A command's specification, typed so that its options' values are known to the body (`as const` would make defaults read-only arrays, which parseArgs' types do not accept). */
export function commandSpec<O extends OptionsConfig>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

/**
 * What a step of a command gives: its outcome, or the exit code when there is nothing more to do, the message already
 * written (help printed: 0; arguments refused: 2; a run refused: 1). Not a `Result`: the failure is an exit code, its
 * problems told to the user already.
 */
export type OrExitCode<T> = ({ readonly ok: true } & T) | { readonly ok: false; readonly code: number };

export type Parsed<O extends OptionsConfig> = OrExitCode<{
  readonly values: Values<O>;
  /** The languages asked for with --lang, deduplicated, in the language list's order; every language of the list when none was. */
  readonly languages: readonly LanguageCode[];
  /** True when --lang was given: a command may then insist that each one has its file. */
  readonly languagesGiven: boolean;
}>;

export type Command = (argv: readonly string[], env: CommandEnvironment) => Promise<number>;

/** A command's arguments, or the exit code when there is nothing more to do. */
export function parseCommand<O extends OptionsConfig>(spec: CommandSpec<O>, argv: readonly string[], env: CommandEnvironment): Parsed<O> {
  const options = { ...spec.options, ...HELP };
  let values: Values<O>;
  try {
    values = parseArgs<Config<O>>({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    env.err(`${spec.name}: ${(error as Error).message}\n\n${spec.usage}`);
    return { ok: false, code: EXIT.broken };
  }
  // The shared options, which the generic type cannot show inside this function.
  const shared = values as { readonly help: boolean; readonly lang?: readonly string[] };
  if (shared.help) {
    env.out(spec.usage);
    return { ok: false, code: EXIT.ok };
  }
  const asked = shared.lang ?? [];
  const list = spec.languageList ?? TARGET_LANGUAGES;
  const unknown = asked.filter((l) => !(list as readonly string[]).includes(l));
  if (unknown.length > 0) {
    env.err(
      `${spec.name}: --lang ${unknown.join(', ')}: not ${list === TARGET_LANGUAGES ? 'a translated language' : 'a language of the site'}; one of ${list.join(', ')}`,
    );
    return { ok: false, code: EXIT.broken };
  }
  const languages = asked.length === 0 ? list : list.filter((l) => asked.includes(l));
  return { ok: true, values, languages, languagesGiven: asked.length > 0 };
}

/**
 * The bin block: run the command when its module is the program, and set the exit code. Only here is
 * the exit code set; an unexpected error (a failing disk, a bug) is printed with the command's name
 * and exits 3, so that it is never mistaken for a refusal (1) or broken input (2).
 */
export async function runIfMain(importMetaUrl: string, name: string, command: Command): Promise<void> {
  if (isMain(importMetaUrl)) await runAsProgram(name, command);
}

/**
 * Run a command as the program (see runIfMain); `extra` is what the launcher of the compiled
 * commands (src/commands/run.mjs, which calls this) adds to the environment.
 * @public
 */
export async function runAsProgram(name: string, command: Command, extra: Partial<CommandEnvironment> = {}): Promise<void> {
  const env = { ...processEnvironment(), ...extra };
  try {
    process.exitCode = await command(process.argv.slice(2), env);
  } catch (error) {
    env.err(`${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = EXIT.unexpected;
  }
}
