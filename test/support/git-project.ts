import { execFileSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extract } from '../../src/commands/extract.ts';
import { installHooks } from '../../src/node/records/install.mjs';
import { status } from '../../src/commands/status.ts';
import { documentText, runCommand, tempProject, type Captured, type TempProject } from './project.ts';
import { gitEnv } from './git-env.ts';
import { ROOT } from './root.ts';

/**
 * A project in a real git repository, set up as a clone is after `npm install`: the project's git
 * hooks installed (core.hooksPath = .githooks, the hooks and the recorder copied in, so they run
 * from the project as they do in a real clone). Its commits carry a clock of its own, which moves on
 * by ten seconds a step, so that revision dates are known; no judgement reads a date or a file time.
 */
export interface GitProject extends TempProject {
  /** Run git at the current time; returns stdout. */
  git(...args: string[]): string;
  /** Like git, but returns the exit status instead of throwing (a merge with conflicts). */
  tryGit(...args: string[]): number;
  /** Write a file as a person would. */
  edit(path: string, content: string): Promise<void>;
  /** Change one key of a flat JSON locale file. */
  setValue(path: string, key: string, value: string): Promise<void>;
  /** Move the clock on. */
  tick(seconds?: number): void;
  /** The clock's day (YYYY-MM-DD, UTC, the time zone of its commits). */
  day(): string;
  extract(...args: string[]): Promise<Captured>;
  /** `status --json` for one language: key -> status. */
  statuses(language: string): Promise<Record<string, string>>;
  commitAll(message: string): void;
}

const START = Math.floor(Date.now() / 1000) + 24 * 3600;

/** The English of a small document, paragraph ids one, two, three. */
export const BLOCKS: readonly (readonly [string, string])[] = [
  ['one', 'The Ministers met in Copenhagen in the autumn.'],
  ['two', 'They agreed to deepen the defence cooperation.'],
  ['three', 'They welcomed the work on total defence.'],
];

export function docWith(changes: Partial<Record<string, string>>): string {
  return documentText(BLOCKS.map(([id, text]) => [id, changes[id] ?? text] as const));
}

export interface GitProjectOptions {
  /** Install the project's git hooks, as npm install does (default true). */
  readonly hooks?: boolean;
  /** Start as a clone of this project (its origin), as another translator's machine would. */
  readonly cloneOf?: GitProject;
}

export async function gitProject(options: GitProjectOptions = {}): Promise<GitProject> {
  const base = await tempProject({ 'src/documents/doc.md': docWith({}) });
  let now = START;
  const env = (): NodeJS.ProcessEnv => gitEnv('Translator', { GIT_AUTHOR_DATE: `@${now} +0000`, GIT_COMMITTER_DATE: `@${now} +0000` });
  const project: GitProject = {
    ...base,
    git(...args) {
      return execFileSync('git', args, { cwd: base.dir, env: env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    },
    tryGit(...args) {
      try {
        execFileSync('git', args, { cwd: base.dir, env: env(), stdio: 'ignore' });
        return 0;
      } catch (error) {
        return (error as { status?: number }).status ?? 1;
      }
    },
    async edit(path, content) {
      await base.write(path, content);
    },
    async setValue(path, key, value) {
      const data = JSON.parse(await readFile(join(base.dir, path), 'utf8')) as Record<string, string>;
      data[key] = value;
      await writeFile(join(base.dir, path), `${JSON.stringify(data, null, 2)}\n`);
    },
    tick(seconds = 10) {
      now += seconds;
    },
    day() {
      return new Date(now * 1000).toISOString().slice(0, 10);
    },
    extract: (...args) => runCommand(extract, base.dir, args),
    async statuses(language) {
      const result = await runCommand(status, base.dir, ['--json', '--lang', language]);
      const all = JSON.parse(result.out) as Record<string, Record<string, string>>;
      return all[language] ?? {};
    },
    commitAll(message) {
      project.git('add', '-A');
      project.git('commit', '-q', '--allow-empty', '-m', message);
    },
  };
  if (options.cloneOf) {
    await rm(base.dir, { recursive: true, force: true });
    execFileSync('git', ['clone', '-q', options.cloneOf.dir, base.dir], { env: env(), stdio: 'ignore' });
  } else {
    project.git('init', '-q', '-b', 'main');
    await writeFile(join(base.dir, '.gitignore'), 'locales/.sync/.lock\nlocales/.sync/.lock-owner\nlocales/.sync/.journal\n');
  }
  if (options.hooks ?? true) {
    for (const path of ['.githooks', 'src/node/records', 'src/core/state/words.mjs'])
      await cp(join(ROOT, path), join(base.dir, path), { recursive: true });
    await installHooks(base.dir);
  }
  return project;
}

/** Danish for the three paragraphs, current against BLOCKS. */
export const DA = {
  one: 'Ministrene mødtes i København i efteråret.',
  two: 'De blev enige om at uddybe forsvarssamarbejdet.',
  three: 'De glædede sig over arbejdet med totalforsvar.',
};

/** A repository on main with the document extracted and Danish complete and current, committed. */
export async function translatedRepo(): Promise<GitProject> {
  const p = await gitProject();
  await p.extract();
  p.tick();
  await p.edit('locales/da/doc.json', `${JSON.stringify(DA, null, 2)}\n`);
  p.tick();
  await p.extract();
  p.commitAll('Danish translation');
  p.tick();
  return p;
}

/** The revised English of `two` that reviseEnglishOn commits. */
export const TWO_V2 = 'They agreed to strengthen the defence cooperation further.';
/** Danish `two`: an edit made against the English of BLOCKS, and a translation of TWO_V2. */
export const TWO_OLD_EDIT = 'De blev enige om at uddybe forsvarssamarbejdet (rettet).';
export const TWO_NEW = 'De blev enige om at styrke forsvarssamarbejdet yderligere.';

/** On a new branch from the current one: the English of `two` revised and extracted, committed; left on that branch. */
export async function reviseEnglishOn(p: GitProject, branch: string): Promise<void> {
  p.git('checkout', '-q', '-b', branch);
  p.tick();
  await p.edit('src/documents/doc.md', docWith({ two: TWO_V2 }));
  await p.extract();
  p.commitAll('Revise the English of two');
  p.tick();
}

/** The sync state's record of one Danish key. */
export async function stateOf(p: GitProject, key: string): Promise<{ from?: string; also?: string[]; unverified?: boolean } | undefined> {
  const state = (await p.json('locales/.sync/da/doc.json')) as {
    entries: Record<string, { from?: string; also?: string[]; unverified?: boolean }>;
  };
  return state.entries[key];
}
