import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { documentText, runCommand, tempProject, type TempProject, expectRefused } from '../support/project.ts';
import { ROOT } from '../support/root.ts';
import { EXIT } from '../../src/commands/shared/io.ts';

const CODE = "export const a = (t: (k: string, o: object) => string) => t('greeting', { defaultValue: 'Hello, {{name}}' });\n";

async function setUp(
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

async function translate(p: TempProject, language: string, values: Record<string, string>): Promise<void> {
  await p.write(`locales/${language}/doc.json`, `${JSON.stringify(values, null, 2)}\n`);
}

async function statuses(p: TempProject): Promise<Record<string, Record<string, string>>> {
  const result = await runCommand(status, p.dir, ['--json']);
  return JSON.parse(result.out) as Record<string, Record<string, string>>;
}

const DA = { one: 'Første afsnit.', two: 'Andet afsnit.', three: 'Tredje afsnit.' };

describe('npm run extract', () => {
  it('writes locales/en from the document and the code, and every language with new keys untranslated', async () => {
    const p = await setUp();
    expect(await p.json('locales/en/doc.json')).toEqual({ one: 'First paragraph.', two: 'Second paragraph.', three: 'Third paragraph.' });
    expect(await p.json('locales/en/ui.json')).toEqual({ greeting: 'Hello, {{name}}' });
    for (const language of TARGET_LANGUAGES) expect(await p.json(`locales/${language}/doc.json`)).toEqual({ one: '', two: '', three: '' });
    expect(await p.read('locales/da/doc.json')).toBe('{\n  "one": "",\n  "two": "",\n  "three": ""\n}\n');
  });

  it('is idempotent: a second run writes nothing and --check passes', async () => {
    const p = await setUp();
    await translate(p, 'da', DA);
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    const before = await p.snapshot();
    const again = await runCommand(extract, p.dir);
    expect(again.out).toContain('Everything was already up to date.');
    expect(await p.snapshot()).toEqual(before);
    expect((await runCommand(extract, p.dir, ['--check'])).code).toBe(0);
  });

  it('--check writes nothing, lists what would change and exits 1', async () => {
    const p = await setUp();
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['one', 'First paragraph, edited.'],
        ['two', 'Second paragraph.'],
        ['three', 'Third paragraph.'],
      ]),
    );
    const check = await expectRefused(extract, p, ['--check'], EXIT.failed);
    expect(check.err).toContain('locales/en/doc.json');
  });

  it('marks a translation stale when its English is edited, shows the change, and clears it when the translator edits', async () => {
    const p = await setUp();
    await translate(p, 'da', DA);
    await runCommand(extract, p.dir);
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['one', 'First paragraph.'],
        ['two', 'Second paragraph, revised.'],
        ['three', 'Third paragraph.'],
      ]),
    );
    await runCommand(extract, p.dir);
    expect((await statuses(p))['da']).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale', 'doc:three': 'translated' });
    expect(await p.json('locales/da/doc.json')).toEqual(DA);
    const text = await runCommand(status, p.dir, ['--lang', 'da']);
    expect(text.out).toContain('stale        doc:two');
    expect(text.out).toContain('Second paragraph{+, revised+}.');
    await translate(p, 'da', { ...DA, two: 'Andet afsnit, revideret.' });
    await runCommand(extract, p.dir);
    expect((await statuses(p))['da']?.['doc:two']).toBe('translated');
  });

  it('shows how a long paragraph changed as its changed words with a few words either side, not the whole paragraph', async () => {
    const long = (word: string): string =>
      `One two three four five six seven eight nine ten ${word} eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen.`;
    const p = await setUp([['one', long('old')]]);
    await translate(p, 'da', { one: 'Et afsnit.' });
    await runCommand(extract, p.dir);
    await p.write('src/documents/doc.md', documentText([['one', long('new')]]));
    await runCommand(extract, p.dir);
    const text = await runCommand(status, p.dir, ['--lang', 'da']);
    expect(text.out).toContain('English changed: … six seven eight nine ten [-old-]{+new+} eleven twelve thirteen fourteen fifteen …\n');
    expect(text.out).not.toContain('One two');
  });

  it('confirms a stale translation unchanged with --confirm', async () => {
    const p = await setUp();
    await translate(p, 'da', DA);
    await runCommand(extract, p.dir);
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['one', 'First paragraph!'],
        ['two', 'Second paragraph.'],
        ['three', 'Third paragraph.'],
      ]),
    );
    await runCommand(extract, p.dir);
    expect((await statuses(p))['da']?.['doc:one']).toBe('stale');
    expect((await runCommand(extract, p.dir, ['--confirm', 'da:doc:one'])).code).toBe(0);
    expect((await statuses(p))['da']?.['doc:one']).toBe('translated');
    expect((await runCommand(extract, p.dir, ['--confirm', 'da-doc-one'])).code).toBe(2);
  });

  it('refuses a --confirm that names no entry, so a typo does not pass for success, writing nothing', async () => {
    const p = await setUp();
    await translate(p, 'da', DA);
    await runCommand(extract, p.dir);
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['one', 'First paragraph!'],
        ['two', 'Second paragraph.'],
        ['three', 'Third paragraph.'],
      ]),
    );
    const before = await p.snapshot();
    for (const typo of ['da:doc:onee', 'xx:doc:one', 'da:docs:*']) {
      const result = await runCommand(extract, p.dir, ['--confirm', typo]);
      expect({ typo, code: result.code }).toEqual({ typo, code: 2 });
      expect(result.err).toContain(`--confirm ${typo} names no entry`);
    }
    expect(await p.snapshot()).toEqual(before);
    expect((await runCommand(extract, p.dir, ['--confirm', '*:*:*'])).code).toBe(0);
  });

  it('inserts a pasted paragraph with a fresh id and keeps every translation on its own paragraph', async () => {
    const p = await setUp();
    await translate(p, 'da', DA);
    await runCommand(extract, p.dir);
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['one', 'First paragraph.'],
        [undefined, 'A new paragraph.'],
        ['two', 'Second paragraph.'],
        ['three', 'Third paragraph.'],
      ]),
    );
    await runCommand(extract, p.dir);
    const doc = await p.read('src/documents/doc.md');
    const id = /<!-- id: (p-[a-z2-9]{8}) -->\nA new paragraph\./.exec(doc)?.[1] ?? '';
    expect(id, doc).not.toBe('');
    // The old counter is left as it was: new ids no longer come from it.
    expect(doc).toContain('next-id: 1');
    expect(await p.json('locales/da/doc.json')).toEqual({ one: DA.one, [id]: '', two: DA.two, three: DA.three });
    expect((await statuses(p))['da']).toEqual({
      'doc:one': 'translated',
      [`doc:${id}`]: 'untranslated',
      'doc:two': 'translated',
      'doc:three': 'translated',
      'ui:greeting': 'untranslated',
    });
  });

  it("moves a deleted paragraph's translation to the obsolete store, prunes it only on request", async () => {
    const p = await setUp();
    await translate(p, 'da', DA);
    await runCommand(extract, p.dir);
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['one', 'First paragraph.'],
        ['three', 'Third paragraph.'],
      ]),
    );
    await runCommand(extract, p.dir);
    expect(await p.json('locales/da/doc.json')).toEqual({ one: DA.one, three: DA.three });
    expect(JSON.parse(await p.read('locales/.sync/da/doc.json'))).toMatchObject({
      obsolete: { two: { translation: DA.two, from: 'Second paragraph.' } },
    });
    expect((await statuses(p))['da']?.['doc:two']).toBe('obsolete');
    await runCommand(extract, p.dir, ['--prune']);
    expect(JSON.parse(await p.read('locales/.sync/da/doc.json'))).toMatchObject({ obsolete: {} });
  });

  it('reorders translations with their paragraphs', async () => {
    const p = await setUp();
    await translate(p, 'da', DA);
    await runCommand(extract, p.dir);
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['three', 'Third paragraph.'],
        ['one', 'First paragraph.'],
        ['two', 'Second paragraph.'],
      ]),
    );
    await runCommand(extract, p.dir);
    expect(await p.read('locales/da/doc.json')).toBe(`{\n  "three": "${DA.three}",\n  "one": "${DA.one}",\n  "two": "${DA.two}"\n}\n`);
  });

  it('handles two languages revised at once', async () => {
    const p = await setUp();
    await translate(p, 'da', DA);
    await translate(p, 'sv', { one: 'Första stycket.', two: 'Andra stycket.', three: '' });
    await runCommand(extract, p.dir);
    await translate(p, 'da', { ...DA, three: 'Tredje afsnit (rettet).' });
    await translate(p, 'sv', { one: 'Första stycket.', two: 'Andra stycket.', three: 'Tredje stycket.' });
    const result = await runCommand(extract, p.dir);
    expect(result.code).toBe(0);
    const all = await statuses(p);
    expect(all['da']?.['doc:three']).toBe('translated');
    expect(all['sv']).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'translated', 'doc:three': 'translated' });
    expect(await p.json('locales/da/doc.json')).toEqual({ ...DA, three: 'Tredje afsnit (rettet).' });
  });

  it('refuses a broken locale file, naming file, line and column, and writes nothing', async () => {
    const p = await setUp();
    await p.write('locales/da/doc.json', '{\n  "one": "Første"\n  "two": "Andet"\n}\n');
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['one', 'First, edited.'],
        ['two', 'Second paragraph.'],
        ['three', 'Third paragraph.'],
      ]),
    );
    const result = await expectRefused(extract, p);
    expect(result.err).toContain('locales/da/doc.json:2:18');
    expect(result.err).toContain('nothing was written');
    expect((await runCommand(status, p.dir)).code).toBe(2);
    expect((await runCommand(extract, p.dir, ['--check'])).code).toBe(2);
  });

  it('says one thing about a missing opening quote: where it is and what to type, not one error per word', async () => {
    const p = await setUp();
    await p.write('locales/da/doc.json', '{\n  "one": "Første afsnit.",\n  "two": Andet afsnit med flere ord.",\n  "three": ""\n}\n');
    const result = await runCommand(extract, p.dir);
    expect(result.code).toBe(2);
    expect(result.err.split('\n').filter((line) => line.startsWith('error:'))).toEqual([
      expect.stringMatching(/^error:\s+locales\/da\/doc\.json:3:10\s+invalid JSON: this text has no opening quote: add " before Andet$/),
    ]);
  });

  it('reports a placeholder mismatch by language and key and exits 1', async () => {
    const p = await setUp();
    await p.write('locales/fi/ui.json', '{\n  "greeting": "Hei, {{nimi}}"\n}\n');
    const result = await runCommand(extract, p.dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/error:.*fi ui:greeting.*placeholders differ.*\{\{name\}\}.*\{\{nimi\}\}/);
    expect((await runCommand(status, p.dir)).code).toBe(1);
  });

  it('keeps a translation whose key was removed from the code in the obsolete store', async () => {
    const p = await setUp();
    await p.write('locales/da/ui.json', '{\n  "greeting": "Hej, {{name}}"\n}\n');
    await runCommand(extract, p.dir);
    await p.write('src/app/a.ts', "export const a = (t: (k: string, o: object) => string) => t('welcome', { defaultValue: 'Welcome' });\n");
    await runCommand(extract, p.dir);
    expect(await p.json('locales/da/ui.json')).toEqual({ welcome: '' });
    expect(JSON.parse(await p.read('locales/.sync/da/ui.json'))).toMatchObject({
      obsolete: { greeting: { translation: 'Hej, {{name}}' } },
    });
  });
});

describe('npm run status', () => {
  it('prints counts per language and exits 1 below --min-complete', async () => {
    const p = await setUp();
    await translate(p, 'da', DA);
    await runCommand(extract, p.dir);
    const text = await runCommand(status, p.dir, ['--summary']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/da\s+75% complete\s+3 translated, 0 stale, 1 untranslated, 0 obsolete/);
    expect((await runCommand(status, p.dir, ['--lang', 'da', '--min-complete', '75'])).code).toBe(0);
    expect((await runCommand(status, p.dir, ['--lang', 'da', '--min-complete', '80'])).code).toBe(1);
    expect((await runCommand(status, p.dir, ['--min-complete', '50'])).code).toBe(1);
    expect((await runCommand(status, p.dir, ['--min-complete', 'lots'])).code).toBe(2);
  });

  it('prints the JSON shape language -> namespace:key -> status', async () => {
    const p = await setUp();
    const json = await statuses(p);
    expect(Object.keys(json)).toEqual([...TARGET_LANGUAGES]);
    expect(json['nb']).toEqual({
      'doc:one': 'untranslated',
      'doc:two': 'untranslated',
      'doc:three': 'untranslated',
      'ui:greeting': 'untranslated',
    });
  });
});

describe('the command-line entry points', () => {
  it('set the process exit code (run as npm does: compiled, through src/commands/run.mjs)', async () => {
    const p = await setUp();
    const launcher = join(ROOT, 'src/commands/run.mjs');
    const cli = (name: string, ...args: string[]) =>
      spawnSync(process.execPath, [launcher, name, ...args], { cwd: p.dir, encoding: 'utf8' });
    expect(cli('extract', '--check').status).toBe(0);
    await p.write('src/documents/doc.md', documentText([['one', 'Changed.']]));
    expect(cli('extract', '--check').status).toBe(1);
    expect(cli('status', '--min-complete', '100').status).toBe(1);
    expect(cli('extract', '--bogus').status).toBe(2);
    expect(cli('no-such-command').status).toBe(2);
  }, 120_000); // a first run compiles the commands: on a loaded CI machine that can take several seconds
});
