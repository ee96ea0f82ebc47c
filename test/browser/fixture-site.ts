import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TARGET_LANGUAGES } from '../../src/languages.ts';

/**
 * A copy of the project in which Icelandic has not translated the Ukraine paragraph and one word of the
 * English of the Norfolk paragraph has changed since every translation was made (editEnglish), built as
 * the real site is: what a reader sees in those two cases, with and without scripts.
 */
/** A copy of the project's sources and locales in a temporary folder, sharing node_modules. */
export async function copyProject(root: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nordefco-fixture-'));
  for (const entry of [
    'src',
    'locales',
    'public',
    'index.html',
    'root.html',
    'not-found.html',
    'record.html',
    'vite.config.ts',
    'package.json',
    '.size-limit.json',
    'tsconfig.json',
    'tsconfig.base.json',
    'tsconfig.app.json',
    'tsconfig.core.json',
    'tsconfig.node.json',
    'tsconfig.test.json',
  ]) {
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
  await settle(dir);
  return dir;
}

type Nested = { [key: string]: string | Nested };

/** Fill every empty value of a locale file from the English, marked with the language code. */
function fill(target: Nested, english: Nested, language: string): Nested {
  return Object.fromEntries(
    Object.entries(target).map(([key, value]) => {
      const source = english[key];
      if (typeof value === 'string') return [key, value === '' && typeof source === 'string' ? `[${language}] ${source}` : value];
      return [key, fill(value, typeof source === 'object' ? source : {}, language)];
    }),
  );
}

/**
 * Start every copy from translations that are complete and current, whatever state the real project is
 * in (a maintainer's English correction not yet translated), so that tests see only the changes they plant.
 */
async function settle(dir: string): Promise<void> {
  const tsx = (args: string[]): void => void execFileSync(join(dir, 'node_modules/.bin/tsx'), args, { cwd: dir, stdio: 'pipe' });
  tsx(['src/commands/extract.ts', '--quiet', '--confirm', '*:*:*']);
  for (const language of TARGET_LANGUAGES) {
    for (const file of await readdir(join(dir, 'locales', language))) {
      const path = join(dir, 'locales', language, file);
      const english = JSON.parse(await readFile(join(dir, 'locales/en', file), 'utf8')) as Nested;
      const text = await readFile(path, 'utf8');
      const filled = `${JSON.stringify(fill(JSON.parse(text) as Nested, english, language), null, 2)}\n`;
      if (filled !== text) await writeFile(path, filled);
    }
  }
  tsx(['src/commands/extract.ts', '--quiet']);
}

/** The paragraph whose English the fixtures change after every translation was made. */
const EDITED_ID = 'norfolk';

/** How the fixtures change the English: one word of one paragraph, so that the diff is that word. */
export interface EnglishEdit {
  readonly id: string;
  readonly removed: string;
  readonly added: string;
  /** The document with the word replaced. */
  readonly text: string;
}

/**
 * Replace one word of the paragraph `id` in the English document: the first lower-case word of six letters or more
 * that no glossary term contains, chosen from the document itself, so that a maintainer's rewording of the
 * paragraph changes which word, never whether the fixtures work.
 */
function editEnglish(document: string, glossaryText: string, id = EDITED_ID): EnglishEdit {
  const marker = new RegExp(`<!-- id: ${id} -->\\r?\\n`).exec(document);
  if (!marker)
    throw new Error(`test fixture: src/documents/declaration.md has no paragraph ${id}; choose another in test/browser/fixture-site.ts`);
  const start = marker.index + marker[0].length;
  const end = document.indexOf('\n', start) === -1 ? document.length : document.indexOf('\n', start);
  const paragraph = document.slice(start, end);
  const terms = glossaryText.toLowerCase();
  const word = [...paragraph.matchAll(/(?<![\p{L}’'-])\p{Ll}{6,}(?![\p{L}’'-])/gu)].find((m) => !terms.includes(m[0]));
  if (!word || word.index === undefined) throw new Error(`test fixture: paragraph ${id} has no word the fixture can change`);
  const added = word[0] === 'deepening' ? 'strengthening' : 'deepening';
  const at = start + word.index;
  return { id, removed: word[0], added, text: `${document.slice(0, at)}${added}${document.slice(at + word[0].length)}` };
}

/** The fixtures' edit of the English document in the project at `dir` (its document and glossary). */
export async function fixtureEdit(dir: string): Promise<EnglishEdit> {
  const document = await readFile(join(dir, 'src/documents/declaration.md'), 'utf8');
  return editEnglish(document, await readFile(join(dir, 'locales/glossary.json'), 'utf8'));
}

/** Who the fixture build says publishes it (SITE_PUBLISHER). */
export const FIXTURE_PUBLISHER = 'Example Publisher <test> & Co';

export async function buildFixtureSite(root: string): Promise<string> {
  const dir = await copyProject(root);
  const isPath = join(dir, 'locales/is/declaration.json');
  const icelandic = JSON.parse(await readFile(isPath, 'utf8')) as Record<string, string>;
  icelandic['ukraine'] = '';
  await writeFile(isPath, `${JSON.stringify(icelandic, null, 2)}\n`);
  await writeFile(join(dir, 'src/documents/declaration.md'), (await fixtureEdit(dir)).text);
  const run = (cmd: string, args: string[]): void => {
    // Vitest sets NODE_ENV=test, with which Vite would build the development variant (editing included).
    execFileSync(join(dir, 'node_modules/.bin', cmd), args, {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production', SITE_PUBLISHER: FIXTURE_PUBLISHER },
    });
  };
  run('tsx', ['src/commands/extract.ts', '--quiet']);
  run('vite', ['build', '--logLevel', 'error']);
  run('vite', ['build', '--ssr', 'src/site/entry-server.tsx', '--outDir', 'dist-ssr', '--logLevel', 'error']);
  run('tsx', ['src/commands/prerender.ts']);
  return join(dir, 'dist');
}
