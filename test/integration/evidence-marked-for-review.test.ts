import { describe, expect, it } from 'vitest';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { xliffExport } from '../../src/commands/xliff-export.ts';
import { xliffImport } from '../../src/commands/xliff-import.ts';
import { confirmedOnMaint, DA_FILE, englishWaiting, expectTwoStale, pull } from '../support/evidence-scenario.ts';
import { stateOf, TWO_NEW, type GitProject } from '../support/git-project.ts';
import { replaceEntry } from '../support/po-fixture.ts';
import { runCommand } from '../support/project.ts';

/**
 * A translator's mark for review (a fuzzy PO entry, an XLIFF target that needs review) makes the text stale
 * whatever English a record vouches for, on this branch and on any other (hostile review of 21ea735): a record
 * current through `also` is no reason to ignore the mark, and a draft marked so answers to no English.
 */

const twoStatus = async (p: GitProject): Promise<string | undefined> => (await p.statuses('da'))['doc:two'];

/** Danish `two` confirmed on maint (the revised English), not committed, then main checked out: current there through `also`. */
async function confirmedThenMain(): Promise<GitProject> {
  const p = await confirmedOnMaint();
  p.git('checkout', '-q', 'main');
  expect(await twoStatus(p)).toBe('translated');
  return p;
}

async function importPo(p: GitProject, edit: (block: string) => string): Promise<void> {
  expect((await runCommand(poExport, p.dir, ['--lang', 'da'])).code).toBe(0);
  const po = await p.read('po/da.po');
  const marked = replaceEntry(po, 'doc:two', edit);
  expect(marked).not.toBe(po);
  await p.edit('po/da.po', marked);
  const imported = await runCommand(poImport, p.dir, ['--lang', 'da']);
  expect(imported.code, imported.err).toBe(0);
  expect(imported.out).not.toMatch(/no changes/i);
}

const fuzzy = (block: string): string => block.replace(/^msgctxt/m, '#, fuzzy\nmsgctxt');

describe('a mark for review of a text current through an English it was confirmed against before', () => {
  it('a PO entry marked fuzzy, its text unchanged: stale, on this branch and on the other', async () => {
    const p = await confirmedThenMain();
    await importPo(p, fuzzy);
    expect(await twoStatus(p)).toBe('stale');
    expect(await stateOf(p, 'two')).toMatchObject({ unverified: true });
    p.git('checkout', '-q', 'maint');
    expect(await twoStatus(p)).toBe('stale');
  });

  it('an XLIFF target marked needs-review-translation: stale', async () => {
    const p = await confirmedThenMain();
    expect((await runCommand(xliffExport, p.dir, ['--lang', 'da'])).code).toBe(0);
    const xliff = await p.read('xliff/da.xlf');
    const marked = xliff.replace(
      /(<trans-unit id="doc:two"[^>]*>[\s\S]*?<target[^>]*?) state="translated"/,
      '$1 state="needs-review-translation"',
    );
    expect(marked).not.toBe(xliff);
    await p.edit('xliff/da.xlf', marked);
    expect((await runCommand(xliffImport, p.dir, ['--lang', 'da'])).code).toBe(0);
    expect(await twoStatus(p)).toBe('stale');
  });

  it('committed: the confirmation, then a revert of the English; a fuzzy mark: stale', async () => {
    const p = await confirmedThenMain();
    p.git('checkout', '-q', 'maint');
    p.commitAll('Confirm Danish two');
    p.tick();
    p.git('revert', '--no-edit', 'HEAD~1');
    p.tick();
    expect((await p.extract()).code).toBe(0);
    expect(await twoStatus(p)).toBe('translated');
    await importPo(p, fuzzy);
    expect(await twoStatus(p)).toBe('stale');
  });
});

describe('a draft marked for review answers to no English', () => {
  it('a fuzzy draft imported on main is stale there and on the branch whose English the record named', async () => {
    const p = await confirmedThenMain();
    await importPo(p, (block) => fuzzy(block).replace(/msgstr ".*"/, 'msgstr "Udkast, ikke gennemset."'));
    expect(await twoStatus(p)).toBe('stale');
    p.git('checkout', '-q', 'maint');
    expect(JSON.parse(await p.read('locales/da/doc.json'))['two']).toBe('Udkast, ikke gennemset.');
    expect(await twoStatus(p)).toBe('stale');
  });
});

describe('a mark for review judged by the state only where the state describes the text (hostile review of 6329c00)', () => {
  it('a hand edit committed after the pull, no extract between, then marked fuzzy: stale, also after extract', async () => {
    const p = await englishWaiting();
    pull(p);
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    p.tick();
    p.commitAll('Danish two for the new English');
    expect(await twoStatus(p)).toBe('translated');
    await importPo(p, fuzzy);
    expect(await twoStatus(p)).toBe('stale');
    expect((await p.extract()).code).toBe(0);
    expect(await twoStatus(p)).toBe('stale');
  });

  it('a file exported before the pull, its entry marked fuzzy for the English it was current for: unverified', async () => {
    const p = await englishWaiting();
    expect((await runCommand(poExport, p.dir, ['--lang', 'da'])).code).toBe(0);
    const before = await p.read('po/da.po');
    pull(p);
    expect((await p.extract()).code).toBe(0);
    await expectTwoStale(p);
    await p.edit('po/da.po', replaceEntry(before, 'doc:two', fuzzy));
    const imported = await runCommand(poImport, p.dir, ['--lang', 'da']);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).not.toMatch(/no changes/i);
    expect(await stateOf(p, 'two')).toMatchObject({ unverified: true });
  });
});
