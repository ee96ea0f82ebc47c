import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { runCommand } from '../support/project.ts';
import { DA, setUp, statuses, translate, translatedInDanish, writeDocument } from '../support/cli-project.ts';

// npm run extract keeping each translation on its own paragraph as the document is edited.
describe('npm run extract, as paragraphs come, go and move', () => {
  it('inserts a pasted paragraph with a fresh id and keeps every translation on its own paragraph', async () => {
    const p = await translatedInDanish();
    await writeDocument(p, [
      ['one', 'First paragraph.'],
      [undefined, 'A new paragraph.'],
      ['two', 'Second paragraph.'],
      ['three', 'Third paragraph.'],
    ]);
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
    const p = await translatedInDanish();
    await writeDocument(p, [
      ['one', 'First paragraph.'],
      ['three', 'Third paragraph.'],
    ]);
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
    const p = await translatedInDanish();
    await writeDocument(p, [
      ['three', 'Third paragraph.'],
      ['one', 'First paragraph.'],
      ['two', 'Second paragraph.'],
    ]);
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
