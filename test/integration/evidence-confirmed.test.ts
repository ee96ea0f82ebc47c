import { describe, expect, it } from 'vitest';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { xliffExport } from '../../src/commands/xliff-export.ts';
import { xliffImport } from '../../src/commands/xliff-import.ts';
import {
  colleagueMerged,
  confirmedOnMaint,
  DA_FILE,
  englishWaiting,
  expectTwoCurrent,
  expectTwoStale,
  pull,
  TWO_V1,
} from '../support/evidence-scenario.ts';
import { BLOCKS, DA, stateOf, TWO_NEW, TWO_V2, type GitProject } from '../support/git-project.ts';
import { unfuzzy } from '../support/po-fixture.ts';
import { documentText, runCommand } from '../support/project.ts';

/**
 * A confirmation vouches for the words it confirmed until they change (hostile-git N10, b11/b13): one
 * not yet committed is in the working tree's sync state alone, and a change of white space after it,
 * extracted before any commit, leaves the paragraph current, as does the exact confirmed text put
 * back. Real git, real hooks; the committed states record the text against the English before.
 */

async function confirmByCommand(p: GitProject): Promise<void> {
  const run = await p.extract('--confirm', 'da:doc:two');
  expect(run.code, run.err).toBe(0);
}

async function confirmByPo(p: GitProject): Promise<void> {
  expect((await runCommand(poExport, p.dir, ['--lang', 'da'])).code).toBe(0);
  const po = await p.read('po/da.po');
  const confirmed = unfuzzy(po, 'doc:two');
  expect(confirmed).not.toBe(po);
  await p.edit('po/da.po', confirmed);
  const imported = await runCommand(poImport, p.dir, ['--lang', 'da']);
  expect(imported.code, imported.err).toBe(0);
}

async function confirmByXliff(p: GitProject): Promise<void> {
  expect((await runCommand(xliffExport, p.dir, ['--lang', 'da'])).code).toBe(0);
  const xliff = await p.read('xliff/da.xlf');
  const confirmed = xliff.replace(
    /(<trans-unit id="doc:two"[^>]*>[\s\S]*?<target) state="needs-review-translation"/,
    '$1 state="translated"',
  );
  expect(confirmed).not.toBe(xliff);
  await p.edit('xliff/da.xlf', confirmed);
  const imported = await runCommand(xliffImport, p.dir, ['--lang', 'da']);
  expect(imported.code, imported.err).toBe(0);
}

/** The revised English of `two` pulled and extracted (Danish `two` stale), then confirmed, uncommitted. */
async function confirmedAfterPull(confirm: (p: GitProject) => Promise<void>): Promise<GitProject> {
  const p = await englishWaiting();
  pull(p);
  await expectTwoStale(p);
  await confirm(p);
  expect((await p.statuses('da'))['doc:two']).toBe('translated');
  return p;
}

const CONFIRMATIONS = [
  ['--confirm', confirmByCommand],
  ['a PO import without the fuzzy flag', confirmByPo],
  ['an XLIFF import in the state translated', confirmByXliff],
] as const;

const WHITE_SPACE = [
  ['a trailing space', (text: string) => `${text} `],
  ['a no-break space', (text: string) => text.replace(' ', '\u00a0')],
  ['a line break', (text: string) => text.replace(' ', '\n')],
] as const;

describe('a confirmation not yet committed, then white space changed (N10)', () => {
  it.each(CONFIRMATIONS)(
    'confirmed by %s, then a trailing space, extract: current; the exact text back: current',
    async (_name, confirm) => {
      const p = await confirmedAfterPull(confirm);
      await p.setValue(DA_FILE, 'two', `${DA.two} `);
      await expectTwoCurrent(p);
      await p.setValue(DA_FILE, 'two', DA.two);
      await expectTwoCurrent(p);
    },
  );

  it.each(WHITE_SPACE)('confirmed by --confirm, then %s, a command between, extract: current', async (_name, change) => {
    const p = await confirmedAfterPull(confirmByCommand);
    await p.setValue(DA_FILE, 'two', change(DA.two));
    await p.statuses('da');
    await expectTwoCurrent(p);
  });
});

describe('what the working tree confirmed vouches for no other words', () => {
  it('stale after the pull, nothing confirmed, then a no-break space: stale', async () => {
    const p = await englishWaiting();
    pull(p);
    await expectTwoStale(p);
    await p.setValue(DA_FILE, 'two', DA.two.replace(' ', '\u00a0'));
    await expectTwoStale(p);
  });

  it('the English revised again after the confirmation, then a trailing space: stale', async () => {
    const p = await confirmedAfterPull(confirmByCommand);
    p.tick();
    const doc = await p.read('src/documents/doc.md');
    await p.edit('src/documents/doc.md', doc.replace('further', 'still further'));
    expect((await p.extract()).code).toBe(0);
    await p.setValue(DA_FILE, 'two', `${DA.two} `);
    const run = await p.extract();
    expect(run.code, run.err).toBe(0);
    expect((await p.statuses('da'))['doc:two']).toBe('stale');
    expect((await stateOf(p, 'two'))?.from).toBe(TWO_V2);
  });
});

describe('a confirmation of a text nothing vouched for (hostile-git H7-09)', () => {
  it.each(CONFIRMATIONS)('a colleague commit made elsewhere, merged, stale; confirmed by %s: current', async (_name, confirm) => {
    const p = await colleagueMerged();
    await confirm(p);
    expect((await p.statuses('da'))['doc:two']).toBe('translated');
    expect(await stateOf(p, 'two')).toEqual({ from: BLOCKS[1]?.[1], seen: expect.any(String) });
  });
});

describe('a confirmation not yet committed, carried by git to a branch with the English before (H6-1, H7-03)', () => {
  it.each(CONFIRMATIONS)(
    'confirmed by %s on the branch with the revised English; on main, which has the English before: current',
    async (_name, confirm) => {
      const p = await confirmedOnMaint(confirm);
      // The Danish state is the same file in both commits, so git keeps its uncommitted change across the switch.
      p.git('checkout', '-q', 'main');
      expect(p.git('status', '--porcelain', '--', 'locales/.sync/da/doc.json')).not.toBe('');
      expect((await p.statuses('da'))['doc:two']).toBe('translated');
      expect(await stateOf(p, 'two')).toEqual({ from: TWO_V2, also: [TWO_V1], seen: expect.any(String) });
      p.git('checkout', '-q', 'maint');
      expect((await p.statuses('da'))['doc:two']).toBe('translated');
    },
  );

  it('through the obsolete store: the paragraph removed and put back after the confirmation, then main: current', async () => {
    const p = await confirmedOnMaint();
    await p.edit('src/documents/doc.md', documentText(BLOCKS.filter(([id]) => id !== 'two')));
    expect((await p.extract()).code).toBe(0);
    expect((await p.statuses('da'))['doc:two']).toBe('obsolete');
    p.git('checkout', '-q', '--', 'src/documents/doc.md');
    expect((await p.extract()).code).toBe(0);
    expect((await p.statuses('da'))['doc:two']).toBe('translated');
    // The extracted English is as committed again, so git carries only the Danish state to main.
    expect(p.git('status', '--porcelain', '--', 'locales/en')).toBe('');
    p.git('checkout', '-q', 'main');
    expect((await p.statuses('da'))['doc:two']).toBe('translated');
  });

  it('rewritten after the confirmation, the text answers to the English it was written against alone', async () => {
    const p = await confirmedOnMaint();
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    expect((await p.extract()).code).toBe(0);
    expect((await stateOf(p, 'two'))?.also).toBeUndefined();
    p.git('checkout', '-q', 'main');
    expect((await p.statuses('da'))['doc:two']).toBe('stale');
  });
});
