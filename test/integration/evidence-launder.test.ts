import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { xliffExport } from '../../src/commands/xliff-export.ts';
import { xliffImport } from '../../src/commands/xliff-import.ts';
import { fileVersion } from '../../src/node/save-translations.ts';
import { devSaveServer } from '../support/dev-save.ts';
import { BLOCKS, DA, reviseEnglishOn, stateOf, translatedRepo, TWO_OLD_EDIT, type GitProject } from '../support/git-project.ts';
import { runCommand } from '../support/project.ts';

/**
 * The project's own writers do not launder other edits. A save in the browser, or a PO or XLIFF
 * import, of one paragraph rewrites the whole locale file; an unrecorded edit of another paragraph
 * in it, made against the old English before a pull, stays stale after it.
 */
const TWO_V1 = BLOCKS[1]?.[1] ?? '';
const ONE_NEW = 'Ministrene mødtes i efteråret i København.';

/** Danish current; `two` edited against the old English, unrecorded; then the pull of the revised English of `two`. */
async function editBeforePull(): Promise<GitProject> {
  const p = await translatedRepo();
  await reviseEnglishOn(p, 'maint');
  p.git('checkout', '-q', 'main');
  await p.setValue('locales/da/doc.json', 'two', TWO_OLD_EDIT);
  p.git('merge', '-q', '--ff-only', 'maint');
  return p;
}

async function expectTwoStaleOneCurrent(p: GitProject): Promise<void> {
  // Written after the pull, as such a save is (the harness dates its commits a day ahead): time decides nothing.
  const at = Date.now() / 1000 + 2 * 24 * 3600;
  await utimes(join(p.dir, 'locales/da/doc.json'), at, at);
  const da = (await p.json('locales/da/doc.json')) as Record<string, string>;
  expect(da).toMatchObject({ one: ONE_NEW, two: TWO_OLD_EDIT, three: DA.three });
  const run = await p.extract();
  expect(run.code, run.err).toBe(0);
  expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale', 'doc:three': 'translated' });
  expect((await stateOf(p, 'two'))?.from).toBe(TWO_V1);
}

describe("the project's own writers do not launder an unrecorded edit of another paragraph", () => {
  it('a save of another paragraph through the development server', async () => {
    const p = await editBeforePull();
    const server = await devSaveServer(p.dir);
    try {
      const english = (await p.json('locales/en/doc.json')) as Record<string, string>;
      const saved = await server.save({
        language: 'da',
        namespace: 'doc',
        key: 'one',
        translation: ONE_NEW,
        from: english['one'] ?? '',
        version: fileVersion(await p.read('locales/da/doc.json')),
      });
      expect(saved.status, saved.body.message).toBe(200);
    } finally {
      await server.close();
    }
    await expectTwoStaleOneCurrent(p);
  });

  it('a PO import of another paragraph', async () => {
    const p = await editBeforePull();
    expect((await runCommand(poExport, p.dir, ['--lang', 'da'])).code).toBe(0);
    const po = await p.read('po/da.po');
    const entry = /msgctxt "doc:one"\nmsgid "[^"]*"\nmsgstr "[^"]*"/.exec(po)?.[0] ?? '';
    expect(entry).not.toBe('');
    await p.edit('po/da.po', po.replace(entry, entry.replace(/msgstr "[^"]*"/, `msgstr "${ONE_NEW}"`)));
    const imported = await runCommand(poImport, p.dir, ['--lang', 'da']);
    expect(imported.code, imported.err).toBe(0);
    await expectTwoStaleOneCurrent(p);
  });

  it('an XLIFF import of another paragraph', async () => {
    const p = await editBeforePull();
    expect((await runCommand(xliffExport, p.dir, ['--lang', 'da'])).code).toBe(0);
    const xliff = await p.read('xliff/da.xlf');
    const unit = /<trans-unit id="doc:one"[\s\S]*?<\/trans-unit>/.exec(xliff)?.[0] ?? '';
    expect(unit).toContain('<target');
    await p.edit('xliff/da.xlf', xliff.replace(unit, unit.replace(/(<target[^>]*>)[^<]*(<\/target>)/, `$1${ONE_NEW}$2`)));
    const imported = await runCommand(xliffImport, p.dir, ['--lang', 'da']);
    expect(imported.code, imported.err).toBe(0);
    await expectTwoStaleOneCurrent(p);
  });
});
