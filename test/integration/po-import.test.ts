import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { status } from '../../src/commands/status.ts';
import { changedFiles, runCommand, expectNothingWritten, expectRefused } from '../support/project.ts';
import {
  entry,
  exportAll,
  lineOf,
  replaceEntry,
  setMsgstr,
  setUp as setUpDanish,
  statuses,
  unfuzzy,
  reviseEnglish,
} from '../support/po-fixture.ts';
import { EXIT } from '../../src/commands/shared/io.ts';

const setUp = setUpDanish;

describe('npm run po:import', () => {
  it('changes no file when nothing was edited', async () => {
    const p = await setUp();
    await exportAll(p);
    const result = await expectNothingWritten(p, () => runCommand(poImport, p.dir));
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('da (po/da.po): no changes');
    expect((await runCommand(poImport, p.dir, ['--check'])).code).toBe(0);
  });

  it('changes exactly the edited translation and its sync state, as the extraction would record it', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    await p.write('po/da.po', setMsgstr(da, 'doc:one', 'Den første.'));
    const before = await p.snapshot();
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('da (po/da.po): 1 translation(s) changed\n  translated  doc:one');
    const after = await p.snapshot();
    // Under locales/ only the translation and its state; beside the PO file, its record now holds the imported text.
    expect(changedFiles(before, after)).toEqual(['locales/.sync/da/doc.json', 'locales/da/doc.json', 'po/da.po.record.json']);
    expect(after.get('locales/da/doc.json')).toBe(before.get('locales/da/doc.json')?.replace('"Første."', '"Den første."'));
    const stateBefore = JSON.parse(before.get('locales/.sync/da/doc.json') ?? '') as { entries: Record<string, unknown> };
    const stateAfter = JSON.parse(after.get('locales/.sync/da/doc.json') ?? '') as { entries: Record<string, unknown> };
    expect({ ...stateAfter.entries, one: undefined }).toEqual({ ...stateBefore.entries, one: undefined });
    expect(stateAfter.entries['one']).not.toEqual(stateBefore.entries['one']);
    expect((await runCommand(extract, p.dir, ['--check'])).code).toBe(0);
    expect(await statuses(p)).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale', 'doc:three': 'untranslated' });
  });

  it('trims white space a tool padded a translation with, with a warning', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    await p.write('po/da.po', setMsgstr(da, 'doc:three', '  Tredje. '));
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toMatch(/po\/da\.po:\d+:\d+ +da doc:three .*white space the English does not have/);
    expect(((await p.json('locales/da/doc.json')) as Record<string, string>)['three']).toBe('Tredje.');
  });

  it('warns of padding around a translation even when the trimmed text changes nothing', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    await p.write('po/da.po', setMsgstr(da, 'doc:one', '\n  Første.  '));
    const before = await p.snapshot();
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(changedFiles(before, await p.snapshot()).filter((f) => f.startsWith('locales/'))).toEqual([]);
    expect(result.err).toMatch(/po\/da\.po:\d+:\d+ +da doc:one .*white space the English does not have/);
  });

  it('keeps a fuzzy translation of an untranslated entry as a draft, which the status does not call an English change', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    const drafted = replaceEntry(setMsgstr(da, 'doc:three', 'Tredje.'), 'doc:three', (block) =>
      block.replace(/^msgctxt/m, '#, fuzzy\nmsgctxt'),
    );
    await p.write('po/da.po', drafted);
    expect((await runCommand(poImport, p.dir)).code).toBe(0);
    expect(await statuses(p)).toMatchObject({ 'doc:three': 'stale' });
    const shown = await runCommand(status, p.dir, ['--lang', 'da']);
    const three = shown.out.slice(shown.out.indexOf('doc:three')).split('\n').slice(0, 2).join('\n');
    expect(three).not.toContain('English changed');
    expect(three).toContain('a draft, never reviewed against the English');
  });

  it('notes the agreed terms by their headwords (dictionary forms), not the stems the check matches', async () => {
    const p = await setUp();
    await p.write(
      'locales/glossary.json',
      JSON.stringify({ terms: [{ en: ['third'], da: ['tredj'], headword: { en: 'third', da: 'tredje' } }] }),
    );
    const da = await exportAll(p);
    expect(entry(da, 'doc:three')).toContain('#. Agreed terms: third = tredje');
  });

  it('confirms a stale entry whose fuzzy flag the translator removed', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    const danish = await p.read('locales/da/doc.json');
    await p.write('po/da.po', unfuzzy(da, 'doc:two'));
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('confirmed   doc:two');
    expect(await p.read('locales/da/doc.json')).toBe(danish);
    expect(await statuses(p)).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'translated' });
    expect((await runCommand(extract, p.dir, ['--check'])).code).toBe(0);
  });

  it('saves an edited fuzzy entry but keeps it stale, against the English it was made from', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    await p.write('po/da.po', setMsgstr(da, 'doc:two', 'Den anden den {{date}}.'));
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('stale       doc:two');
    expect(await p.json('locales/da/doc.json')).toMatchObject({ two: 'Den anden den {{date}}.' });
    expect(await p.json('locales/.sync/da/doc.json')).toMatchObject({ entries: { two: { from: 'Second on {{date}}.' } } });
    expect((await statuses(p))?.['doc:two']).toBe('stale');
    expect((await runCommand(extract, p.dir, ['--check'])).code).toBe(0);
  });

  it('never makes a fuzzy entry up to date, even when no older English is known', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    const drafted = replaceEntry(setMsgstr(da, 'doc:three', 'Tredje.'), 'doc:three', (block) => `#, fuzzy\n${block}`);
    await p.write(
      'po/da.po',
      replaceEntry(drafted, 'doc:one', (block) => `#, fuzzy\n${block}`),
    );
    expect((await runCommand(poImport, p.dir)).code).toBe(0);
    expect(await statuses(p)).toMatchObject({ 'doc:one': 'stale', 'doc:three': 'stale' });
    expect(await p.json('locales/da/doc.json')).toMatchObject({ one: 'Første.', three: 'Tredje.' });
  });

  it('saves a translation of an English that changed since the export as stale, and says so', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    await reviseEnglish(p);
    await runCommand(extract, p.dir, ['--quiet']);
    await p.write('po/da.po', setMsgstr(da, 'doc:one', 'Den første.'));
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toContain(`po/da.po:${lineOf(da, 'doc:one')}:1`);
    expect(result.err).toContain('the English changed since this file was exported');
    expect((await statuses(p))?.['doc:one']).toBe('stale');
  });

  it('refuses a placeholder mismatch with exit 1, naming the PO line and key, writing nothing', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    await p.write('po/da.po', setMsgstr(unfuzzy(da, 'doc:two'), 'doc:two', 'Anden den {{dato}}.'));
    const edited = await p.read('po/da.po');
    const result = await expectRefused(poImport, p, [], EXIT.failed);
    expect(result.err).toContain(`po/da.po:${lineOf(edited, 'doc:two')}:1`);
    expect(result.err).toContain('doc:two');
    expect(result.err).toContain('placeholders differ');
  });

  it('checks every file before writing any', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    await p.write('po/da.po', setMsgstr(da, 'doc:one', 'Den første.'));
    await p.write('po/nb.po', setMsgstr(await p.read('po/nb.po'), 'ui:greeting', 'Hei, <b>{{name}}</b>'));
    const result = await expectRefused(poImport, p, [], EXIT.failed);
    expect(result.err).toContain('po/nb.po:');
    expect(result.err).toContain('tags differ');
  });

  it('refuses a broken PO file with exit 2, naming the file', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    await p.write('po/da.po', setMsgstr(da, 'doc:one', 'X').replace('msgstr "X"', 'msgstr "Den første.'));
    const result = await expectRefused(poImport, p);
    expect(result.err).toContain(`po/da.po:${lineOf(da, 'doc:one') + 2}`);
    expect(result.err).toContain('nothing was written');
  });

  it('refuses a file for another language, and entries it cannot place', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    await p.write('po/nb.po', da);
    const wrong = await runCommand(poImport, p.dir, ['--lang', 'nb']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('po/nb.po:');
    expect(wrong.err).toContain('this file is for "da", not "nb"');

    await p.write('po/da.po', da.replace('msgctxt "doc:one"', 'msgctxt "one"'));
    const noNamespace = await runCommand(poImport, p.dir, ['--lang', 'da']);
    expect(noNamespace.code).toBe(2);
    expect(noNamespace.err).toContain(`po/da.po:${lineOf(da, 'doc:one')}:1`);
    expect(noNamespace.err).toContain('is not namespace:key');

    await p.write('po/da.po', `${da}\nmsgctxt "doc:one"\nmsgid "Other."\nmsgstr "Anden."\n`);
    const twice = await runCommand(poImport, p.dir, ['--lang', 'da']);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('msgctxt "doc:one" appears 2 times');
  });

  it('refuses an entry whose id neither the English nor the export has (a changed msgctxt), with exit 2', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    await p.write('po/da.po', `${da}\nmsgctxt "doc:five"\nmsgid "Fifth."\nmsgstr "Femte."\n`);
    const result = await expectRefused(poImport, p, ['--lang', 'da']);
    expect(result.err).toContain('"doc:five" is not an entry of the English, and was not in the export');
  });

  it('refuses an entry whose English (msgid) was changed in the file, with exit 2', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    await p.write('po/da.po', setMsgstr(da, 'doc:one', 'Den første.').replace('msgid "First."', 'msgid "First!"'));
    const result = await expectRefused(poImport, p, ['--lang', 'da']);
    expect(result.err).toContain(`po/da.po:${lineOf(da, 'doc:one')}:1`);
    expect(result.err).toContain('the English (source) of "doc:one" was changed in this file');
  });

  it('--check lists what would change and writes nothing', async () => {
    const p = await setUp();
    const da = await exportAll(p);
    await p.write('po/da.po', setMsgstr(da, 'doc:three', 'Tredje.'));
    const result = await expectRefused(poImport, p, ['--check'], EXIT.failed);
    expect(result.out).toContain('da (po/da.po): 1 translation(s) would change\n  translated  doc:three');
  });
});
