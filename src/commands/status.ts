import { belowThreshold, statusJson } from '../core/report/status-report.ts';
import { planProject } from '../node/plan.ts';
import { readSnapshot } from '../node/project-io.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';
import { commandSpec, LANGUAGE_OPTION, parseCommand, runIfMain } from './shared/command.ts';
import { underLock } from './shared/pipeline.ts';
import { renderProblem, renderStatus } from '../core/report/render.ts';
import { numberOption } from './shared/numbers.ts';

const USAGE = `Usage: npm run status -- [options]

Per language: how many entries are translated, stale, untranslated and obsolete, which keys,
and for each stale one how the English changed since it was translated ([-removed-] {+added+}).

  --json               print {"<lang>": {"<namespace>:<key>": "translated"|"stale"|"untranslated"|"obsolete"}}
  --lang LANG          only this language (repeatable)
  --min-complete PCT   exit 1 when a language has fewer than PCT% of its entries translated
  --summary            counts only
  -h, --help           this text

Exit codes: 0 fine; 1 below --min-complete or a translation has errors; 2 broken input.`;

const SPEC = commandSpec({
  name: 'status',
  usage: USAGE,
  options: {
    ...LANGUAGE_OPTION,
    json: { type: 'boolean', default: false },
    'min-complete': { type: 'string' },
    summary: { type: 'boolean', default: false },
  },
});

export async function status(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const args = cli.values;
  const given = args['min-complete'];
  const minimum = given === undefined ? undefined : numberOption(given, { min: 0, max: 100 });
  if (given !== undefined && minimum === undefined) {
    env.err(`status: --min-complete takes a percentage from 0 to 100, not "${given}"`);
    return EXIT.broken;
  }

  return underLock(env, 'npm run status', () => run(env, args, minimum));
}

async function run(
  env: CommandEnvironment,
  args: { readonly lang: readonly string[]; readonly json: boolean; readonly summary: boolean },
  minimum: number | undefined,
): Promise<number> {
  const full = await planProject(env.cwd, await readSnapshot(env.cwd, { codeScan: env.codeScan }), { record: 'npm run status' });
  for (const p of full.warnings) env.err(renderProblem(p));
  if (full.fatal.length > 0) {
    for (const p of full.fatal) env.err(renderProblem(p));
    return EXIT.broken;
  }
  const plan = args.lang.length === 0 ? full : { ...full, languages: full.languages.filter((l) => args.lang.includes(l.language)) };
  const problems = full.problems.filter((p) => args.lang.length === 0 || (p.language !== undefined && args.lang.includes(p.language)));

  if (args.json) env.out(JSON.stringify(statusJson(plan), null, 2));
  else env.out(renderStatus(plan, env.style, { verbose: !args.summary }));
  for (const p of problems) env.err(renderProblem(p));

  let code: number = EXIT.ok;
  if (full.writes.size > 0) {
    env.err(`status: ${full.writes.size} file(s) are out of date; the figures above are what \`npm run extract\` will record.`);
  }
  if (problems.some((p) => p.severity === 'error')) code = EXIT.failed;
  if (minimum !== undefined) {
    const below = belowThreshold(plan, minimum / 100);
    if (below.length > 0) {
      env.err(`status: below ${minimum}% complete: ${below.join(', ')}`);
      code = EXIT.failed;
    }
  }
  return code;
}

void runIfMain(import.meta.url, 'status', status);
