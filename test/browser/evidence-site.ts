import { execFileSync } from 'node:child_process';
import { cp, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { installHooks } from '../../src/node/records/install.mjs';
import { fileVersion } from '../../src/node/save-translations.ts';
import { declarationIds } from '../support/declaration.ts';
import { devSaveServer } from '../support/dev-save.ts';
import { gitEnv } from '../support/git-env.ts';
import { copyProject } from './fixture-site.ts';

/**
 * A copy of the project in a real git repository with its hooks installed, in which Danish paragraphs
 * were edited against an English that has changed since, and brought back by each of the ways git and
 * the project's own writers could pass them off as new: a stash popped after the pull, a file taken
 * from another branch, a squash merge, a rebase with reset dates, a file re-saved and dated ahead, and
 * a save in the browser of another paragraph. Beside them, the everyday flow: a paragraph edited in
 * the JSON after the pull that revised its English, and a heading saved in the browser. Built as the
 * real site is: its Danish page must mark every one of the first stale, and the last two current.
 */
export interface EvidenceSite {
  /** The project folder (removed by the caller); its build is in dist/. */
  readonly dir: string;
  readonly dist: string;
  /** How each stale case was brought back, by paragraph id. */
  readonly cases: Readonly<Record<string, string>>;
  /** The blocks edited legitimately, by id, with the words the edit added: current. */
  readonly current: Readonly<Record<string, string>>;
}

const DECLARATION = 'locales/da/declaration.json';
const DOCUMENT = 'src/documents/declaration.md';
const KINDS = [
  'stash and pop',
  'git checkout BRANCH -- FILE',
  'squash merge',
  'rebase --ignore-date',
  're-saved and dated ahead',
  'browser save of another paragraph',
];
const EDITED = ' (ændret)';
const SAVED = ' (gemt)';

/** The copy's git and its own tools, and the edits each case is made of. */
interface Repo {
  readonly dir: string;
  git(...args: string[]): void;
  tsx(...args: string[]): void;
  vite(...args: string[]): void;
  danish(): Promise<Record<string, string>>;
  /** An edit of a Danish paragraph, made against the English as it is. */
  edit(id: string): Promise<void>;
  /** On a branch from main: the English of these paragraphs revised and extracted, committed; main takes it (a pull). */
  reviseEnglish(branch: string, revised: readonly string[]): Promise<void>;
  /** A branch from main with one paragraph edited against the English of now, committed without extract. */
  branchWithEdit(branch: string, id: string): Promise<void>;
}

function repoIn(dir: string): Repo {
  const env = gitEnv('T');
  const git = (...args: string[]): void => void execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  // Vitest sets NODE_ENV=test, with which Vite would build the development variant (editing included).
  const bin = (name: string, args: string[]): void =>
    void execFileSync(join(dir, 'node_modules/.bin', name), args, { cwd: dir, env: { ...env, NODE_ENV: 'production' }, stdio: 'pipe' });
  const repo: Repo = {
    dir,
    git,
    tsx: (...args) => bin('tsx', args),
    vite: (...args) => bin('vite', args),
    danish: async () => JSON.parse(await readFile(join(dir, DECLARATION), 'utf8')) as Record<string, string>,
    async edit(id) {
      const da = await repo.danish();
      await writeFile(join(dir, DECLARATION), `${JSON.stringify({ ...da, [id]: `${da[id] ?? ''}${EDITED}` }, null, 2)}\n`);
    },
    async reviseEnglish(branch, revised) {
      git('checkout', '-q', '-b', branch, 'main');
      let document = await readFile(join(dir, DOCUMENT), 'utf8');
      for (const id of revised) document = document.replace(new RegExp(`(<!-- id: ${id} -->\\r?\\n)([^\\r\\n]+)`), '$1$2 (revised)');
      await writeFile(join(dir, DOCUMENT), document);
      repo.tsx('src/commands/extract.ts', '--quiet');
      git('commit', '-q', '-am', `Revise ${revised.join(', ')}`);
      git('checkout', '-q', 'main');
    },
    async branchWithEdit(branch, id) {
      git('checkout', '-q', '-b', branch, 'main');
      await repo.edit(id);
      git('commit', '-q', '-am', `Danish: ${id}`);
      git('checkout', '-q', 'main');
    },
  };
  return repo;
}

/** The copy committed whole, every translation current, with the project's hooks installed. */
async function start({ dir, git }: Repo, root: string): Promise<void> {
  git('init', '-q', '-b', 'main');
  await cp(join(root, '.githooks'), join(dir, '.githooks'), { recursive: true });
  await writeFile(
    join(dir, '.gitignore'),
    'node_modules\ndist\ndist-ssr\nlocales/.sync/.lock\nlocales/.sync/.lock-owner\nlocales/.sync/.journal\n',
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'Start: every translation current');
  await installHooks(dir);
}

/** Commits made against the old English, brought in after the first pull. */
async function committedCases(repo: Repo, [backport, squash, rebase]: readonly [string, string, string]): Promise<void> {
  const { git } = repo;
  await repo.branchWithEdit('release', backport);
  await repo.branchWithEdit('squashed', squash);
  await repo.branchWithEdit('rebased', rebase);
  await repo.reviseEnglish('english-1', [backport, squash, rebase]);
  git('merge', '-q', '--ff-only', 'english-1');
  git('checkout', 'release', '--', DECLARATION);
  git('commit', '-q', '-am', 'Backport the Danish from release');
  git('merge', '-q', '--squash', 'squashed');
  git('commit', '-q', '-m', 'Danish (squashed)');
  git('checkout', '-q', 'rebased');
  git('rebase', '-q', '--ignore-date', 'main');
  git('checkout', '-q', 'main');
  git('merge', '-q', '--ff-only', 'rebased');
}

/** Edits in the working tree made against the old English, put aside or kept through a pull; and the everyday flow. */
async function workingTreeCases(repo: Repo, ids: { stash: string; resaved: string; laundered: string; everyday: string }): Promise<void> {
  const { dir, git } = repo;
  await repo.reviseEnglish('english-2', [ids.stash]);
  await repo.edit(ids.stash);
  git('stash', '-q');
  git('merge', '-q', '--ff-only', 'english-2');
  git('stash', 'pop', '-q');
  git('commit', '-q', '-am', 'Danish: the stashed edit');
  await repo.reviseEnglish('english-3', [ids.resaved, ids.laundered, ids.everyday]);
  await repo.edit(ids.resaved);
  await repo.edit(ids.laundered);
  git('merge', '-q', '--ff-only', 'english-3');
  // The everyday flow: pull, then edit the JSON against the English the pull brought.
  await repo.edit(ids.everyday);
  await writeFile(join(dir, DECLARATION), `${JSON.stringify(await repo.danish(), null, 4)}\n`);
  const ahead = Date.now() / 1000 + 365 * 24 * 3600;
  await utimes(join(dir, DECLARATION), ahead, ahead);
}

/** A heading saved in the browser, through the development server's save. */
async function browserSave(repo: Repo, saved: string): Promise<void> {
  const { dir } = repo;
  const server = await devSaveServer(dir);
  try {
    const english = JSON.parse(await readFile(join(dir, 'locales/en/declaration.json'), 'utf8')) as Record<string, string>;
    const reply = await server.save({
      language: 'da',
      namespace: 'declaration',
      key: saved,
      translation: `${(await repo.danish())[saved] ?? ''}${SAVED}`,
      from: english[saved] ?? '',
      version: fileVersion(await readFile(join(dir, DECLARATION), 'utf8')),
    });
    if (!reply.body.ok) throw new Error(`evidence fixture: the save was refused: ${reply.body.message ?? reply.status}`);
  } finally {
    await server.close();
  }
}

export async function buildEvidenceSite(root: string): Promise<EvidenceSite> {
  const dir = await copyProject(root);
  const ids = declarationIds(['paragraph']);
  const [saved = ''] = declarationIds(['heading']);
  if (ids.length < KINDS.length + 1 || !saved)
    throw new Error(`test fixture: the evidence site needs ${KINDS.length + 1} paragraphs and a heading in ${DOCUMENT}`);
  // Commits that edit neighbouring lines of a file conflict in git: the committed cases are kept apart.
  const [backport, stash, squash, resaved, rebase, laundered, everyday] = ids as [string, string, string, string, string, string, string];
  const repo = repoIn(dir);
  await start(repo, root);
  await committedCases(repo, [backport, squash, rebase]);
  await workingTreeCases(repo, { stash, resaved, laundered, everyday });
  await browserSave(repo, saved);

  // Built as the real site is.
  repo.tsx('src/commands/extract.ts', '--quiet');
  repo.vite('build', '--logLevel', 'error');
  repo.vite('build', '--ssr', 'src/site/entry-server.tsx', '--outDir', 'dist-ssr', '--logLevel', 'error');
  repo.tsx('src/commands/prerender.ts');
  const cases = Object.fromEntries([stash, backport, squash, rebase, resaved, laundered].map((id, i) => [id, KINDS[i] ?? '']));
  return { dir, dist: join(dir, 'dist'), cases, current: { [everyday]: EDITED.trim(), [saved]: SAVED.trim() } };
}
