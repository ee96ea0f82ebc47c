import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { documentText, runCommand, tempProject, type TempProject } from '../support/project.ts';

/** What counts as a translation: never one that fails validation, nor the English copied into it. */
const BLOCKS = [
  ['one', 'Meeting of {{date}}.'],
  ['two', 'The Ministers met.'],
] as const;

async function setUp(): Promise<TempProject> {
  const project = await tempProject({ 'src/documents/doc.md': documentText(BLOCKS) });
  expect((await runCommand(extract, project.dir)).code).toBe(0);
  return project;
}

async function statuses(p: TempProject, language = 'da'): Promise<Record<string, string>> {
  const all = JSON.parse((await runCommand(status, p.dir, ['--json', '--lang', language])).out) as Record<string, Record<string, string>>;
  return all[language] ?? {};
}

describe('what counts as translated', () => {
  it('a translation that fails validation (a translated placeholder) is an error and counts as untranslated', async () => {
    const p = await setUp();
    await p.write('locales/da/doc.json', `${JSON.stringify({ one: 'Møde den {{dato}}.', two: 'Ministrene mødtes.' }, null, 2)}\n`);
    const run = await runCommand(extract, p.dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('placeholders differ');
    expect(await statuses(p)).toEqual({ 'doc:one': 'untranslated', 'doc:two': 'translated' });
    // The text is the translator's: kept in the file, to be fixed.
    expect(JSON.parse(await p.read('locales/da/doc.json'))).toMatchObject({ one: 'Møde den {{dato}}.' });
  });

  it('the English copied into a translation (a CAT tool\'s "copy source") counts as untranslated, with a warning', async () => {
    const p = await setUp();
    await p.write('locales/da/doc.json', `${JSON.stringify({ one: 'Meeting of {{date}}.', two: 'Ministrene mødtes.' }, null, 2)}\n`);
    const run = await runCommand(extract, p.dir);
    expect(run.code).toBe(0);
    expect(run.err).toContain('counts as untranslated');
    expect(await statuses(p)).toEqual({ 'doc:one': 'untranslated', 'doc:two': 'translated' });
    expect((await runCommand(extract, p.dir, ['--strict'])).code).toBe(1);
  });

  it('a key listed as the same in every language may be the English', async () => {
    const p = await setUp();
    await p.write('locales/glossary.json', `${JSON.stringify({ terms: [], sameInEveryLanguage: ['doc:one'] }, null, 2)}\n`);
    await p.write('locales/da/doc.json', `${JSON.stringify({ one: 'Meeting of {{date}}.', two: 'Ministrene mødtes.' }, null, 2)}\n`);
    const run = await runCommand(extract, p.dir, ['--strict']);
    expect(run.code).toBe(0);
    expect(await statuses(p)).toEqual({ 'doc:one': 'translated', 'doc:two': 'translated' });
  });

  it('a key listed as the same as the English in one language may be the English there only', async () => {
    const p = await setUp();
    await p.write('locales/glossary.json', `${JSON.stringify({ terms: [], sameAsEnglishIn: { da: ['doc:one'] } }, null, 2)}\n`);
    await p.write('locales/da/doc.json', `${JSON.stringify({ one: 'Meeting of {{date}}.', two: 'Ministrene mødtes.' }, null, 2)}\n`);
    await p.write('locales/sv/doc.json', `${JSON.stringify({ one: 'Meeting of {{date}}.', two: 'Ministrarna möttes.' }, null, 2)}\n`);
    const run = await runCommand(extract, p.dir);
    expect(run.code).toBe(0);
    expect(run.err).toContain('sv doc:one');
    expect(run.err).not.toContain('da doc:one');
    expect(await statuses(p)).toEqual({ 'doc:one': 'translated', 'doc:two': 'translated' });
    expect(await statuses(p, 'sv')).toEqual({ 'doc:one': 'untranslated', 'doc:two': 'translated' });
  });

  it('refuses a "sameAsEnglishIn" that names a language the project does not translate into, writing nothing', async () => {
    const p = await setUp();
    await p.write('locales/glossary.json', `${JSON.stringify({ terms: [], sameAsEnglishIn: { xx: ['doc:one'] } }, null, 2)}\n`);
    await p.write('locales/da/doc.json', `${JSON.stringify({ one: 'Møde den {{date}}.', two: 'Ministrene mødtes.' }, null, 2)}\n`);
    const state = await p.read('locales/.sync/da/doc.json');
    const run = await runCommand(extract, p.dir);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/locales\/glossary\.json:3:3 +"sameAsEnglishIn" must be/);
    expect(await p.read('locales/.sync/da/doc.json')).toBe(state);
  });

  it('a placeholder the English gained makes its translations stale, not errors', async () => {
    const p = await setUp();
    await p.write('locales/da/doc.json', `${JSON.stringify({ one: 'Møde den {{date}}.', two: 'Ministrene mødtes.' }, null, 2)}\n`);
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    await p.write('src/documents/doc.md', documentText([BLOCKS[0], ['two', 'The Ministers met on {{date}}.']]));
    const run = await runCommand(extract, p.dir);
    expect(run.err).not.toContain('placeholders differ');
    expect(run.code).toBe(0);
    expect(await statuses(p)).toEqual({ 'doc:one': 'translated', 'doc:two': 'stale' });
    // Updated without the new placeholder, against the new English: that is an error.
    await p.write('locales/da/doc.json', `${JSON.stringify({ one: 'Møde den {{date}}.', two: 'Ministrene mødtes i dag.' }, null, 2)}\n`);
    const wrong = await runCommand(extract, p.dir);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('placeholders differ');
  });
});

describe('what a build publishes', () => {
  it('publishes translated and stale texts (stale ones listed), and "" for an invalid or copied-English one', async () => {
    const { published, unpublishable } = await import('../../src/site/plugins/locale-plugin.ts');
    const { planProject } = await import('../../src/node/plan.ts');
    const { readSnapshot } = await import('../../src/node/project-io.ts');
    const p = await setUp();
    await p.write('locales/da/doc.json', `${JSON.stringify({ one: 'Møde den {{dato}}.', two: 'Ministrene mødtes.' }, null, 2)}\n`);
    await p.write('locales/sv/doc.json', `${JSON.stringify({ one: 'Möte den {{date}}.', two: 'The Ministers met.' }, null, 2)}\n`);
    await runCommand(extract, p.dir);
    await p.write('src/documents/doc.md', documentText([['one', 'Meeting on {{date}}.'], BLOCKS[1]]));
    const behind = await readSnapshot(p.dir);
    expect(unpublishable({ snapshot: behind, plan: await planProject(p.dir, behind) })).toContain('Run `npm run extract`');
    await runCommand(extract, p.dir);
    const snapshot = await readSnapshot(p.dir);
    const planned = { snapshot, plan: await planProject(p.dir, snapshot) };
    expect(unpublishable(planned)).toBeUndefined();
    expect(published(planned, 'da')).toMatchObject({ resources: { doc: { one: '', two: 'Ministrene mødtes.' } }, stale: [] });
    expect(published(planned, 'sv')).toMatchObject({ resources: { doc: { one: 'Möte den {{date}}.', two: '' } }, stale: ['doc:one'] });
  });
});
