import { SOURCE_LANGUAGE } from '../languages.ts';
import { LOCALES_DIR } from '../core/common/paths.ts';
import { unmatchedConfirmations, type Confirmation, type ExtractionPlan } from '../core/sync/extraction.ts';
import { recordRun } from '../node/plan.ts';
import type { ContentRead } from '../node/plan-cache.ts';
import type { Records } from '../node/records/records.mjs';
import { planProjectInParts } from '../node/plan-in-parts.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';
import { commandSpec, parseCommand, runIfMain } from './shared/command.ts';
import { commitRun, underLock } from './shared/pipeline.ts';
import { renderProblem, renderStatus, renderWrites } from '../core/report/render.ts';

const USAGE = `Usage: npm run extract -- [options]

Extract the English from src/documents/*.md and the t() calls in src/, write locales/en,
and bring every other language in sync (new keys untranslated, changed English marked stale,
removed English moved to the obsolete store).

  --check                 write nothing; list what would change; exit 1 if anything would
  --confirm LANG:NS:KEY   mark a stale translation as still right (any part may be *); repeatable
  --prune                 drop the obsolete store (removed paragraphs' translations) and the
                          files of namespaces no document or code defines any more
  --accept-moves          accept English that moved from one id to another (else an error:
                          the id markers look swapped or moved, or a paragraph was typed
                          directly under a marker)
  --restore NS:KEY        a removed paragraph came back, rewritten, under its old id: bring its
                          translations back from the obsolete store, marked stale (else an
                          error: the id of a removed paragraph is used again); repeatable
  --strict                treat warnings (identical to English, glossary) as errors
  --quiet                 print only problems and changes
  -h, --help              this text

Exit codes: 0 done; 1 --check found changes, or a translation has errors; 2 broken input (nothing written).`;

function parseConfirmation(value: string): Confirmation | undefined {
  const parts = value.split(':');
  if (parts.length !== 3 || parts.some((p) => p === '')) return undefined;
  const [language = '', namespace = '', key = ''] = parts;
  return { language, namespace, key };
}

const SPEC = commandSpec({
  name: 'extract',
  usage: USAGE,
  options: {
    check: { type: 'boolean', default: false },
    confirm: { type: 'string', multiple: true, default: [] },
    prune: { type: 'boolean', default: false },
    'accept-moves': { type: 'boolean', default: false },
    restore: { type: 'string', multiple: true, default: [] },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

export async function extract(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const args = cli.values;
  const confirm: Confirmation[] = [];
  for (const value of args.confirm) {
    const parsed = parseConfirmation(value);
    if (!parsed) {
      env.err(`extract: --confirm takes LANG:NAMESPACE:KEY (e.g. da:declaration:threat), not "${value}"`);
      return EXIT.broken;
    }
    confirm.push(parsed);
  }
  const restore: Restored[] = [];
  for (const value of args.restore) {
    const [namespace = '', key = '', ...rest] = value.split(':');
    if (namespace === '' || key === '' || rest.length > 0) {
      env.err(`extract: --restore takes NAMESPACE:KEY (e.g. declaration:threat), not "${value}"`);
      return EXIT.broken;
    }
    restore.push({ namespace, key });
  }

  return underLock(env, 'npm run extract', () => run(env, { confirm, restore }, args));
}

type Restored = { readonly namespace: string; readonly key: string };

/** The record the run took, and what it had read then of the locale files. */
type Taken = { readonly records: Records; readonly contents: ReadonlyMap<string, ContentRead> | undefined };

async function run(
  env: CommandEnvironment,
  { confirm, restore }: { readonly confirm: readonly Confirmation[]; readonly restore: readonly Restored[] },
  args: {
    readonly check: boolean;
    readonly prune: boolean;
    readonly strict: boolean;
    readonly quiet: boolean;
    readonly 'accept-moves': boolean;
  },
): Promise<number> {
  // A namespace at a time, so that a large project's files are never all in memory at once.
  const record = args.check ? 'npm run extract -- --check' : 'npm run extract';
  let taken: Taken | undefined;
  const recorded = (records: Records, contents?: ReadonlyMap<string, ContentRead>): void => void (taken = { records, contents });
  const options = {
    confirm,
    restore,
    prune: args.prune,
    acceptMoves: args['accept-moves'],
    codeScan: env.codeScan,
    planCache: env.planCache,
    record,
    recorded,
  };
  const plan = await planProjectInParts(env.cwd, options);
  for (const p of plan.warnings) env.err(renderProblem(p));
  if (plan.fatal.length > 0) {
    for (const p of plan.fatal) env.err(renderProblem(p));
    env.err(`extract: ${plan.fatal.length} problem(s) in the input; nothing was written.`);
    return EXIT.broken;
  }
  if (namesNothing(plan, { confirm, restore }, env)) return EXIT.broken;
  for (const p of plan.problems) env.err(renderProblem(p));
  const errors = plan.problems.filter((p) => p.severity === 'error' || args.strict).length;

  if (args.check) {
    if (plan.writes.size > 0) {
      env.err(`extract --check: ${plan.writes.size} file(s) are out of date; run \`npm run extract\`:\n${renderWrites(plan)}`);
      return EXIT.failed;
    }
    if (!args.quiet) env.out('extract --check: every file is up to date.');
    return errors > 0 ? EXIT.failed : EXIT.ok;
  }

  const committed = await commitRun(env, plan, { name: 'extract', reader: 'extract', again: 'Run npm run extract again.' });
  if (!committed.ok) return committed.code;
  // The English this run wrote is the English from now on: an edit made after this run answers to it.
  if ([...plan.writes.keys()].some((path) => path.startsWith(`${LOCALES_DIR}/${SOURCE_LANGUAGE}/`))) await recordWritten(env, plan, taken);
  if (plan.writes.size > 0) env.out(`Wrote ${plan.writes.size} file(s):\n${renderWrites(plan)}`);
  else if (!args.quiet) env.out('Everything was already up to date.');
  if (!args.quiet) env.out(renderStatus(plan, env.style, { verbose: false }));
  if (errors > 0) env.err(`extract: ${errors} translation problem(s) to fix (listed above).`);
  // Someone's write in the instant between the check and a file's own write wins; this run is then not whole (said by commitRun).
  return errors > 0 || committed.kept.length > 0 ? EXIT.failed : EXIT.ok;
}

/** A record after the run's writes: what the run read and did not write is not read again; what it wrote is. */
async function recordWritten(env: CommandEnvironment, plan: ExtractionPlan, taken: Taken | undefined): Promise<void> {
  const contents = taken?.contents;
  await recordRun(env.cwd, 'npm run extract', {
    ...(taken ? { after: taken.records } : {}),
    ...(contents ? { contents: new Map([...contents].filter(([path]) => !plan.writes.has(path))) } : {}),
  });
}

/** True (and said) when a --confirm names no entry or a --restore no paragraph: a typo must not pass as done. */
function namesNothing(
  plan: ExtractionPlan,
  { confirm, restore }: { readonly confirm: readonly Confirmation[]; readonly restore: readonly Restored[] },
  env: CommandEnvironment,
): boolean {
  const unmatched = unmatchedConfirmations(plan, confirm);
  for (const c of unmatched)
    env.err(
      `extract: --confirm ${c.language}:${c.namespace}:${c.key} names no entry (check the language, namespace and key in npm run status); nothing was written.`,
    );
  if (unmatched.length > 0) return true;
  const strays = restore.filter(
    (r) => ![...plan.english].some(([ns, catalog]) => (r.namespace === '*' || r.namespace === ns) && (r.key === '*' || catalog.has(r.key))),
  );
  for (const r of strays) env.err(`extract: --restore ${r.namespace}:${r.key} names no paragraph of the English; nothing was written.`);
  return strays.length > 0;
}

void runIfMain(import.meta.url, 'extract', extract);
