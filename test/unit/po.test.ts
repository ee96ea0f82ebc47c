import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { status } from '../../src/commands/status.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { changedFiles, documentText, runCommand, type TempProject, expectNothingWritten, expectRefused } from '../support/project.ts';
import { entry, exportAll, lineOf, replaceEntry, setMsgstr, setUp as setUpDanish, statuses, unfuzzy } from '../support/po-fixture.ts';
import { EXIT } from '../../src/commands/shared/io.ts';

const setUp = setUpDanish;

describe('npm run po:export', () => {
  it('writes one file per language: translated as is, stale as fuzzy with the old English as #| msgid, untranslated empty, removed as #~', async () => {
    const p = await setUp();
    const result = await runCommand(poExport, p.dir);
    expect(result.out).toContain('Wrote po/da.po: 1 translated, 1 stale, 2 untranslated, 1 obsolete');
    expect(result.out).toContain('Wrote po/nb.po: 0 translated, 0 stale, 4 untranslated');
    expect((await readdir(join(p.dir, 'po'))).sort()).toEqual(TARGET_LANGUAGES.flatMap((l) => [`${l}.po`, `${l}.po.record.json`]).sort());
    const da = await p.read('po/da.po');
    expect(entry(da, 'doc:one')).toBe('#. doc 1 of 3 (id doc:one)\nmsgctxt "doc:one"\nmsgid "First."\nmsgstr "Første."');
    expect(entry(da, 'doc:two')).toBe(
      `#. doc 2 of 3 (id doc:two)\n#. Keep as they are: {{date}}\n#, fuzzy\n#| msgid "Second on {{date}}."\nmsgctxt "doc:two"\nmsgid "The second on {{date}}."\nmsgstr "Anden den {{date}}."`,
    );
    expect(entry(da, 'doc:three')).toBe('#. doc 3 of 3 (id doc:three)\nmsgctxt "doc:three"\nmsgid "Third."\nmsgstr ""');
    expect(entry(da, 'ui:greeting')).toContain('msgid "Hello, {{name}}"\nmsgstr ""');
    expect(da).toContain('#~ msgctxt "doc:four"\n#~ msgid "Fourth \\"quoted\\" one."\n#~ msgstr "Fjerde \\"citerede\\"."');
    // Namespaces sorted, keys in English order.
    expect(['doc:one', 'doc:two', 'doc:three', 'ui:greeting'].map((c) => lineOf(da, c))).toEqual(
      [...['doc:one', 'doc:two', 'doc:three', 'ui:greeting'].map((c) => lineOf(da, c))].sort((a, b) => a - b),
    );
    expect(da).toMatch(/^"Language: da\\n"$/m);
    expect(da).toMatch(/^"Plural-Forms: nplurals=2; plural=\(n != 1\);\\n"$/m);
  });

  it('writes the same bytes every time', async () => {
    const p = await setUp();
    const first = await exportAll(p);
    const again = await runCommand(poExport, p.dir);
    expect(again.out).toContain('Unchanged po/da.po');
    expect(await p.read('po/da.po')).toBe(first);
  });

  it('refuses broken input, writing nothing', async () => {
    const p = await setUp();
    await p.write('locales/da/doc.json', '{ "one": "Første." ');
    const result = await runCommand(poExport, p.dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('locales/da/doc.json');
    expect((await p.snapshot()).has('po/da.po')).toBe(false);
  });
});

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
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['one', 'The first.'],
        ['two', 'The second on {{date}}.'],
        ['three', 'Third.'],
      ]),
    );
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

describe('a PO file exported before the JSON changed', () => {
  it('leaves untouched entries alone, so an edit made in locales/ since the export survives the import', async () => {
    const p = await setUp();
    await exportAll(p);
    await p.write('locales/da/doc.json', (await p.read('locales/da/doc.json')).replace('"Første."', '"Den første."'));
    expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(await p.read('locales/da/doc.json'))).toMatchObject({ one: 'Den første.' });
  });

  it('refuses an entry changed on both sides, naming the PO line and the key, and writes nothing', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    await p.write('locales/da/doc.json', (await p.read('locales/da/doc.json')).replace('"Første."', '"Den første."'));
    expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
    await p.write('po/da.po', setMsgstr(exported, 'doc:one', 'Det første.'));
    const result = await expectRefused(poImport, p, [], EXIT.failed);
    expect(result.err).toContain(`po/da.po:${lineOf(exported, 'doc:one')}`);
    expect(result.err).toContain('changed since this file was exported');
  });
});

describe('PO conflicts and overwrites', () => {
  it('takes an entry changed on both sides to the same text as no conflict', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    await p.write('locales/da/doc.json', (await p.read('locales/da/doc.json')).replace('"Første."', '"Den første."'));
    expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
    await p.write('po/da.po', setMsgstr(exported, 'doc:one', 'Den første.'));
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(result.err).not.toContain('conflict');
    expect(JSON.parse(await p.read('locales/da/doc.json'))).toMatchObject({ one: 'Den første.' });
  });

  it('--force takes the PO text over a translation changed on both sides', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    await p.write('locales/da/doc.json', (await p.read('locales/da/doc.json')).replace('"Første."', '"Den første."'));
    expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
    await p.write('po/da.po', setMsgstr(exported, 'doc:one', 'Det første.'));
    expect((await runCommand(poImport, p.dir)).code).toBe(1);
    const forced = await runCommand(poImport, p.dir, ['--force']);
    expect(forced.code, forced.err).toBe(0);
    expect(JSON.parse(await p.read('locales/da/doc.json'))).toMatchObject({ one: 'Det første.' });
  });

  it('refuses an entry no record covers whose text differs from the locale file, instead of reverting it', async () => {
    const p = await setUp();
    const stripped = await exportAll(p);
    // A PO file from elsewhere (another checkout, an e-mail): nothing shows what it was made from.
    await rm(join(p.dir, 'po/da.po.record.json'));
    await p.write('po/da.po', setMsgstr(stripped, 'doc:one', 'Forreste.'));
    const result = await expectRefused(poImport, p, [], EXIT.failed);
    expect(result.err).toContain(`po/da.po:${lineOf(stripped, 'doc:one')}`);
    expect(result.err).toContain('nothing records which translation this entry was made from');
  });

  it('imports an entry no record covers when there was no translation to lose', async () => {
    const p = await setUp();
    const stripped = await exportAll(p);
    await rm(join(p.dir, 'po/da.po.record.json'));
    await p.write('po/da.po', setMsgstr(stripped, 'doc:three', 'Tredje.'));
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(await p.read('locales/da/doc.json'))).toMatchObject({ three: 'Tredje.', one: 'Første.' });
  });

  it('po:export will not overwrite a PO file holding translations not yet imported, unless --force', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    const edited = setMsgstr(exported, 'doc:three', 'Tredje.');
    await p.write('po/da.po', edited);
    // The English changes, so a fresh export would differ from the file on disk.
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['one', 'The first.'],
        ['two', 'The second on {{date}}.'],
        ['three', 'Third.'],
      ]),
    );
    expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
    const refused = await runCommand(poExport, p.dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('po/da.po: 1 translation(s) that only this file holds (doc:three)');
    expect(await p.read('po/da.po')).toBe(edited);
    const forced = await runCommand(poExport, p.dir, ['--force']);
    expect(forced.code, forced.err).toBe(0);
    expect(entry(await p.read('po/da.po'), 'doc:three')).toContain('msgstr ""');
  });

  it('po:export rewrites a PO file once its work is imported', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    await p.write('po/da.po', setMsgstr(exported, 'doc:three', 'Tredje.'));
    expect((await runCommand(poImport, p.dir)).code).toBe(0);
    const again = await runCommand(poExport, p.dir);
    expect(again.code, again.err).toBe(0);
    expect(entry(await p.read('po/da.po'), 'doc:three')).toContain('msgstr "Tredje."');
  });

  it('po:import refuses a namespace file name that the locale files cannot take, writing nothing', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    await p.write('locales/en/bad name.json', '{\n  "x": "X"\n}\n');
    await p.write('po/da.po', setMsgstr(exported, 'doc:three', 'Tredje.'));
    const result = await expectRefused(poImport, p);
    expect(result.err).toContain('locales/en/bad name.json');
    expect(result.err).toContain('is not a namespace name');
  });
});

describe('a PO file imported more than once', () => {
  const fuzzy = (text: string, context: string): string =>
    replaceEntry(text, context, (block) => block.replace(/^msgctxt /m, '#, fuzzy\nmsgctxt '));
  const importDa = async (p: TempProject, args: string[] = []) => {
    const result = await runCommand(poImport, p.dir, ['--lang', 'da', ...args]);
    expect(result.code, result.err).toBe(0);
    return result;
  };

  it('exports again after its work was imported and then revised in locales/', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    await p.write('po/da.po', setMsgstr(exported, 'doc:one', 'Den første.'));
    await importDa(p);
    await p.write('locales/da/doc.json', (await p.read('locales/da/doc.json')).replace('"Den første."', '"Den allerførste."'));
    expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
    expect((await runCommand(poImport, p.dir, ['--lang', 'da'])).out).toContain('no changes');
    const again = await runCommand(poExport, p.dir);
    expect(again.code, again.err).toBe(0);
    expect(entry(await p.read('po/da.po'), 'doc:one')).toContain('msgstr "Den allerførste."');
  });

  it("takes a second edit of the same entry, which conflicts with nothing but the translator's own import", async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    await p.write('po/da.po', setMsgstr(exported, 'doc:one', 'Den første.'));
    await importDa(p);
    await p.write('po/da.po', setMsgstr(exported, 'doc:one', 'Det første afsnit.'));
    await importDa(p);
    expect(JSON.parse(await p.read('locales/da/doc.json'))).toMatchObject({ one: 'Det første afsnit.' });
  });

  it('takes a revert to the exported text after an import', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    await p.write('po/da.po', setMsgstr(exported, 'doc:one', 'Den første.'));
    await importDa(p);
    await p.write('po/da.po', exported);
    const result = await importDa(p);
    expect(result.out).toContain('translated  doc:one');
    expect(JSON.parse(await p.read('locales/da/doc.json'))).toMatchObject({ one: 'Første.' });
  });

  it('takes a fuzzy flag removed again after an import', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    await p.write('po/da.po', fuzzy(exported, 'doc:one'));
    await importDa(p);
    expect((await statuses(p))?.['doc:one']).toBe('stale');
    await p.write('po/da.po', exported);
    await importDa(p);
    expect((await statuses(p))?.['doc:one']).toBe('translated');
  });

  it('keeps a new translation of a paragraph removed since the export from being thrown away by the next export', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    await p.write('po/da.po', setMsgstr(exported, 'doc:three', 'Tredje.'));
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['one', 'First.'],
        ['two', 'The second on {{date}}.'],
      ]),
    );
    expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
    const imported = await importDa(p);
    expect(imported.err).toContain('exists nowhere else');
    const refused = await runCommand(poExport, p.dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('doc:three');
    expect(entry(await p.read('po/da.po'), 'doc:three')).toContain('msgstr "Tredje."');
    expect((await runCommand(poExport, p.dir, ['--force'])).code).toBe(0);
  });
});
