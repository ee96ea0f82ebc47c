import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { poExport } from '../../src/commands/po-export.ts';
import { status } from '../../src/commands/status.ts';
import { documentText, runCommand, tempProject, type TempProject, expectRefused } from '../support/project.ts';

/** What a person wrote under locales/ stays: the tools touch only their own files, and prune only when told. */
const DOC = 'src/documents/doc.md';
const DA = { one: 'Første afsnit.', two: 'Andet afsnit.', three: 'Tredje afsnit.' };
const BLOCKS = [
  ['one', 'First paragraph.'],
  ['two', 'Second paragraph.'],
  ['three', 'Third paragraph.'],
] as const;

async function setUp(): Promise<TempProject> {
  const project = await tempProject({ [DOC]: documentText(BLOCKS) });
  expect((await runCommand(extract, project.dir)).code).toBe(0);
  await project.write('locales/da/doc.json', `${JSON.stringify(DA, null, 2)}\n`);
  expect((await runCommand(extract, project.dir)).code).toBe(0);
  return project;
}

describe('the locale tree', () => {
  it('leaves unknown files alone, with a warning, even under --prune', async () => {
    const p = await setUp();
    const strays = {
      'locales/da/doc.backup.json': '{ "one": "Min gamle tekst." }\n',
      'locales/da/notes.json': '{ "todo": "ask the ministry" }\n',
      'locales/da/README.md': 'Notes for Danish translators.\n',
      'locales/de/doc.json': '{ "one": "Erster Absatz." }\n',
      'locales/.sync/da/other.json': '{}\n',
    };
    for (const [path, text] of Object.entries(strays)) await p.write(path, text);
    for (const argv of [[], ['--prune']]) {
      const result = await runCommand(extract, p.dir, argv);
      expect(result.code).toBe(0);
      for (const [path, text] of Object.entries(strays)) {
        expect(await p.read(path)).toBe(text);
        expect(result.err).toContain(`warning:  ${path}  not a file of the translation tools`);
      }
    }
  });

  it('keeps a namespace whose document lost it (a typo in namespace:) until --prune, loudly', async () => {
    const p = await setUp();
    const before = await p.snapshot();
    await p.write(DOC, documentText(BLOCKS).replace('namespace: doc', 'namespace: dco'));
    const result = await runCommand(extract, p.dir);
    expect(result.code).toBe(0);
    expect(result.err).toContain('NAMESPACE "doc" IS DEFINED BY NO DOCUMENT OR CODE ANY MORE');
    for (const path of ['locales/da/doc.json', 'locales/.sync/da/doc.json', 'locales/en/doc.json'])
      expect(await p.read(path)).toBe(before.get(path));
    // Fixing the typo brings every translation back as it was, current.
    await p.write(DOC, documentText(BLOCKS));
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    expect(await p.json('locales/da/doc.json')).toEqual(DA);
    const json = JSON.parse((await runCommand(status, p.dir, ['--json'])).out) as Record<string, Record<string, string>>;
    expect(json['da']).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'translated', 'doc:three': 'translated' });
    // An explicit prune of a namespace really gone removes its files.
    await p.write(DOC, documentText(BLOCKS).replace('namespace: doc', 'namespace: dco'));
    const pruned = await runCommand(extract, p.dir, ['--prune']);
    expect(pruned.code).toBe(0);
    for (const path of ['locales/da/doc.json', 'locales/.sync/da/doc.json', 'locales/en/doc.json'])
      expect(await p.exists(path)).toBe(false);
  });

  it('refuses to rebuild a deleted locale file of a language that has translations', async () => {
    const p = await setUp();
    const { rm } = await import('node:fs/promises');
    await rm(join(p.dir, 'locales/da/doc.json'));
    const result = await expectRefused(extract, p);
    expect(result.err).toContain(
      'locales/da/doc.json  the file is missing, but locales/.sync/da/doc.json records 3 translation(s) in it. Restore it (git checkout -- locales/da/doc.json)',
    );
    // A language never translated gets its file back, untranslated: nothing was lost.
    await rm(join(p.dir, 'locales/sv/doc.json'));
    await p.write('locales/da/doc.json', `${JSON.stringify(DA, null, 2)}\n`);
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    expect(await p.json('locales/sv/doc.json')).toEqual({ one: '', two: '', three: '' });
  });

  it('takes a restored translation out of the obsolete store, so the PO export passes msgfmt -c', async () => {
    const p = await setUp();
    await p.write(DOC, documentText([BLOCKS[0], BLOCKS[2]]));
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    expect(JSON.parse(await p.read('locales/.sync/da/doc.json'))).toMatchObject({ obsolete: { two: { translation: DA.two } } });
    // Both files put back as they were (git checkout of an older commit), the state left as it is.
    await p.write(DOC, documentText(BLOCKS));
    await p.write('locales/da/doc.json', `${JSON.stringify(DA, null, 2)}\n`);
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    expect(JSON.parse(await p.read('locales/.sync/da/doc.json'))).toMatchObject({ obsolete: {} });
    const json = JSON.parse((await runCommand(status, p.dir, ['--json'])).out) as Record<string, Record<string, string>>;
    expect(json['da']?.['doc:two']).toBe('translated');
    expect((await runCommand(poExport, p.dir, ['--lang', 'da'])).code).toBe(0);
    const check = spawnSync('msgfmt', ['-c', '-o', '/dev/null', join(p.dir, 'po/da.po')], { encoding: 'utf8' });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
