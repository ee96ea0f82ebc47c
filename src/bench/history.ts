import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { TARGET_LANGUAGES } from '../languages.ts';

/** The git identity and settings of the benchmark's repositories: none of the user's configuration. */
const BENCH_GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

const DOCUMENT = 'src/documents/declaration.md';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * A copy of this project (sources, locales, hooks) in a new repository with `commits` commits, made
 * with git fast-import in one process: the first holds the project as it is, each later one a
 * translator's edit of one paragraph in one language without extract, in turn across languages and
 * paragraphs, and every fiftieth a revision of one paragraph's English, in the document and in
 * locales/en as extract writes it (a maintainer's correction pulled in). The working tree is left at
 * the last commit; no hook has run yet.
 */
export async function writeHistory(root: string, dir: string, commits: number): Promise<void> {
  for (const entry of ['src', 'locales', '.githooks']) await cp(join(root, entry), join(dir, entry), { recursive: true });
  const files = (await filesUnder(dir)).filter((f) => !f.startsWith('locales/.sync/.'));
  const blocks = new Map<string, Record<string, string>>();
  for (const language of ['en', ...TARGET_LANGUAGES])
    blocks.set(language, JSON.parse(await readFile(join(dir, 'locales', language, 'declaration.json'), 'utf8')) as Record<string, string>);
  const keys = Object.keys(blocks.get('en') ?? {});
  let document = await readFile(join(dir, DOCUMENT), 'utf8');
  const chunks: Buffer[] = [];
  const text = (s: string): void => void chunks.push(Buffer.from(s, 'utf8'));
  const data = (content: Buffer): void => {
    text(`data ${content.length}\n`);
    chunks.push(content, Buffer.from('\n'));
  };
  const commit = (n: number, message: string, changes: readonly (readonly [string, Buffer])[]): void => {
    text(`commit refs/heads/main\ncommitter Bench <bench@example.org> ${1_700_000_000 + n * 60} +0000\n`);
    // Without a `from`, each commit continues the branch from the one before it in the stream.
    data(Buffer.from(message));
    for (const [path, content] of changes) {
      text(`M 100644 inline ${path}\n`);
      data(content);
    }
  };
  commit(1, 'The project', await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f))] as const)));
  for (let n = 2; n <= commits; n++) {
    const key = keys[Math.floor(n / TARGET_LANGUAGES.length) % keys.length] ?? '';
    const language = n % 50 === 0 ? 'en' : (TARGET_LANGUAGES[n % TARGET_LANGUAGES.length] ?? 'da');
    const catalog = blocks.get(language) ?? {};
    catalog[key] = `${(catalog[key] ?? '').replace(/ \(r\d+\)$/, '')} (r${n})`;
    const json = Buffer.from(`${JSON.stringify(catalog, null, 2)}\n`);
    const changes: [string, Buffer][] = [[`locales/${language}/declaration.json`, json]];
    if (language === 'en') {
      document = document.replace(new RegExp(`(<!-- id: ${key} -->\\n[^\\n]*?)( \\(r\\d+\\))?\\n`), `$1 (r${n})\n`);
      changes.push([DOCUMENT, Buffer.from(document)]);
    }
    commit(n, `${language}: ${key} (${n})`, changes);
  }
  const git = (args: readonly string[], input?: Buffer): void =>
    void execFileSync('git', [...args], { cwd: dir, env: BENCH_GIT_ENV, input, stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
  git(['init', '-q', '-b', 'main']);
  git(['fast-import', '--quiet'], Buffer.concat(chunks));
  git(['reset', '-q', '--hard', 'main']);
}
