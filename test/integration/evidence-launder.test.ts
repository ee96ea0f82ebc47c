import { describe, expect, it } from 'vitest';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { tmxExport } from '../../src/commands/tmx-export.ts';
import { tmxImport } from '../../src/commands/tmx-import.ts';
import { xliffExport } from '../../src/commands/xliff-export.ts';
import { xliffImport } from '../../src/commands/xliff-import.ts';
import { fileVersion } from '../../src/node/save-translations.ts';
import { devSaveServer } from '../support/dev-save.ts';
import { DA_FILE, editedBeforePull, expectTwoStale } from '../support/evidence-scenario.ts';
import { DA, TWO_OLD_EDIT, type GitProject } from '../support/git-project.ts';
import { runCommand } from '../support/project.ts';

/**
 * The project's own writers do not launder other edits. A save in the browser, or a PO, XLIFF or
 * TMX import, of one paragraph rewrites the whole locale file; an unrecorded edit of another paragraph
 * in it, made against the old English before a pull, stays stale after it.
 */
const ONE_NEW = 'Ministrene mødtes i efteråret i København.';

async function saveInBrowser(p: GitProject): Promise<void> {
  const server = await devSaveServer(p.dir);
  try {
    const english = (await p.json('locales/en/doc.json')) as Record<string, string>;
    const saved = await server.save({
      language: 'da',
      namespace: 'doc',
      key: 'one',
      translation: ONE_NEW,
      from: english['one'] ?? '',
      version: fileVersion(await p.read(DA_FILE)),
    });
    expect(saved.status, saved.body.message).toBe(200);
  } finally {
    await server.close();
  }
}

async function importPo(p: GitProject): Promise<void> {
  expect((await runCommand(poExport, p.dir, ['--lang', 'da'])).code).toBe(0);
  const po = await p.read('po/da.po');
  const entry = /msgctxt "doc:one"\nmsgid "[^"]*"\nmsgstr "[^"]*"/.exec(po)?.[0] ?? '';
  expect(entry).not.toBe('');
  await p.edit('po/da.po', po.replace(entry, entry.replace(/msgstr "[^"]*"/, `msgstr "${ONE_NEW}"`)));
  const imported = await runCommand(poImport, p.dir, ['--lang', 'da']);
  expect(imported.code, imported.err).toBe(0);
}

async function importXliff(p: GitProject): Promise<void> {
  expect((await runCommand(xliffExport, p.dir, ['--lang', 'da'])).code).toBe(0);
  const xliff = await p.read('xliff/da.xlf');
  const unit = /<trans-unit id="doc:one"[\s\S]*?<\/trans-unit>/.exec(xliff)?.[0] ?? '';
  expect(unit).toContain('<target');
  await p.edit('xliff/da.xlf', xliff.replace(unit, unit.replace(/(<target[^>]*>)[^<]*(<\/target>)/, `$1${ONE_NEW}$2`)));
  const imported = await runCommand(xliffImport, p.dir, ['--lang', 'da']);
  expect(imported.code, imported.err).toBe(0);
}

async function importTmx(p: GitProject): Promise<void> {
  expect((await runCommand(tmxExport, p.dir, ['--lang', 'da'])).code).toBe(0);
  const tmx = await p.read('tmx/da.tmx');
  const unit = /<tu tuid="doc:one">[\s\S]*?<\/tu>/.exec(tmx)?.[0] ?? '';
  expect(unit).toContain('<tuv xml:lang="da-DK">');
  await p.edit('tmx/da.tmx', tmx.replace(unit, unit.replace(DA.one, ONE_NEW)));
  const imported = await runCommand(tmxImport, p.dir, ['--lang', 'da', '--force']);
  expect(imported.code, imported.err).toBe(0);
}

describe("the project's own writers do not launder an unrecorded edit of another paragraph", () => {
  it.each([
    ['a save of another paragraph through the development server', saveInBrowser],
    ['a PO import of another paragraph', importPo],
    ['an XLIFF import of another paragraph', importXliff],
    ['a TMX import of another paragraph (forced over its current translation)', importTmx],
  ])('%s', async (_name, write) => {
    const p = await editedBeforePull(TWO_OLD_EDIT);
    await write(p);
    expect(await p.json(DA_FILE)).toMatchObject({ one: ONE_NEW, two: TWO_OLD_EDIT, three: DA.three });
    // Written after the pull, as such a save is; expectTwoStale dates the file after it: time decides nothing.
    await expectTwoStale(p);
    expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated' });
  });
});
