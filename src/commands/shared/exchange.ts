import { relative, sep } from 'node:path';
import { parseRecord, recordPath, type ExchangeRecord } from '../../core/exchange/exchange-record.ts';
import type { GlossaryFile } from '../../core/locale/glossary-file.ts';
import { loadGlossaryFile } from '../../core/locale/loaders.ts';
import { renderProblem } from '../../core/report/render.ts';
import { readOptional } from '../../node/project-io.ts';
import { LANGUAGE_OPTION } from './command.ts';
import { displayPath, EXIT, type CommandEnvironment } from './io.ts';

/**
 * What the exports and imports of every exchange format share (po:*, xliff:*, tmx:*): the options
 * both sides take, the glossary, the records kept beside PO and XLIFF files, and project paths for
 * the journal. exchange-export.ts and exchange-import.ts are the two runs.
 */

/**
 * The options of both sides of a round trip. The folder is `--dir` on both, since the files an export
 * writes there are the ones the import reads back.
 */
export const exchangeOptions = (defaultDir: string) =>
  ({
    ...LANGUAGE_OPTION,
    dir: { type: 'string', default: defaultDir },
    force: { type: 'boolean', default: false },
  }) as const;

/** The exit code (2, said) when an export was given `--out`, its old spelling of `--dir`. */
export function refuseOldSpelling(name: string, out: string | undefined, env: CommandEnvironment): number | undefined {
  if (out === undefined) return undefined;
  env.err(
    `${name}: --out is now --dir, the same option as the import's (the folder the files go to and come back from): use --dir ${out}; nothing was written.`,
  );
  return EXIT.broken;
}

export function readGlossary(locales: ReadonlyMap<string, string>, name: string, env: CommandEnvironment): GlossaryFile | undefined {
  const loaded = loadGlossaryFile(locales);
  if (loaded.ok) return loaded.value;
  for (const p of loaded.problems) env.err(renderProblem(p));
  env.err(`${name}: the glossary is broken; nothing was written.`);
  return undefined;
}

/** The text of the record beside an exported file, if there is one. */
export function readRecordText(path: string, env: CommandEnvironment): Promise<string | undefined> {
  return readOptional(recordPath(path), displayPath(env.cwd, recordPath(path)));
}

/** The record a text holds; an unreadable one is ignored, with a warning. */
export function recordIn(text: string | undefined, path: string, env: CommandEnvironment): ExchangeRecord | undefined {
  if (text === undefined) return undefined;
  const record = parseRecord(text);
  if (!record)
    env.err(
      `warning: ${displayPath(env.cwd, recordPath(path))} is not an export record; it is ignored, and every entry that differs from locales/ counts as a conflict`,
    );
  return record;
}

/** A path as the journal takes it: relative to the project, with forward slashes (`../` for a folder outside it). */
export const projectPath = (env: CommandEnvironment, path: string): string => relative(env.cwd, path).split(sep).join('/');
