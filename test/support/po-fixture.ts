import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { poExport } from '../../src/commands/po-export.ts';
import { status } from '../../src/commands/status.ts';
import { documentText, runCommand, tempProject, type TempProject } from './project.ts';
import { haveTool, MSGFMT } from './system-tools.ts';

const CODE = "export const a = (t: (k: string, o: object) => string) => t('greeting', { defaultValue: 'Hello, {{name}}' });\n";

/**
 * Danish with every kind of entry: one translated, two stale (its English edited after translation),
 * three untranslated, four removed from the English after translation (obsolete), ui:greeting untranslated.
 */
export async function setUp(): Promise<TempProject> {
  const p = await tempProject({
    'src/documents/doc.md': documentText([
      ['one', 'First.'],
      ['two', 'Second on {{date}}.'],
      ['three', 'Third.'],
      ['four', 'Fourth "quoted" one.'],
    ]),
    'src/app/a.ts': CODE,
  });
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  await p.write(
    'locales/da/doc.json',
    '{\n  "one": "Første.",\n  "two": "Anden den {{date}}.",\n  "three": "",\n  "four": "Fjerde \\"citerede\\"."\n}\n',
  );
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  await p.write(
    'src/documents/doc.md',
    documentText([
      ['one', 'First.'],
      ['two', 'The second on {{date}}.'],
      ['three', 'Third.'],
    ]),
  );
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  return p;
}

/** One document of two paragraphs (doc:one "First.", doc:two "Second."), extracted, with this Danish file extracted too. */
export async function twoParagraphs(danish: string): Promise<TempProject> {
  const p = await tempProject({
    'src/documents/doc.md': documentText([
      ['one', 'First.'],
      ['two', 'Second.'],
    ]),
  });
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  await p.write('locales/da/doc.json', danish);
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  return p;
}

export async function exportAll(p: TempProject): Promise<string> {
  const result = await runCommand(poExport, p.dir);
  expect(result.code, result.err).toBe(0);
  return p.read('po/da.po');
}

/** 1-based line of an entry's msgctxt. */
export function lineOf(text: string, context: string): number {
  const index = text.split('\n').indexOf(`msgctxt "${context}"`);
  expect(index, `no entry ${context}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** The lines of one entry, from its comments to its msgstr. */
export function entry(text: string, context: string): string {
  const blocks = text.split('\n\n');
  return blocks.find((b) => b.split('\n').includes(`msgctxt "${context}"`)) ?? '';
}

export function replaceEntry(text: string, context: string, edit: (block: string) => string): string {
  const block = entry(text, context);
  expect(block).not.toBe('');
  return text.replace(block, edit(block));
}

export const setMsgstr = (text: string, context: string, value: string): string =>
  replaceEntry(text, context, (block) => block.replace(/^msgstr .*$/m, `msgstr ${JSON.stringify(value)}`));

export const unfuzzy = (text: string, context: string): string => replaceEntry(text, context, (block) => block.replace(/^#, fuzzy\n/m, ''));

export async function statuses(p: TempProject): Promise<Record<string, string> | undefined> {
  const result = await runCommand(status, p.dir, ['--json', '--lang', 'da']);
  return (JSON.parse(result.out) as Record<string, Record<string, string>>)['da'];
}

/** Every file that differs between two snapshots. */
/** GNU msgfmt cannot come from npm: without it the tests that use it are skipped loudly (and fail in CI). */
export const haveMsgfmt = (): boolean => haveTool(MSGFMT);

export function checkWithMsgfmt(dir: string, files: readonly string[]): void {
  for (const file of files) {
    const result = spawnSync('msgfmt', ['-c', '-o', '/dev/null', join(dir, file)], { encoding: 'utf8' });
    expect({ file, status: result.status, stderr: result.stderr }).toEqual({ file, status: 0, stderr: '' });
  }
}

/** The English after an edit of its first two paragraphs ("First." -> "The first.", "Second" -> "The second"). */
export async function reviseEnglish(p: TempProject): Promise<void> {
  await p.write(
    'src/documents/doc.md',
    documentText([
      ['one', 'The first.'],
      ['two', 'The second on {{date}}.'],
      ['three', 'Third.'],
    ]),
  );
}
