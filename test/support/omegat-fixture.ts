import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { copyProject } from '../browser/fixture-site.ts';
import { runCommand } from './project.ts';
import { ROOT } from './root.ts';

/**
 * A copy of the project as a translator finds it before a round trip through a CAT tool, in the first
 * translated language: every translation current (the copy starts from complete, current translations),
 * then two paragraphs whose English changed (stale: one to revise, one to leave) and three entries
 * without a translation (a paragraph, an interface string with a placeholder, one with a tag pair).
 * Which entries is read from the English, so the fixture follows the document.
 */

type Nested = { [key: string]: string | Nested };

export interface RoundTripProject {
  readonly dir: string;
  readonly language: string;
  /** `namespace:key` of the stale entry the translator revises, and of the one left as it is. */
  readonly revised: string;
  readonly leftStale: string;
  /** `namespace:key` of the entries the translator translates. */
  readonly untranslated: readonly string[];
  /** The English of an entry now, and its translation on disk. */
  english(id: string): string;
  translation(id: string): Promise<string>;
  statuses(): Promise<Record<string, string>>;
  remove(): Promise<void>;
}

const flatten = (tree: Nested, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );

function setNested(tree: Nested, path: string, value: string): void {
  const parts = path.split('.');
  const last = parts.pop() ?? '';
  let node = tree;
  for (const part of parts) node = node[part] as Nested;
  node[last] = value;
}

async function readJson(path: string): Promise<Nested> {
  return JSON.parse(await readFile(path, 'utf8')) as Nested;
}

export async function roundTripProject(): Promise<RoundTripProject> {
  const dir = await copyProject(ROOT);
  const language = TARGET_LANGUAGES[0] ?? 'da';
  const documentPath = join(dir, 'src/documents/declaration.md');
  const document = await readFile(documentPath, 'utf8');
  const paragraphs = flatten(await readJson(join(dir, 'locales/en/declaration.json'))).filter(
    ([, english]) => !english.includes('{{') && document.includes(`\n${english}\n`),
  );
  const ui = flatten(await readJson(join(dir, 'locales/en/ui.json')));
  const [newParagraph, revised, leftStale] = paragraphs.slice(-3).map(([key]) => key);
  const placeholder = ui.find(([, english]) => /\{\{\w+\}\}/.test(english))?.[0];
  const tag = ui.find(([, english]) => /<\w+>.*<\/\w+>/.test(english))?.[0];
  if (!newParagraph || !revised || !leftStale || !placeholder || !tag)
    throw new Error('round-trip fixture: the document needs three plain paragraphs and the interface a placeholder and a tag pair');

  let changed = document;
  for (const key of [revised, leftStale]) {
    const english = paragraphs.find(([k]) => k === key)?.[1] ?? '';
    changed = changed.replace(`\n${english}\n`, `\n${english} The Ministers will report on this in 2025.\n`);
  }
  await writeFile(documentPath, changed);
  for (const [file, keys] of [
    ['declaration', [newParagraph]],
    ['ui', [placeholder, tag]],
  ] as const) {
    const path = join(dir, 'locales', language, `${file}.json`);
    const tree = await readJson(path);
    for (const key of keys) setNested(tree, key, '');
    await writeFile(path, `${JSON.stringify(tree, null, 2)}\n`);
  }
  const synced = await runCommand(extract, dir, ['--quiet']);
  if (synced.code !== 0) throw new Error(`round-trip fixture: extract failed: ${synced.err}`);

  const catalogs = new Map<string, Map<string, string>>();
  // Every namespace the English has, whichever the project adds.
  for (const file of (await readdir(join(dir, 'locales/en'))).filter((f) => f.endsWith('.json')))
    catalogs.set(file.slice(0, -'.json'.length), new Map(flatten(await readJson(join(dir, 'locales/en', file)))));
  const split = (id: string): [string, string] => [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  return {
    dir,
    language,
    revised: `declaration:${revised}`,
    leftStale: `declaration:${leftStale}`,
    untranslated: [`declaration:${newParagraph}`, `ui:${placeholder}`, `ui:${tag}`],
    english(id) {
      const [ns, key] = split(id);
      return catalogs.get(ns)?.get(key) ?? '';
    },
    async translation(id) {
      const [ns, key] = split(id);
      return new Map(flatten(await readJson(join(dir, 'locales', language, `${ns}.json`)))).get(key) ?? '';
    },
    async statuses() {
      const result = await runCommand(status, dir, ['--json', '--lang', language]);
      return (JSON.parse(result.out) as Record<string, Record<string, string>>)[language] ?? {};
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
