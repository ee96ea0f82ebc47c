import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { documentText, runCommand, tempProject, type Captured, type TempProject } from './project.ts';

/**
 * A project in a real git repository with a clock of its own: every git command and every file a
 * test writes is stamped with the clock's time, which moves on by ten seconds a step (ahead of the
 * real time, so files the commands write are older than any step). That makes "which HEAD was in
 * force when this file was written" exact instead of racing the second.
 */
export interface GitProject extends TempProject {
  /** Run git at the current time; returns stdout. */
  git(...args: string[]): string;
  /** Like git, but returns the exit status instead of throwing (a merge with conflicts). */
  tryGit(...args: string[]): number;
  /** Write a file as a person would, at the current time. */
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

/**
 * Files git or a command wrote carry the real time, which is behind the project's clock: stamp them
 * with the clock's time, as if everything a step wrote was written at that step.
 */
async function stampWritten(dir: string, now: number): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.parentPath.includes('.git')) continue;
    const path = join(entry.parentPath, entry.name);
    // A file removed since the listing needs no stamp.
    const time = await stat(path).then(
      (st) => st.mtimeMs,
      () => undefined,
    );
    if (time !== undefined && time < START * 1000) await utimes(path, now, now).catch(() => undefined);
  }
}

export async function gitProject(): Promise<GitProject> {
  const base = await tempProject({ 'src/documents/doc.md': docWith({}) });
  let now = START;
  const env = (): NodeJS.ProcessEnv => ({
    ...process.env,
    GIT_AUTHOR_DATE: `@${now} +0000`,
    GIT_COMMITTER_DATE: `@${now} +0000`,
    GIT_AUTHOR_NAME: 'Translator',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 'Translator',
    GIT_COMMITTER_EMAIL: 't@example.org',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  });
  const stamp = (): void => {
    pending = pending.then(() => stampWritten(base.dir, now));
  };
  let pending: Promise<void> = Promise.resolve();
  const project: GitProject = {
    ...base,
    // The clock's stamping of what the last git command wrote may still be walking the tree.
    async remove() {
      await pending.catch(() => undefined);
      await base.remove();
    },
    git(...args) {
      const out = execFileSync('git', args, { cwd: base.dir, env: env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      stamp();
      return out;
    },
    tryGit(...args) {
      try {
        execFileSync('git', args, { cwd: base.dir, env: env(), stdio: 'ignore' });
        return 0;
      } catch (error) {
        return (error as { status?: number }).status ?? 1;
      } finally {
        stamp();
      }
    },
    async edit(path, content) {
      await pending;
      await base.write(path, content);
      await utimes(join(base.dir, path), now, now);
    },
    async setValue(path, key, value) {
      await pending;
      const data = JSON.parse(await readFile(join(base.dir, path), 'utf8')) as Record<string, string>;
      data[key] = value;
      await writeFile(join(base.dir, path), `${JSON.stringify(data, null, 2)}\n`);
      await utimes(join(base.dir, path), now, now);
    },
    tick(seconds = 10) {
      now += seconds;
    },
    day() {
      return new Date(now * 1000).toISOString().slice(0, 10);
    },
    async extract(...args) {
      await pending;
      const result = await runCommand(extract, base.dir, args);
      await stampWritten(base.dir, now);
      return result;
    },
    async statuses(language) {
      await pending;
      const result = await runCommand(status, base.dir, ['--json', '--lang', language]);
      const all = JSON.parse(result.out) as Record<string, Record<string, string>>;
      return all[language] ?? {};
    },
    commitAll(message) {
      project.git('add', '-A');
      project.git('commit', '-q', '--allow-empty', '-m', message);
    },
  };
  project.git('init', '-q', '-b', 'main');
  await writeFile(join(base.dir, '.gitignore'), 'locales/.sync/.lock\nlocales/.sync/.lock-owner\nlocales/.sync/.journal\n');
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
