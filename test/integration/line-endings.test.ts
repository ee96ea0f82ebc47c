import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { saveTranslations } from '../../src/node/save-translations.ts';
import { lineEndingOf, withLineEndingsOf } from '../../src/core/common/line-endings.ts';
import { BLOCKS, DA, gitProject, type GitProject } from '../support/git-project.ts';
import { runCommand } from '../support/project.ts';
import { ROOT } from '../support/root.ts';

/**
 * Every text file of the project outside .git, and whether each of its line breaks is CRLF. The git hooks are
 * left out: .gitattributes keeps them LF, as sh needs.
 */
async function crlfFiles(dir: string): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || /\/\.git\/|\/\.githooks\/|\.lock|\.journal|\/po\//.test(path)) continue;
    const text = await readFile(path, 'utf8');
    if (text.includes('\n')) out[path.slice(dir.length + 1)] = !/(?<!\r)\n/.test(text);
  }
  return out;
}

/**
 * A Windows checkout: the project committed with .gitattributes `* text=auto` (as this repository), then checked
 * out again with core.autocrlf=true, which writes every text file with CRLF.
 */
async function windowsCheckout(): Promise<GitProject> {
  const p = await gitProject();
  await p.extract();
  for (const [key, value] of Object.entries(DA)) await p.setValue('locales/da/doc.json', key, value);
  await p.extract();
  await p.edit('.gitattributes', await readFile(join(ROOT, '.gitattributes'), 'utf8'));
  p.commitAll('translated');
  p.git('config', 'core.autocrlf', 'true');
  for (const path of p.git('ls-files').trim().split('\n')) await rm(join(p.dir, path));
  p.git('checkout', '--', '.');
  return p;
}

describe('line endings (a Windows checkout, core.autocrlf=true)', () => {
  it('keeps CRLF or LF as the replaced text had it', () => {
    expect(lineEndingOf('{\r\n}\r\n')).toBe('\r\n');
    expect(lineEndingOf('{\n}\n')).toBe('\n');
    expect(lineEndingOf(null)).toBe('\n');
    expect(withLineEndingsOf('a\r\nb\r\n', '{\n  "a": "x"\n}\n')).toBe('{\r\n  "a": "x"\r\n}\r\n');
    expect(withLineEndingsOf('a\nb\n', '{\n}\n')).toBe('{\n}\n');
  });

  it('shows no change after npm run extract, and only the edited line after a save and an import', async () => {
    const p = await windowsCheckout();
    const files = await crlfFiles(p.dir);
    expect(Object.keys(files)).toContain('locales/da/doc.json');
    expect(Object.values(files).every(Boolean)).toBe(true);
    expect(p.git('status', '--porcelain')).toBe('');

    p.tick();
    expect((await p.extract()).code).toBe(0);
    expect(p.git('status', '--porcelain')).toBe('');
    expect(await crlfFiles(p.dir)).toEqual(files);

    // A save in the browser: one value and its record.
    const saved = await saveTranslations(p.dir, {
      language: 'da',
      namespace: 'doc',
      edits: [{ key: 'two', translation: 'De enedes om at uddybe forsvarssamarbejdet.', from: BLOCKS[1]?.[1] ?? '' }],
      origin: 'editor',
    });
    expect(saved.ok).toBe(true);
    expect(p.git('diff', '--numstat', '--', 'locales/da/doc.json').trim()).toBe('1\t1\tlocales/da/doc.json');
    expect(await crlfFiles(p.dir)).toEqual(files);
    p.commitAll('saved');
    expect(p.git('status', '--porcelain')).toBe('');

    // An import from a PO file: one entry changed in the file, one line in the locale file.
    expect((await runCommand(poExport, p.dir, ['--lang', 'da'])).code).toBe(0);
    const po = join(p.dir, 'po/da.po');
    const text = await readFile(po, 'utf8');
    await p.edit('po/da.po', text.replace(`msgstr "${DA.three}"`, 'msgstr "De hilste arbejdet med totalforsvaret velkommen."'));
    expect((await runCommand(poImport, p.dir, ['--lang', 'da'])).code).toBe(0);
    expect(p.git('diff', '--numstat', '--', 'locales/da/doc.json').trim()).toBe('1\t1\tlocales/da/doc.json');
    expect(await crlfFiles(p.dir)).toEqual(files);
    p.tick();
    expect((await p.extract()).code).toBe(0);
    expect(p.git('status', '--porcelain', '--', 'locales/en', 'locales/nb', 'src')).toBe('');
  });
});
