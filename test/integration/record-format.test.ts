import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishAt, fingerprint, foldRecords, readRecords, textOf, wordsFingerprint } from '../../src/node/records/records.mjs';
import { takeRecord } from '../../src/node/records/take-record.mjs';
import { tempProject } from '../support/project.ts';
import { readLog } from '../support/records-log.ts';
import { ROOT } from '../support/root.ts';

// The records log's format (src/node/records/records.mjs): a record is a short line naming its
// segments in the blob before it, read only when a key of their group is asked for. Outside git, so
// the log is locales/.sync/.records.
const LOG = 'locales/.sync/.records';
const EN = 'locales/en/doc.json';
const DA = 'locales/da/doc.json';
const json = (values: Record<string, string>): string => `${JSON.stringify(values, null, 2)}\n`;
const fp = (text: string): string => fingerprint(text);
const record = async (dir: string) => (await takeRecord(dir, { hook: 'test' })).records;

/** A project of `n` paragraphs with long translations. */
async function large(n: number) {
  const keys = Array.from({ length: n }, (_, i) => `p${i}`);
  const en = Object.fromEntries(keys.map((k) => [k, `Paragraph ${k}. ${'The ministers agreed to deepen cooperation. '.repeat(20)}`]));
  const da = Object.fromEntries(keys.map((k) => [k, `Afsnit ${k}. ${'Ministrene blev enige om at uddybe samarbejdet. '.repeat(20)}`]));
  return { p: await tempProject({ [EN]: json(en), [DA]: json(da) }), da };
}

describe('the records log', () => {
  it("keeps a record's line short however long the texts: they are in the blob before it", async () => {
    const { p, da } = await large(200);
    const records = await record(p.dir);
    const [line] = await readLog(join(p.dir, LOG));
    const texts = Object.values(da).join('').length;
    expect(texts).toBeGreaterThan(180_000);
    expect(line?.bytes).toBeLessThan(500);
    expect(line?.l?.['da:doc:p7']).toEqual([[fp(da['p7'] ?? ''), wordsFingerprint(da['p7'] ?? '')]]);
    expect(textOf(records, 'da:doc:p7', fp(da['p7'] ?? ''))).toBe(da['p7']);
  });

  it('reads a segment only when a key of its group is asked for, and refuses one changed after it was written', async () => {
    const { p, da } = await large(20);
    await record(p.dir);
    const bytes = await readFile(join(p.dir, LOG));
    // One letter of a Danish text in the blob changed, its length kept.
    const at = bytes.indexOf(Buffer.from('Ministrene'));
    bytes[at] = 'm'.charCodeAt(0);
    await writeFile(join(p.dir, LOG), bytes);
    const records = await readRecords(join(p.dir, LOG));
    expect(records.count).toBe(1);
    expect(englishAt(records, 'doc:p3', 1)).toEqual(expect.any(String));
    expect(() => textOf(records, 'da:doc:p3', fp(da['p3'] ?? ''))).toThrow(
      /\.records:1:\d+: changed after it was written: record 1 names bytes/,
    );
  });

  it('trusts no record whose blob is not whole just before it, and loses none to a blob torn by a crash', async () => {
    const p = await tempProject({ [EN]: json({ one: 'One.' }), [DA]: json({ one: 'Én.' }) });
    await record(p.dir);
    const whole = await p.read(LOG);
    const [blob = '', line = ''] = whole.split('\n');
    // The line alone, its blob gone: no record.
    expect(foldRecords(`${line}\n`).count).toBe(0);
    // Another blob between the blob and its line: no record either.
    expect(foldRecords(`${blob}\n#3 {}7\n${line}\n`).count).toBe(0);
    expect(foldRecords(`${blob}\n${line}\n`).count).toBe(1);
    // A blob torn by a crash, then the next record.
    await appendFile(join(p.dir, LOG), blob.slice(0, 20));
    await p.write(DA, json({ one: 'Én!' }));
    const records = await record(p.dir);
    expect(records.count).toBe(2);
    expect(records.seen.get('da:doc:one')?.get(fp('Én!'))).toEqual({ seq: 2, brought: false, words: wordsFingerprint('Én!') });
    expect(records).toEqual(foldRecords(await p.read(LOG)));
  });

  it('loses no record to a torn blob whose declared length ends on a later line end (hostile-git N7)', async () => {
    const p = await tempProject({ [EN]: json({ one: 'One.' }), [DA]: json({ one: 'Én.' }) });
    await record(p.dir);
    await p.write(DA, json({ one: 'Én!' }));
    await record(p.dir);
    const [blob1 = '', line1 = '', blob2 = '', line2 = ''] = (await p.read(LOG)).split('\n');
    // A crash tore a blob after the first record; the next append began a line of its own ("\n"), and
    // the torn blob's declared end is the line end of that next record: by its length it holds it.
    const cut = '{"ope';
    const swallowed = `${cut}\n${blob2}\n${line2}`;
    const torn = `${blob1}\n${line1}\n#${Buffer.byteLength(swallowed)} ${swallowed}\n`;
    await p.write(LOG, torn);
    const records = await readRecords(join(p.dir, LOG));
    expect(records.count).toBe(2);
    expect(records.seen.get('da:doc:one')?.get(fp('Én!'))).toEqual({ seq: 2, brought: false, words: wordsFingerprint('Én!') });
    expect(textOf(records, 'da:doc:one', fp('Én!'))).toBe('Én!');
    // And a record appended after it is the third.
    await p.write(DA, json({ one: 'Én?' }));
    expect((await record(p.dir)).count).toBe(3);
  });

  it('leaves a blob whose line is not written yet for the next read, and then folds it with its line', async () => {
    const p = await tempProject({ [EN]: json({ one: 'One.' }), [DA]: json({ one: 'Én.' }) });
    await record(p.dir);
    await p.write(DA, json({ one: 'Én!' }));
    await record(p.dir);
    const whole = await p.read(LOG);
    const cut = whole.lastIndexOf('\n', whole.length - 2) + 1;
    await writeFile(join(p.dir, LOG), whole.slice(0, cut));
    const first = await readRecords(join(p.dir, LOG));
    expect(first.count).toBe(1);
    await appendFile(join(p.dir, LOG), whole.slice(cut));
    const both = await readRecords(join(p.dir, LOG), first);
    expect(both.count).toBe(2);
    expect(both).toEqual(foldRecords(whole));
  });
});

describe('a records log written before segments', () => {
  // test/support/records-v1.jsonl was written by main's src/node/records at f101233 in a git
  // repository: a first record of doc.json (one, two, three, brought by the checkout), a colleague's
  // commit of "three" made here, an edit of "one" seen by a command, then the English of "one"
  // revised and "two" removed, committed here.
  const FIXTURE = join(ROOT, 'test/support/records-v1.jsonl');

  it('is read as it was: English by record, sightings, the texts it kept', async () => {
    const records = foldRecords(await readFile(FIXTURE));
    expect(records.count).toBe(4);
    expect(records.english.get('doc:one')).toEqual([
      [1, fp('One.')],
      [4, fp('One, revised.')],
    ]);
    expect(englishAt(records, 'doc:two', 4)).toBeNull();
    expect(records.seen.get('da:doc:one')).toEqual(
      new Map([
        [fp('Én.'), { seq: 1, brought: true }],
        [fp('Én, rettet.'), { seq: 3, brought: false, words: wordsFingerprint('Én, rettet.') }],
      ]),
    );
    expect(textOf(records, 'da:doc:three', fp('Tre, fra en kollega.'))).toBe('Tre, fra en kollega.');
    expect(textOf(records, 'da:doc:one', fp('Én.'))).toBeUndefined();
    expect(records.local.size).toBe(2);
  });

  it('takes the next record after it, with segments, and folds both as one', async () => {
    const p = await tempProject({
      [EN]: json({ one: 'One, revised.', three: 'Three.' }),
      [DA]: json({ one: 'Én, rettet.', two: 'To.', three: 'Tre, fra en kollega.' }),
    });
    await p.write(LOG, await readFile(FIXTURE, 'utf8'));
    await p.write(DA, json({ one: 'Én, rettet igen.', two: 'To.', three: 'Tre, fra en kollega.' }));
    const records = await record(p.dir);
    expect(records.count).toBe(5);
    expect((await readLog(join(p.dir, LOG))).at(-1)).toEqual(
      expect.objectContaining({ l: { 'da:doc:one': [[fp('Én, rettet igen.'), wordsFingerprint('Én, rettet igen.')]] } }),
    );
    expect(records.seen.get('da:doc:one')?.get(fp('Én, rettet.'))?.seq).toBe(3);
    expect(textOf(records, 'da:doc:one', fp('Én, rettet igen.'))).toBe('Én, rettet igen.');
    expect(records).toEqual(foldRecords(await readFile(join(p.dir, LOG))));
  });
});
