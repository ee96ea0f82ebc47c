import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { documentText, runCommand, type TempProject, expectRefused } from '../support/project.ts';
import { entry, exportAll, lineOf, replaceEntry, setMsgstr, setUp as setUpDanish, statuses, reviseEnglish } from '../support/po-fixture.ts';
import { EXIT } from '../../src/commands/shared/io.ts';

const setUp = setUpDanish;

/** A project exported to PO, then a translation edited in locales/ ("Første." -> "Den første.") and extracted. */
async function editedSinceExport(): Promise<{ p: TempProject; exported: string }> {
  const p = await setUp();
  const exported = await exportAll(p);
  await p.write('locales/da/doc.json', (await p.read('locales/da/doc.json')).replace('"Første."', '"Den første."'));
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  return { p, exported };
}

describe('a PO file exported before the JSON changed', () => {
  it('leaves untouched entries alone, so an edit made in locales/ since the export survives the import', async () => {
    const { p } = await editedSinceExport();
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(await p.read('locales/da/doc.json'))).toMatchObject({ one: 'Den første.' });
  });

  it('refuses an entry changed on both sides, naming the PO line and the key, and writes nothing', async () => {
    const { p, exported } = await editedSinceExport();
    await p.write('po/da.po', setMsgstr(exported, 'doc:one', 'Det første.'));
    const result = await expectRefused(poImport, p, [], EXIT.failed);
    expect(result.err).toContain(`po/da.po:${lineOf(exported, 'doc:one')}`);
    expect(result.err).toContain('changed since this file was exported');
  });
});

describe('PO conflicts and overwrites', () => {
  it('takes an entry changed on both sides to the same text as no conflict', async () => {
    const { p, exported } = await editedSinceExport();
    await p.write('po/da.po', setMsgstr(exported, 'doc:one', 'Den første.'));
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(result.err).not.toContain('conflict');
    expect(JSON.parse(await p.read('locales/da/doc.json'))).toMatchObject({ one: 'Den første.' });
  });

  it('--force takes the PO text over a translation changed on both sides', async () => {
    const { p, exported } = await editedSinceExport();
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
    await reviseEnglish(p);
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
