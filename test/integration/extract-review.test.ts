import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { documentText, runCommand, expectRefused } from '../support/project.ts';
import { EXIT } from '../../src/commands/shared/io.ts';
import { DA, revise, setUp, statuses, translate, translatedInDanish } from '../support/cli-project.ts';

// npm run extract judging translations against the English: stale, how the English changed, --check, --confirm.
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
    await revise(p, { one: 'First paragraph, edited.' });
    const check = await expectRefused(extract, p, ['--check'], EXIT.failed);
    expect(check.err).toContain('locales/en/doc.json');
  });

  it('marks a translation stale when its English is edited, shows the change, and clears it when the translator edits', async () => {
    const p = await translatedInDanish();
    await revise(p, { two: 'Second paragraph, revised.' });
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
    const p = await translatedInDanish();
    await revise(p, { one: 'First paragraph!' });
    await runCommand(extract, p.dir);
    expect((await statuses(p))['da']?.['doc:one']).toBe('stale');
    expect((await runCommand(extract, p.dir, ['--confirm', 'da:doc:one'])).code).toBe(0);
    expect((await statuses(p))['da']?.['doc:one']).toBe('translated');
    expect((await runCommand(extract, p.dir, ['--confirm', 'da-doc-one'])).code).toBe(2);
  });

  it('refuses a --confirm that names no entry, so a typo does not pass for success, writing nothing', async () => {
    const p = await translatedInDanish();
    await revise(p, { one: 'First paragraph!' });
    const before = await p.snapshot();
    for (const typo of ['da:doc:onee', 'xx:doc:one', 'da:docs:*']) {
      const result = await runCommand(extract, p.dir, ['--confirm', typo]);
      expect({ typo, code: result.code }).toEqual({ typo, code: 2 });
      expect(result.err).toContain(`--confirm ${typo} names no entry`);
    }
    expect(await p.snapshot()).toEqual(before);
    expect((await runCommand(extract, p.dir, ['--confirm', '*:*:*'])).code).toBe(0);
  });
});
