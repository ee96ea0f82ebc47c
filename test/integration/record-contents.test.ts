import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentKey, englishAt, fingerprint, foldRecords, textOf, wordsFingerprint } from '../../src/node/records/records.mjs';
import { takeRecord } from '../../src/node/records/take-record.mjs';
import { tempProject, type TempProject } from '../support/project.ts';
import { readLog } from '../support/records-log.ts';

// A record names the locale file contents it read whole, so that the next one parses only the
// contents no record has read (src/node/records). These check that skipping them changes nothing
// a record says: outside git, where the records are locales/.sync/.records.
const LOG = 'locales/.sync/.records';
const EN = 'locales/en/doc.json';
const DA = 'locales/da/doc.json';
const json = (values: Record<string, string>): string => `${JSON.stringify(values, null, 2)}\n`;

const fp = (text: string): string => fingerprint(text);
/** A first sighting as a record writes it: the fingerprint and the words-fingerprint. */
const sighted = (text: string): [string, string] => [fp(text), wordsFingerprint(text)];
const lines = (p: TempProject) => readLog(join(p.dir, LOG));

const record = async (p: TempProject) => (await takeRecord(p.dir, { hook: 'test' })).records;

describe('a record of the locale files', () => {
  it('names the contents it read, and takes nothing more while they stay as they were', async () => {
    const en = json({ one: 'One.', two: 'Two.' });
    const da = json({ one: 'Én.', two: 'To.' });
    const p = await tempProject({ [EN]: en, [DA]: da });
    await record(p);
    expect(await lines(p)).toEqual([
      expect.objectContaining({
        e: { 'doc:one': fp('One.'), 'doc:two': fp('Two.') },
        f: [contentKey(DA, da)],
        k: { [EN]: contentKey(EN, en) },
        p: 0,
      }),
    ]);
    await record(p);
    expect(await lines(p)).toHaveLength(1);

    const edited = json({ one: 'Én!', two: 'To.' });
    await p.write(DA, edited);
    const records = await record(p);
    expect((await lines(p)).at(-1)).toEqual(
      expect.objectContaining({ e: {}, l: { 'da:doc:one': [sighted('Én!')] }, f: [contentKey(DA, edited)], k: {}, p: 1 }),
    );
    expect(records.seen.get('da:doc:one')?.get(fp('Én!'))).toEqual({ seq: 2, brought: false, words: wordsFingerprint('Én!') });
    expect(textOf(records, 'da:doc:one', fp('Én!'))).toBe('Én!');
    // Back to a content read before: every value in it was sighted then.
    await p.write(DA, da);
    await record(p);
    expect(await lines(p)).toHaveLength(2);
  });

  it('records English that returns to an earlier content', async () => {
    const first = json({ one: 'One.' });
    const p = await tempProject({ [EN]: first });
    await record(p);
    await p.write(EN, json({ one: 'One, revised.', two: 'Two.' }));
    await record(p);
    await p.write(EN, first);
    const records = await record(p);
    expect((await lines(p)).map((line) => line.e)).toEqual([
      { 'doc:one': fp('One.') },
      { 'doc:one': fp('One, revised.'), 'doc:two': fp('Two.') },
      { 'doc:one': fp('One.'), 'doc:two': null },
    ]);
    expect([englishAt(records, 'doc:one', 3), englishAt(records, 'doc:two', 3)]).toEqual([fp('One.'), null]);
  });

  it('trusts no English content named by a record taken beside another', async () => {
    const both = json({ one: 'One.', two: 'Two.' });
    const one = json({ one: 'One.' });
    const p = await tempProject({ [EN]: one });
    // Two records taken at once from no records: the first read both keys, the second one key, so
    // the English folded from both is neither content (it has "two"). Lines as older versions wrote
    // them, the English's texts in the line: they are read as they were.
    await mkdir(join(p.dir, 'locales/.sync'), { recursive: true });
    const taken = [
      { h: 'a', e: { 'doc:one': 'One.', 'doc:two': 'Two.' }, b: {}, l: {}, c: [], f: [], k: { [EN]: contentKey(EN, both) }, p: 0 },
      { h: 'b', e: { 'doc:one': 'One.' }, b: {}, l: {}, c: [], f: [], k: { [EN]: contentKey(EN, one) }, p: 0 },
    ];
    await appendFile(join(p.dir, LOG), taken.map((line) => `${JSON.stringify(line)}\n`).join(''));
    const records = await record(p);
    expect((await lines(p)).at(-1)?.e).toEqual({ 'doc:two': null });
    expect(englishAt(records, 'doc:two', records.count)).toBeNull();
  });

  it("reads only the log's lines after an earlier record of the run, another writer's included", async () => {
    const p = await tempProject({ [EN]: json({ one: 'One.' }), [DA]: json({ one: 'Én.' }) });
    const first = await record(p);
    await appendFile(join(p.dir, LOG), `${JSON.stringify({ h: 'other', e: { 'doc:one': 'One, revised.' } })}\n`);
    await p.write(DA, json({ one: 'Én!' }));
    const { records } = await takeRecord(p.dir, { hook: 'test', records: first });
    expect((await lines(p)).at(-1)?.e).toEqual({ 'doc:one': fp('One.') });
    expect(records.seen.get('da:doc:one')?.get(fp('Én!'))).toEqual({ seq: 3, brought: false, words: wordsFingerprint('Én!') });
    expect(records).toEqual(foldRecords(await p.read(LOG)));
  });

  it('starts on a line of its own after a line torn by a crash, so that no record is lost to it', async () => {
    const p = await tempProject({ [EN]: json({ one: 'One.' }), [DA]: json({ one: 'Én.' }) });
    await record(p);
    await appendFile(join(p.dir, LOG), '{"h":"killed","e":{"doc:one":"On');
    await p.write(DA, json({ one: 'Én!' }));
    const records = await record(p);
    expect((await p.read(LOG)).endsWith('\n')).toBe(true);
    expect((await lines(p)).at(-1)).toEqual(expect.objectContaining({ l: { 'da:doc:one': [sighted('Én!')] } }));
    expect(records.count).toBe(2);
    expect(textOf(records, 'da:doc:one', fp('Én!'))).toBe('Én!');
  });

  it('folds the sightings of a key when it is asked for, as the whole log folded in turn (lines before segments)', () => {
    const log = [
      { h: 'a', b: { 'da:doc:one': [fp('Én.')] }, l: { 'da:doc:two': [fp('To.')] }, t: { 'da:doc:two': ['To.'] } },
      { h: 'b', l: { 'da:doc:one': [fp('Én!'), fp('Én.')], 'da:doc:three': [] }, t: { 'da:doc:one': ['Én!', 'Én.'] } },
      { h: 'c', b: { 'da:doc:two': [fp('To!')] }, l: { 'da:doc:two': [fp('To.')] } },
    ].map((line) => `${JSON.stringify(line)}\n`);
    const whole = foldRecords(log.join(''));
    const asked = foldRecords(log.join(''));
    // One key asked before the others, the others one by one, then the whole map.
    expect(asked.seen.get('da:doc:two')).toEqual(
      new Map([
        [fp('To.'), { seq: 1, brought: false, words: wordsFingerprint('To.') }],
        [fp('To!'), { seq: 3, brought: true }],
      ]),
    );
    expect(asked.seen.get('da:doc:one')?.get(fp('Én.'))).toEqual({ seq: 1, brought: true });
    expect(asked.seen.has('da:doc:three')).toBe(true);
    expect(asked.seen.get('da:doc:four')).toBeUndefined();
    expect([...asked.seen.keys()].sort()).toEqual(['da:doc:one', 'da:doc:three', 'da:doc:two']);
    expect(asked).toEqual(whole);
    expect([
      textOf(asked, 'da:doc:one', fp('Én!')),
      textOf(asked, 'da:doc:one', fp('Én.')),
      textOf(asked, 'da:doc:two', fp('To!')),
    ]).toEqual(['Én!', undefined, undefined]);
  });
});
