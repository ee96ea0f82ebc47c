import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import type { ExtractionPlan, ExtractOptions } from '../../src/core/sync/extraction.ts';
import { planProjectInParts } from '../../src/node/plan-in-parts.ts';
import { planProject } from '../../src/node/plan.ts';
import { readSnapshot } from '../../src/node/project-io.ts';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { translatedRepo } from '../support/git-project.ts';
import { documentText, expectRefused, runCommand, tempProject, type TempProject } from '../support/project.ts';

/**
 * extract plans a namespace at a time (src/node/plan-in-parts.ts), holding one namespace's files; every
 * other command plans the project whole (planProject). Both must come to the same plan: the same files
 * written with the same contents, the same problems in the same order, the same counts.
 */
const json = (value: Record<string, string>): string => `${JSON.stringify(value, null, 2)}\n`;

/** Two documents extracted, then a translator's and a maintainer's changes of every kind the plan reports on. */
async function busyProject(): Promise<TempProject> {
  const p = await tempProject({
    'src/documents/doc.md': documentText([
      ['one', 'Meeting of {{date}}.'],
      ['two', 'The Ministers met.'],
      ['three', 'Nordic defence cooperation grows.'],
    ]),
    'src/documents/other.md': documentText([['a', 'Another text.']]).replace('namespace: doc', 'namespace: other'),
    'locales/glossary.json': await readFile('locales/glossary.json', 'utf8'),
  });
  expect((await runCommand(extract, p.dir)).code).toBe(0);
  // A translated placeholder (an error), a glossary term missing, translations no sync state vouches for.
  await p.write('locales/da/doc.json', json({ one: 'Møde den {{dato}}.', two: 'Ministrene mødtes.', three: 'Samarbejdet vokser.' }));
  await p.write('locales/sv/other.json', json({ a: 'En annan text.' }));
  // A namespace nothing defines any more, and a file that is no locale file.
  await p.write('locales/en/gone.json', json({ x: 'Gone.' }));
  await p.write('locales/da/gone.json', json({ x: 'Væk.' }));
  await p.write('locales/notes.txt', 'not a locale file\n');
  // The English edited, and a paragraph without an id.
  const doc = await p.read('src/documents/doc.md');
  await p.write('src/documents/doc.md', `${doc.replace('The Ministers met.', 'The Ministers met again.')}\nA new paragraph.\n`);
  return p;
}

/** Ids drawn in order, the same for both plans. */
const counted = (): (() => string) => {
  let next = 0;
  return () => `p-new${++next}`;
};

function comparable(plan: ExtractionPlan) {
  return {
    fatal: plan.fatal,
    problems: plan.problems,
    warnings: plan.warnings,
    writes: [...plan.writes],
    read: [...plan.writes.keys()].map((path) => [path, plan.read.get(path)]),
    counts: plan.languages.map((l) => [l.language, l.counts, l.completeness]),
    unvouched: plan.unvouched,
  };
}

async function bothPlans(dir: string, options: Omit<ExtractOptions, 'newId' | 'evidence'>) {
  const whole = await planProject(dir, await readSnapshot(dir), { ...options, newId: counted() });
  const inParts = await planProjectInParts(dir, { ...options, newId: counted() });
  return { whole: comparable(whole), inParts: comparable(inParts) };
}

describe('extract, planned a namespace at a time', () => {
  it('comes to the plan the whole project comes to, with and without --prune', async () => {
    const project = await busyProject();
    for (const prune of [false, true]) {
      const { whole, inParts } = await bothPlans(project.dir, { prune });
      // The project is busy enough to mean something: every kind of outcome is there.
      expect(whole.problems.length).toBeGreaterThan(0);
      expect(whole.warnings.length).toBeGreaterThan(0);
      expect(whole.writes.some(([path]) => path === 'src/documents/doc.md')).toBe(true);
      expect(inParts).toEqual(whole);
    }
  });

  it('comes to the same refusal when a source is in doubt (planned whole then)', async () => {
    const project = await busyProject();
    // No new paragraph: the ids drawn before the doubt is found would differ from the whole plan's, in a plan that writes nothing.
    await project.write('src/documents/doc.md', (await project.read('src/documents/doc.md')).replace('\nA new paragraph.\n', ''));
    await project.write('locales/nb/doc.json', '{ "one": "Møte", }\n');
    await project.write('src/documents/third.md', documentText([['b', 'Text.']]).replace('namespace: doc', 'namespace: other'));
    const { whole, inParts } = await bothPlans(project.dir, {});
    expect(whole.fatal.map((p) => p.code)).toEqual(expect.arrayContaining(['namespace']));
    expect(inParts).toEqual(whole);
  });

  it('names the first file of a namespace that is not UTF-8, though it decodes each language only when planning it', async () => {
    const project = await busyProject();
    // The Danish state is read before the Danish locale file when the language is planned; the locale file comes first.
    await writeFile(join(project.dir, 'locales/da/doc.json'), Buffer.from('{ "one": "M\xf8de" }\n', 'latin1'));
    await writeFile(join(project.dir, 'locales/.sync/da/doc.json'), Buffer.from('{ "\xe6": 1 }\n', 'latin1'));
    const refused = await expectRefused(extract, project);
    expect(refused.err).toContain('locales/da/doc.json:1:');
    expect(refused.err).not.toContain('locales/.sync/da/doc.json');
  });

  it('checks --confirm and --restore against the English it kept for them', async () => {
    const project = await busyProject();
    const confirm = [{ language: 'da', namespace: 'doc', key: 'two' }];
    const restore = [{ namespace: 'doc', key: 'nothing' }];
    const whole = await planProject(project.dir, await readSnapshot(project.dir), { confirm, restore, newId: counted() });
    const inParts = await planProjectInParts(project.dir, { confirm, restore, newId: counted() });
    expect(comparable(inParts)).toEqual(comparable(whole));
    expect([...inParts.english].map(([ns, catalog]) => [ns, [...catalog]])).toEqual(
      [...whole.english].map(([ns, catalog]) => [ns, [...catalog]]),
    );
  });

  it('judges translations no sync state vouches for by the same evidence from history', async () => {
    const repo = await translatedRepo();
    await rm(join(repo.dir, 'locales/.sync/da/doc.json'));
    const { whole, inParts } = await bothPlans(repo.dir, {});
    // History vouches for the Danish: the state is written anew, the translations current.
    expect(whole.writes.map(([path]) => path)).toContain('locales/.sync/da/doc.json');
    expect(whole.counts.find(([language]) => language === 'da')?.[1]).toMatchObject({ translated: 3 });
    expect(inParts).toEqual(whole);
  });
});
