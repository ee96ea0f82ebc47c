import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { changedFiles, runCommand, type TempProject, expectRefused, tempDir } from '../support/project.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import {
  checkWithMsgfmt,
  entry,
  exportAll,
  haveMsgfmt,
  replaceEntry,
  setMsgstr,
  setUp as setUpDanish,
  statuses,
  reviseEnglish,
} from '../support/po-fixture.ts';
import { ROOT } from '../support/root.ts';
import { haveTool, MSGMERGE } from '../support/system-tools.ts';
import { EXIT } from '../../src/commands/shared/io.ts';

/**
 * PO files as other tools leave them: GNU msgmerge (what Poedit's "Update from POT" and Weblate's
 * msgmerge add-on run) rewrites or drops the `#.` comments, and translators edit `#~` entries.
 */

const setUp = setUpDanish;

function msgmerge(cwd: string, ...args: string[]): void {
  const found = spawnSync('msgmerge', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0)
    throw new Error('GNU msgmerge is needed for these tests: install gettext (apt-get install gettext)');
  const result = spawnSync('msgmerge', args, { cwd, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
}

/** A template as a PO editor's "update from POT" gets it: the English of a later export, no translations, none of our comments. */
async function template(p: TempProject, comments: 'dropped' | 'from the later export' = 'dropped'): Promise<string> {
  expect((await runCommand(poExport, p.dir, ['--lang', 'da', '--dir', 'template'])).code).toBe(0);
  const later = await p.read('template/da.po');
  const pot = (comments === 'dropped' ? later.replace(/^#\. .*\n/gm, '') : later)
    .replace(/^msgstr ".+"$/gm, 'msgstr ""')
    .replace(/^#, fuzzy\n/gm, '')
    .replace(/^#\| .*\n/gm, '');
  await p.write('template/da.pot', pot);
  return 'template/da.pot';
}

describe.skipIf(!haveTool(MSGMERGE))('a PO file merged with msgmerge', () => {
  it.each(['dropped', 'from the later export'] as const)(
    "does not put the exported text back over a colleague's newer translation (template comments %s)",
    async (comments) => {
      const p = await setUp();
      const exported = await exportAll(p);
      // A colleague improves doc:one in locales/ after the export.
      await p.write('locales/da/doc.json', (await p.read('locales/da/doc.json')).replace('"Første."', '"Det første."'));
      expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
      // The translator updates the file from a fresh template, then translates doc:three.
      const pot = await template(p, comments);
      msgmerge(p.dir, '--update', '--backup=off', 'po/da.po', pot);
      const merged = await p.read('po/da.po');
      expect(merged).not.toBe(exported);
      // msgmerge took the template's comments, whatever they say.
      expect(merged.match(/^#\. .*$/gm) ?? []).toEqual(comments === 'dropped' ? [] : (await p.read(pot)).match(/^#\. .*$/gm));
      expect(entry(merged, 'doc:one')).toContain('msgstr "Første."');
      await p.write('po/da.po', setMsgstr(merged, 'doc:three', 'Tredje.'));

      const result = await runCommand(poImport, p.dir);
      expect(result.code, result.err).toBe(0);
      expect(result.out).toContain('da (po/da.po): 1 translation(s) changed\n  translated  doc:three');
      expect(JSON.parse(await p.read('locales/da/doc.json'))).toMatchObject({ one: 'Det første.', three: 'Tredje.' });
    },
  );

  it('takes an entry msgmerge marked fuzzy against a changed English as stale, not as an edit', async () => {
    const p = await setUp();
    await exportAll(p);
    await reviseEnglish(p);
    expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
    const pot = await template(p);
    msgmerge(p.dir, '--update', '--backup=off', '--previous', 'po/da.po', pot);
    const merged = await p.read('po/da.po');
    expect(entry(merged, 'doc:one')).toMatch(
      /^#, fuzzy\n(#\| msgctxt "doc:one"\n)?#\| msgid "First."\nmsgctxt "doc:one"\nmsgid "The first."\nmsgstr "Første."$/,
    );
    const before = await p.snapshot();
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(changedFiles(before, await p.snapshot()).filter((f) => f.startsWith('locales/'))).toEqual([]);
    expect((await statuses(p))?.['doc:one']).toBe('stale');
  });

  it('still refuses an entry changed both in the merged file and in locales/', async () => {
    const p = await setUp();
    await exportAll(p);
    await p.write('locales/da/doc.json', (await p.read('locales/da/doc.json')).replace('"Første."', '"Det første."'));
    expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
    msgmerge(p.dir, '--update', '--backup=off', 'po/da.po', await template(p));
    await p.write('po/da.po', setMsgstr(await p.read('po/da.po'), 'doc:one', 'Første afsnit.'));
    const result = await expectRefused(poImport, p, [], EXIT.failed);
    expect(result.err).toContain('doc:one');
    expect(result.err).toContain('changed since this file was exported');
  });
});

describe('edited #~ (obsolete) entries', () => {
  const editObsolete = (text: string): string => text.replace('#~ msgstr "Fjerde \\"citerede\\"."', '#~ msgstr "Den fjerde, rettet."');

  it('are reported by po:import, which imports nothing from them', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    const edited = editObsolete(exported);
    expect(edited).not.toBe(exported);
    await p.write('po/da.po', edited);
    const before = await p.snapshot();
    const result = await runCommand(poImport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toMatch(/^warning: +po\/da\.po:\d+:1 +da doc:four +this removed entry \(#~\) was edited/m);
    expect(changedFiles(before, await p.snapshot()).filter((f) => f.startsWith('locales/'))).toEqual([]);
  });

  it('keep po:export from overwriting the file unless --force', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    await p.write('po/da.po', editObsolete(exported));
    const refused = await runCommand(poExport, p.dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('po/da.po: 1 translation(s) that only this file holds (doc:four)');
    expect(await p.read('po/da.po')).toBe(editObsolete(exported));
    const forced = await runCommand(poExport, p.dir, ['--force']);
    expect(forced.code, forced.err).toBe(0);
    expect(await p.read('po/da.po')).toBe(exported);
  });

  it('are no work to keep while untouched', async () => {
    const p = await setUp();
    const exported = await exportAll(p);
    await p.write(
      'po/da.po',
      replaceEntry(exported, 'doc:one', (block) => block),
    );
    await p.write('locales/da/doc.json', (await p.read('locales/da/doc.json')).replace('"Første."', '"Det første."'));
    expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
    const again = await runCommand(poExport, p.dir);
    expect(again.code, again.err).toBe(0);
    expect(entry(await p.read('po/da.po'), 'doc:one')).toContain('msgstr "Det første."');
  });
});

describe('npm run po:export, checked by GNU msgfmt', () => {
  it.skipIf(!haveMsgfmt())('passes msgfmt -c for every language', async () => {
    const p = await setUp();
    await exportAll(p);
    checkWithMsgfmt(
      join(p.dir, 'po'),
      TARGET_LANGUAGES.map((l) => `${l}.po`),
    );
  });

  it.skipIf(!haveMsgfmt())("passes msgfmt -c on the project's own locales", async () => {
    const out = await tempDir('nordefco-po-');
    const result = await runCommand(poExport, ROOT, ['--dir', out]);
    expect(result.code, result.err).toBe(0);
    const files = (await readdir(out)).filter((f) => f.endsWith('.po')).sort();
    expect(files).toEqual(TARGET_LANGUAGES.map((l) => `${l}.po`).sort());
    checkWithMsgfmt(out, files);
  });
});
