import { expect } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { documentText, runCommand, tempProject, type TempProject } from './project.ts';

const CODE = "export const a = (t: (k: string, o: object) => string) => t('greeting', { defaultValue: 'Hello, {{name}}' });\n";

/** A project of one three-paragraph document and one interface string, extracted. */
export async function setUp(
  blocks: readonly (readonly [string | undefined, string])[] = [
    ['one', 'First paragraph.'],
    ['two', 'Second paragraph.'],
    ['three', 'Third paragraph.'],
  ],
): Promise<TempProject> {
  const project = await tempProject({ 'src/documents/doc.md': documentText(blocks), 'src/app/a.ts': CODE });
  const first = await runCommand(extract, project.dir);
  expect(first.code).toBe(0);
  return project;
}

export async function translate(p: TempProject, language: string, values: Record<string, string>): Promise<void> {
  await p.write(`locales/${language}/doc.json`, `${JSON.stringify(values, null, 2)}\n`);
}

export async function statuses(p: TempProject): Promise<Record<string, Record<string, string>>> {
  const result = await runCommand(status, p.dir, ['--json']);
  return JSON.parse(result.out) as Record<string, Record<string, string>>;
}

export const DA = { one: 'Første afsnit.', two: 'Andet afsnit.', three: 'Tredje afsnit.' };

const DEFAULTS: Readonly<Record<string, string>> = { one: 'First paragraph.', two: 'Second paragraph.', three: 'Third paragraph.' };

/** The document with the paragraphs named in `texts` revised, the others as setUp wrote them. */
export async function revise(p: TempProject, texts: Readonly<Record<string, string>>): Promise<void> {
  await p.write('src/documents/doc.md', documentText(Object.entries(DEFAULTS).map(([id, text]) => [id, texts[id] ?? text] as const)));
}

/** The project with its three paragraphs translated into Danish, extracted. */
export async function translatedInDanish(): Promise<TempProject> {
  const p = await setUp();
  await translate(p, 'da', DA);
  await runCommand(extract, p.dir);
  return p;
}

export async function writeDocument(p: TempProject, blocks: readonly (readonly [string | undefined, string])[]): Promise<void> {
  await p.write('src/documents/doc.md', documentText(blocks));
}
