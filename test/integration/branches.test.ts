import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { documentText, runCommand, tempProject, type TempProject } from '../support/project.ts';

/**
 * Two branches each add a paragraph, with real git: the ids they are given differ, the merge is
 * clean, and the translation made on one branch stays on its own paragraph after the merge.
 */
const DOC = 'src/documents/doc.md';
const BLOCKS: [string | undefined, string][] = [
  ['one', 'First paragraph.'],
  ['two', 'Second paragraph.'],
  ['three', 'Third paragraph.'],
  ['four', 'Fourth paragraph.'],
  ['five', 'Fifth paragraph.'],
];

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.org',
    },
  });
}

async function idOf(p: TempProject, text: string): Promise<string> {
  const english = (await p.json('locales/en/doc.json')) as Record<string, string>;
  const id = Object.entries(english).find(([, value]) => value === text)?.[0];
  expect(id, `no id for "${text}"`).toBeDefined();
  return id ?? '';
}

describe('ids on two branches', () => {
  it('never collide: both paragraphs keep their own id and translation after the merge', async () => {
    const p = await tempProject({ [DOC]: documentText(BLOCKS) });
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    await p.write(
      'locales/da/doc.json',
      `${JSON.stringify({ one: 'Første.', two: 'Anden.', three: 'Tredje.', four: 'Fjerde.', five: 'Femte.' }, null, 2)}\n`,
    );
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    git(p.dir, 'init', '-q', '-b', 'main');
    git(p.dir, 'add', '-A');
    git(p.dir, 'commit', '-qm', 'start');

    git(p.dir, 'checkout', '-qb', 'alpha');
    await p.write(DOC, documentText([BLOCKS[0] ?? ['one', ''], [undefined, 'Alpha paragraph.'], ...BLOCKS.slice(1)]));
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    const alpha = await idOf(p, 'Alpha paragraph.');
    const da = (await p.json('locales/da/doc.json')) as Record<string, string>;
    await p.write('locales/da/doc.json', `${JSON.stringify({ ...da, [alpha]: 'Alfa-afsnit.' }, null, 2)}\n`);
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    git(p.dir, 'commit', '-qam', 'alpha paragraph, translated');

    git(p.dir, 'checkout', '-q', 'main');
    git(p.dir, 'checkout', '-qb', 'beta');
    await p.write(DOC, documentText([...BLOCKS, [undefined, 'Beta paragraph.']]));
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    const beta = await idOf(p, 'Beta paragraph.');
    git(p.dir, 'commit', '-qam', 'beta paragraph');

    git(p.dir, 'checkout', '-q', 'alpha');
    git(p.dir, 'merge', '-q', '--no-edit', 'beta');
    expect(alpha).not.toBe(beta);
    const result = await runCommand(extract, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(await idOf(p, 'Alpha paragraph.')).toBe(alpha);
    expect(await idOf(p, 'Beta paragraph.')).toBe(beta);
    const daAfter = (await p.json('locales/da/doc.json')) as Record<string, string>;
    expect(Object.keys(daAfter)).toEqual(['one', alpha, 'two', 'three', 'four', 'five', beta]);
    expect(daAfter[alpha]).toBe('Alfa-afsnit.');
    expect(daAfter[beta]).toBe('');
    const json = JSON.parse((await runCommand(status, p.dir, ['--json'])).out) as Record<string, Record<string, string>>;
    expect(json['da']).toMatchObject({ [`doc:${alpha}`]: 'translated', [`doc:${beta}`]: 'untranslated', 'doc:one': 'translated' });
    expect((await runCommand(extract, p.dir, ['--check'])).code).toBe(0);
  });
});
