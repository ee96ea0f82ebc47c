import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { documentText, runCommand, tempProject, type TempProject } from '../support/project.ts';

/**
 * Damage a person or git does to the English document and the locale files, through the real
 * command on a temporary tree: a clear error with file:line:column, exit 2, and every byte of
 * every file (the document included) as it was.
 */
const DOC = 'src/documents/doc.md';
const DA = { one: 'Første afsnit.', two: 'Andet afsnit.', three: 'Tredje afsnit.' };

async function setUp(): Promise<TempProject> {
  const project = await tempProject({
    [DOC]: documentText([
      ['one', 'First paragraph.'],
      ['two', 'Second paragraph.'],
      ['three', 'Third paragraph.'],
    ]),
  });
  expect((await runCommand(extract, project.dir)).code).toBe(0);
  await project.write('locales/da/doc.json', `${JSON.stringify(DA, null, 2)}\n`);
  expect((await runCommand(extract, project.dir)).code).toBe(0);
  return project;
}

async function bytes(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name));
    out.set(path, (await readFile(join(dir, path))).toString('base64'));
  }
  return out;
}

/** Run extract on a damaged tree: it must refuse with exit 2 and leave every byte alone. */
async function refused(p: TempProject): Promise<string> {
  const before = await bytes(p.dir);
  const result = await runCommand(extract, p.dir);
  expect(result.code, result.err).toBe(2);
  expect(result.err).toContain('nothing was written');
  expect(await bytes(p.dir)).toEqual(before);
  expect((await runCommand(status, p.dir)).code).toBe(2);
  return result.err;
}

const body = (marker: string): string =>
  `---\nnamespace: doc\ndate: 2024-11-21\nnext-id: 1\n---\n\n<!-- id: one -->\nFirst paragraph.\n\n${marker}\nSecond paragraph.\n\n<!-- id: three -->\nThird paragraph.\n`;

describe('a damaged English document', () => {
  it.each([
    ['<!-- ID: two -->', 'src/documents/doc.md:10:1', 'lower case'],
    ['<!-- id: two (JFC) -->', 'src/documents/doc.md:10:1', 'the id alone'],
    ['<!-- id : two -->', 'src/documents/doc.md:10:1', 'no space before the colon'],
    ['<!-- id: two --', 'src/documents/doc.md:10:1', 'never closed'],
  ])('%s: an error at %s, nothing written, the document byte-identical', async (marker, where, why) => {
    const p = await setUp();
    await p.write(DOC, body(marker));
    const err = await refused(p);
    expect(err).toContain(where);
    expect(err).toContain(why);
  });

  it('unclosed front matter, an impossible date and a missing date: each at its line', async () => {
    const p = await setUp();
    await p.write(DOC, '---\nnamespace: doc\ndate: 2024-11-21\n\n<!-- id: one -->\nFirst paragraph.\n');
    expect(await refused(p)).toContain('src/documents/doc.md:1:1  the front matter opened on this line is never closed');
    await p.write(DOC, '---\nnamespace: doc\ndate: 2024-13-45\n---\n\n<!-- id: one -->\n# Meeting {{date}}\n');
    expect(await refused(p)).toContain('src/documents/doc.md:3:7  "2024-13-45" is not a calendar date');
    await p.write(DOC, '---\nnamespace: doc\n---\n\n<!-- id: one -->\n# Meeting {{date}}\n');
    expect(await refused(p)).toMatch(/src\/documents\/doc\.md:2:1 {2}the document uses \{\{date\}\} but the front matter has no date/);
  });

  it('a duplicate id after a merge names both paragraphs and attaches nothing', async () => {
    const p = await setUp();
    await p.write(
      DOC,
      documentText([
        ['one', 'First paragraph.'],
        ['two', 'Second paragraph.'],
        ['two', 'A paragraph from the other branch.'],
        ['three', 'Third paragraph.'],
      ]),
    );
    const err = await refused(p);
    expect(err).toContain('id "two" is used twice: line 11 "Second paragraph." and line 14 "A paragraph from the other branch."');
  });

  it('swapped id markers are named as a swap, and --accept-moves takes them as meant', async () => {
    const p = await setUp();
    await p.write(
      DOC,
      documentText([
        ['one', 'Second paragraph.'],
        ['two', 'First paragraph.'],
        ['three', 'Third paragraph.'],
      ]),
    );
    const err = await refused(p);
    expect(err).toContain('ids "one" and "two" look swapped');
    const accepted = await runCommand(extract, p.dir, ['--accept-moves']);
    expect(accepted.code).toBe(0);
    expect(await p.read('locales/en/doc.json')).toContain('"one": "Second paragraph."');
  });

  it("a marker moved onto another paragraph's old text is named as a move", async () => {
    const p = await setUp();
    await p.write(
      DOC,
      documentText([
        ['one', 'First paragraph.'],
        ['three', 'Second paragraph.'],
      ]),
    );
    expect(await refused(p)).toContain('the English of id "three" ("Second paragraph.") is what id "two" had at the last extract');
  });

  it('keeps CRLF line endings and a byte-order mark when it writes a new id', async () => {
    const p = await setUp();
    const crlf = `\ufeff${documentText([
      ['one', 'First paragraph.'],
      ['two', 'Second paragraph.'],
      [undefined, 'New paragraph.'],
      ['three', 'Third paragraph.'],
    ]).replace(/\n/g, '\r\n')}`;
    await p.write(DOC, crlf);
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    const written = await p.read(DOC);
    const id = /<!-- id: (p-[a-z2-9]{8}) -->\r\nNew paragraph\./.exec(written)?.[1] ?? '';
    expect(id).not.toBe('');
    expect(written).toBe(crlf.replace('New paragraph.', `<!-- id: ${id} -->\r\nNew paragraph.`));
  });
});

describe('a damaged locale file', () => {
  it.each([
    [
      'git merge conflict markers',
      '{\n<<<<<<< HEAD\n  "one": "Første afsnit.",\n=======\n  "one": "Første afsnit (rettet).",\n>>>>>>> branch\n  "two": "Andet afsnit.",\n  "three": "Tredje afsnit."\n}\n',
      'locales/da/doc.json:2:1',
      'git merge conflict',
    ],
    [
      'a trailing comma',
      '{\n  "one": "Første afsnit.",\n  "two": "Andet afsnit.",\n  "three": "Tredje afsnit.",\n}\n',
      'locales/da/doc.json:4:28',
      'trailing comma',
    ],
    [
      'a misspelt key',
      '{\n  "one": "Første afsnit.",\n  "tow": "Andet afsnit.",\n  "three": "Tredje afsnit."\n}\n',
      'locales/da/doc.json:3:3',
      'did you mean "two"?',
    ],
    [
      'a nested object for a paragraph',
      '{\n  "one": "Første afsnit.",\n  "two": { "text": "Andet afsnit." },\n  "three": "Tredje afsnit."\n}\n',
      'locales/da/doc.json:3:12',
      '"two" is a single text in the English',
    ],
  ])('%s: an error at %s naming it, nothing written', async (_what, text, where, why) => {
    const p = await setUp();
    await p.write('locales/da/doc.json', text);
    const err = await refused(p);
    expect(err).toContain(where);
    expect(err).toContain(why);
  });

  it('conflict markers in the sync state: said to be a conflict, with how to resolve a state file', async () => {
    const p = await setUp();
    const state = await p.read('locales/.sync/da/doc.json');
    await p.write(
      'locales/.sync/da/doc.json',
      state.replace('  "entries": {', '<<<<<<< HEAD\n  "entries": {').replace('  "obsolete"', '=======\n>>>>>>> other\n  "obsolete"'),
    );
    const err = await refused(p);
    expect(err).toMatch(/locales\/\.sync\/da\/doc\.json:3:1 {2}git merge conflict: .*written by `npm run extract`/);
  });

  it('a byte-order mark is accepted: the file reads as without it', async () => {
    const p = await setUp();
    await p.write('locales/da/doc.json', `\ufeff${JSON.stringify(DA, null, 2)}\n`);
    const result = await runCommand(status, p.dir, ['--json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as Record<string, Record<string, string>>)['da']?.['doc:one']).toBe('translated');
  });

  it('a value of only invisible characters counts as untranslated, with a warning at its line', async () => {
    const p = await setUp();
    await p.write('locales/da/doc.json', `${JSON.stringify({ ...DA, two: '\u200b\u00ad' }, null, 2)}\n`);
    const result = await runCommand(extract, p.dir);
    expect(result.code).toBe(0);
    expect(result.err).toContain('locales/da/doc.json:3:10');
    expect(result.err).toContain('U+200B U+00AD');
    expect(await p.json('locales/da/doc.json')).toEqual({ ...DA, two: '' });
    const json = JSON.parse((await runCommand(status, p.dir, ['--json'])).out) as Record<string, Record<string, string>>;
    expect(json['da']?.['doc:two']).toBe('untranslated');
  });
});
