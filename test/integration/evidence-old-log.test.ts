import { describe, it } from 'vitest';
import { fingerprint } from '../../src/node/records/records.mjs';
import { colleagueBranch, DA_FILE, expectTwoStale } from '../support/evidence-scenario.ts';
import { BLOCKS, DA, TWO_OLD_EDIT, TWO_V2, type GitProject } from '../support/git-project.ts';

/**
 * A text a checkout brought, recorded by the code before the records kept texts (hostile-git N8): that
 * record kept only its fingerprint, so the text is found in git, where whatever a checkout brings is.
 * Real git and hooks; the log is written as that code wrote it (test/support/records-v1.jsonl is one).
 */

/** The records log as the old code would have left it: the clone, the pull, the restore from `da-old`. */
function oldLog(): string {
  const english = Object.fromEntries(BLOCKS.map(([id, text]) => [`doc:${id}`, text]));
  const brought = Object.fromEntries(Object.entries(DA).map(([id, text]) => [`da:doc:${id}`, [fingerprint(text)]]));
  const line = (h: string, e: object, b: object): string => JSON.stringify({ h, e, b, l: {}, t: {}, c: [] });
  return [
    line('post-checkout', english, brought),
    line('post-merge', { 'doc:two': TWO_V2 }, {}),
    line('post-checkout', {}, { 'da:doc:two': [fingerprint(TWO_OLD_EDIT)] }),
    '',
  ].join('\n');
}

/** A translator's clone after the pull, `two` restored from a colleague's branch edited against the old English, recorded by the old code. */
async function restoredUnderOldCode(): Promise<GitProject> {
  const p = await colleagueBranch();
  p.git('-c', 'core.hooksPath=/dev/null', 'restore', '--source=origin/da-old', DA_FILE);
  await p.write(p.git('rev-parse', '--git-path', 'nordefco-reader/records.jsonl').trim(), oldLog());
  return p;
}

describe('a restore recorded by the old code (hostile-git N8)', () => {
  it('the text as restored: stale, answering to the old English', async () => {
    const p = await restoredUnderOldCode();
    await expectTwoStale(p);
  });

  it('then given a trailing space: stale, as under the new records', async () => {
    const p = await restoredUnderOldCode();
    await p.setValue(DA_FILE, 'two', `${TWO_OLD_EDIT} `);
    await expectTwoStale(p);
  });
});
