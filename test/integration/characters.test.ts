import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { status } from '../../src/commands/status.ts';
import { saveTranslations } from '../../src/node/save-translations.ts';
import { documentText, runCommand, tempProject, type TempProject, expectRefused } from '../support/project.ts';
import { EXIT } from '../../src/commands/shared/io.ts';

/**
 * Characters that must never be published or written back: bytes that are not UTF-8 (a Windows-1252
 * editor), NUL and other controls, lone surrogates, bidi embedding/override/isolate controls.
 */
const ENGLISH: readonly (readonly [string, string])[] = [
  ['one', 'First.'],
  ['two', 'Second.'],
];

/** A project with Danish extracted and current for both paragraphs. */
async function setUp(): Promise<TempProject> {
  const p = await tempProject({ 'src/documents/doc.md': documentText(ENGLISH) });
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  await p.write('locales/da/doc.json', '{\n  "one": "Første.",\n  "two": "Anden."\n}\n');
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  return p;
}

const danish = async (p: TempProject): Promise<Record<string, string>> => {
  const result = await runCommand(status, p.dir, ['--json', '--lang', 'da']);
  return (JSON.parse(result.out) as Record<string, Record<string, string>>)['da'] ?? {};
};

describe('files that are not UTF-8', () => {
  it.each([
    ['a locale file', 'locales/da/doc.json', '{\n  "one": "F\xf8rste.",\n  "two": "Anden."\n}\n', '2:12'],
    ['a sync state', 'locales/.sync/da/doc.json', '{\n  "$comment": "\xe6",\n  "entries": {},\n  "obsolete": {}\n}\n', '2:16'],
    ['the glossary', 'locales/glossary.json', '{ "terms": [ { "en": ["defence"], "da": ["forsvar"], "note": "\xc6" } ] }\n', '1:63'],
    ['the document', 'src/documents/doc.md', documentText([['one', 'Fi\x92rst.']]), '8:3'],
  ])('%s in Windows-1252: every command stops at its line and column, and nothing is written', async (_kind, path, latin1, at) => {
    const p = await setUp();
    await writeFile(join(p.dir, path), Buffer.from(latin1, 'latin1'));
    const before = await p.snapshot();
    for (const command of [extract, status, poExport]) {
      const result = await runCommand(command, p.dir);
      expect(result.code, result.err).toBe(2);
      expect(result.err).toContain(`${path}:${at}`);
      expect(result.err).toMatch(/not valid UTF-8: the byte 0x[0-9A-F]{2} here begins no UTF-8 character/);
    }
    expect(await p.snapshot()).toEqual(before);
    // Not read as U+FFFD and written back for good: the bytes are still the translator's.
    expect(await readFile(join(p.dir, path))).toEqual(Buffer.from(latin1, 'latin1'));
  });

  it('a file cut off in the middle of a character is reported as truncated there, not as another encoding', async () => {
    const p = await setUp();
    const whole = Buffer.from('{\n  "one": "Første.",\n  "two": "Anden."\n}\n', 'utf8');
    const cut = whole.subarray(0, whole.indexOf(Buffer.from('ø', 'utf8')) + 1);
    await writeFile(join(p.dir, 'locales/da/doc.json'), cut);
    const result = await runCommand(status, p.dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('locales/da/doc.json:2:12');
    expect(result.err).toContain('the file ends in the middle of a character here, so it was cut off (truncated)');
    expect(result.err).not.toContain('Windows-1252');
  });

  it('a save from the browser is refused as broken, and writes nothing', async () => {
    const p = await setUp();
    await writeFile(join(p.dir, 'locales/da/doc.json'), Buffer.from('{\n  "one": "F\xf8rste.",\n  "two": "Anden."\n}\n', 'latin1'));
    const before = await p.snapshot();
    const outcome = await saveTranslations(p.dir, {
      language: 'da',
      namespace: 'doc',
      origin: 'editor',
      edits: [{ key: 'two', translation: 'Anden!', from: 'Second.' }],
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.reason).toBe('broken');
      expect(outcome.message).toContain('locales/da/doc.json:2:12');
    }
    expect(await p.snapshot()).toEqual(before);
    expect(await readFile(join(p.dir, 'locales/da/doc.json'))).toEqual(
      Buffer.from('{\n  "one": "F\xf8rste.",\n  "two": "Anden."\n}\n', 'latin1'),
    );
  });
});

describe('characters no translation may hold', () => {
  it.each([
    ['NUL as a JSON escape', '"Før\\u0000ste."', 'U+0000 NULL'],
    ['a raw right-to-left override', '"Før\u202este."', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['a first strong isolate', '"Før\\u2068ste.\\u2069"', 'U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE'],
    ['a lone surrogate', '"Før\\ud800ste."', 'U+D800 (a lone surrogate: half of a UTF-16 pair)'],
    ['a C1 control', '"Før\\u0085ste."', 'U+0085 NEXT LINE'],
  ])('%s: an error naming the file, key and character; untranslated, the text kept', async (_kind, value, named) => {
    const p = await setUp();
    const text = `{\n  "one": ${value},\n  "two": "Anden."\n}\n`;
    await p.write('locales/da/doc.json', text);
    const result = await runCommand(extract, p.dir);
    expect(result.code, result.err).toBe(1);
    expect(result.err).toContain(`error:  locales/da/doc.json:2:3  da doc:one  the translation holds ${named}`);
    // Kept, as a visible escape: an editor shows it where it is.
    expect(await p.read('locales/da/doc.json')).toBe(text.replace('\u202e', '\\u202e'));
    expect(await danish(p)).toEqual({ 'doc:one': 'untranslated', 'doc:two': 'translated' });
  });

  it('a save from the browser with U+202E is refused, naming it, and writes nothing', async () => {
    const p = await setUp();
    const before = await p.snapshot();
    const outcome = await saveTranslations(p.dir, {
      language: 'da',
      namespace: 'doc',
      origin: 'editor',
      edits: [{ key: 'two', translation: 'An\u202eden.', from: 'Second.' }],
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.reason).toBe('invalid');
      expect(outcome.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    }
    expect(await p.snapshot()).toEqual(before);
  });

  it('a PO import with U+202E is refused at the entry, and writes nothing', async () => {
    const p = await setUp();
    expect((await runCommand(poExport, p.dir)).code).toBe(0);
    const po = await p.read('po/da.po');
    await p.write('po/da.po', po.replace('msgstr "Anden."', 'msgstr "An\u202eden."'));
    const result = await expectRefused(poImport, p, [], EXIT.failed);
    expect(result.err).toMatch(/po\/da\.po:\d+:1 {2}da doc:two {2}the translation holds U\+202E RIGHT-TO-LEFT OVERRIDE/);
  });

  it('the English may not hold them either: the document and the code are broken input at the character', async () => {
    const p = await setUp();
    await p.write('src/documents/doc.md', documentText([['one', 'Fi\u202erst.']]));
    const result = await runCommand(extract, p.dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('src/documents/doc.md:8:3  the text holds U+202E RIGHT-TO-LEFT OVERRIDE');
    await p.write('src/documents/doc.md', documentText(ENGLISH));
    await p.write(
      'src/app/a.ts',
      "export const a = (t: (k: string, o: object) => string) => t('hello', { defaultValue: 'He\\u0000llo' });\n",
    );
    const code = await runCommand(extract, p.dir);
    expect(code.code).toBe(2);
    expect(code.err).toContain('src/app/a.ts:1:59  hello  the English of "hello" holds U+0000 NULL');
  });
});

describe('the glossary', () => {
  it('names a zero-width character inside a term in a warning, and refuses a control character', async () => {
    const p = await setUp();
    await p.write('locales/glossary.json', '{ "terms": [ { "en": ["defence"], "da": ["for\\u200bsvar"] } ] }\n');
    const warned = await runCommand(extract, p.dir);
    expect(warned.code, warned.err).toBe(0);
    expect(warned.err).toContain(
      'warning:  locales/glossary.json:1:23  term "defence": the da form "for\u200bsvar" holds U+200B ZERO WIDTH SPACE',
    );
    await p.write('locales/glossary.json', '{ "terms": [ { "en": ["defence"], "da": ["for\\u202esvar"] } ] }\n');
    const refused = await runCommand(extract, p.dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('the da form "for⟨U+202E⟩svar" holds U+202E RIGHT-TO-LEFT OVERRIDE');
  });
});
