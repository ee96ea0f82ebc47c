import { describe, expect, it } from 'vitest';
import { applyTranslations, type ApplyInput } from '../../src/core/sync/apply.ts';
import { formatCatalog } from '../../src/core/common/catalog.ts';
import { planExtraction } from '../../src/core/sync/extraction.ts';

import { documentText, expectNothingWritten, runCommand, tempProject } from '../support/project.ts';
import { catalog, state } from '../support/factories.ts';
import { fileVersion, saveTranslations } from '../../src/node/save-translations.ts';
import { extract } from '../../src/commands/extract.ts';
import { readSnapshot } from '../../src/node/project-io.ts';
import { status } from '../../src/commands/status.ts';
import { reviewData } from '../../src/core/report/review.ts';

const english = catalog({ one: 'First.', two: 'Second on {{date}}.', three: 'Third.' });

function applyInput(partial: Partial<ApplyInput>): ApplyInput {
  return {
    language: 'da',
    namespace: 'doc',
    file: 'locales/da/doc.json',
    text: formatCatalog(catalog({ one: 'Første.', two: '', three: 'Tredje.' })),
    english,
    state: state({ one: { from: 'First.', translation: 'Første.' }, three: { from: 'Old third.', translation: 'Tredje.' } }),
    glossary: [],
    edits: [],
    ...partial,
  };
}

describe('applyTranslations', () => {
  it('replaces only the edited value and records the English it answers to', () => {
    const result = applyTranslations(applyInput({ edits: [{ key: 'three', translation: 'Den tredje.', from: 'Third.' }] }));
    if (!result.ok) throw new Error('refused');
    expect(result.value.text).toBe('{\n  "one": "Første.",\n  "two": "",\n  "three": "Den tredje."\n}\n');
    expect(result.value.state.entries.get('three')?.from).toBe('Third.');
    expect(result.value.changed).toEqual(['three']);
  });

  it('keeps a hand-formatted file as it is around the edit', () => {
    const text = '{"one": "Første.",\n\n  "two":"",   "three": "Tredje."}\n';
    const result = applyTranslations(applyInput({ text, edits: [{ key: 'one', translation: 'Den første.', from: 'First.' }] }));
    expect(result.ok && result.value.text).toBe('{"one": "Den første.",\n\n  "two":"",   "three": "Tredje."}\n');
  });

  it('inserts a key missing from the file at its place in the English order, and keeps the state in English order', () => {
    const text = '{\n  "one": "Første.",\n  "three": "Tredje."\n}\n';
    const result = applyTranslations(
      applyInput({ text, edits: [{ key: 'two', translation: 'Anden den {{date}}.', from: 'Second on {{date}}.' }] }),
    );
    if (!result.ok) throw new Error('refused');
    expect(result.value.text).toBe('{\n  "one": "Første.",\n  "two": "Anden den {{date}}.",\n  "three": "Tredje."\n}\n');
    expect([...result.value.state.entries.keys()]).toEqual(['one', 'two', 'three']);
  });

  it('refuses the whole batch on a placeholder mismatch, an empty text or an unknown key', () => {
    const result = applyTranslations(
      applyInput({
        edits: [
          { key: 'one', translation: 'Fint.', from: 'First.' },
          { key: 'two', translation: 'Anden den {{dato}}.', from: 'Second on {{date}}.' },
          { key: 'three', translation: '  ', from: 'Third.' },
          { key: 'four', translation: 'Fire.', from: 'Four.' },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.key, p.code])).toEqual([
      ['two', 'placeholder-mismatch'],
      ['three', 'empty'],
      ['four', 'unknown-key'],
    ]);
  });

  it('returns glossary misses as warnings and saves', () => {
    const glossary = [{ en: ['Third'], forms: new Map([['da', ['tredje']]]) }];
    const result = applyTranslations(applyInput({ glossary, edits: [{ key: 'three', translation: 'Nummer tre.', from: 'Third.' }] }));
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['glossary']);
  });

  it('changes nothing when the translation and its English are as recorded', () => {
    const input = applyInput({ edits: [{ key: 'one', translation: 'Første.', from: 'First.' }] });
    const result = applyTranslations(input);
    expect(result.ok && result.value.text).toBe(input.text);
    expect(result.ok && result.value.changed).toEqual([]);
  });

  it('reports a broken file with its line and column (a missing comma: at the end of the entry that lacks it)', () => {
    const result = applyTranslations(
      applyInput({ text: '{\n  "one": "Første."\n  "two": ""\n}\n', edits: [{ key: 'one', translation: 'X.', from: 'First.' }] }),
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.file, p.line, p.column])).toEqual([['locales/da/doc.json', 2, 19]]);
  });
});

describe('saveTranslations on a project', () => {
  async function project() {
    const p = await tempProject({
      'src/documents/doc.md': documentText([
        ['one', 'First.'],
        ['two', 'Second.'],
      ]),
    });
    await runCommand(extract, p.dir, ['--quiet']);
    await p.write('locales/da/doc.json', '{\n  "one": "Første.",\n  "two": "Anden."\n}\n');
    await runCommand(extract, p.dir, ['--quiet']);
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['one', 'First.'],
        ['two', 'The second.'],
      ]),
    );
    await runCommand(extract, p.dir, ['--quiet']);
    return p;
  }

  it('makes a stale translation current, exactly as the extraction will record it', async () => {
    const p = await project();
    const stale = planExtraction(await readSnapshot(p.dir));
    expect(stale.languages.find((l) => l.language === 'da')?.counts.stale).toBe(1);
    const version = fileVersion(await p.read('locales/da/doc.json'));
    const outcome = await saveTranslations(p.dir, {
      language: 'da',
      namespace: 'doc',
      version,
      edits: [{ key: 'two', translation: 'Den anden.', from: 'The second.' }],
      origin: 'editor',
    });
    expect(outcome.ok).toBe(true);
    expect(await p.read('locales/da/doc.json')).toBe('{\n  "one": "Første.",\n  "two": "Den anden."\n}\n');
    const check = await runCommand(extract, p.dir, ['--check']);
    expect(check.code).toBe(0);
    const report = await runCommand(status, p.dir, ['--json', '--lang', 'da']);
    expect(JSON.parse(report.out)).toEqual({ da: { 'doc:one': 'translated', 'doc:two': 'translated' } });
    await p.remove();
  });

  it.each([
    {
      refused: 'a file that changed on disk since it was loaded',
      changedOnDisk: true,
      from: 'The second.',
      says: 'locales/da/doc.json changed on disk',
    },
    {
      refused: 'an editor whose English is not the English of locales/en',
      changedOnDisk: false,
      from: 'Second.',
      says: 'is not the English this page showed',
    },
  ])('refuses $refused, writing nothing', async ({ changedOnDisk, from, says }) => {
    const p = await project();
    const version = fileVersion(await p.read('locales/da/doc.json'));
    if (changedOnDisk) await p.write('locales/da/doc.json', '{\n  "one": "Den første.",\n  "two": "Anden."\n}\n');
    const outcome = await expectNothingWritten(p, () =>
      saveTranslations(p.dir, {
        language: 'da',
        namespace: 'doc',
        version,
        origin: 'editor',
        edits: [{ key: 'two', translation: 'Den anden.', from }],
      }),
    );
    expect(outcome).toMatchObject({ ok: false, reason: 'conflict' });
    expect(outcome.ok ? '' : outcome.message).toContain(says);
    await p.remove();
  });

  it('refuses English and unknown languages', async () => {
    const p = await project();
    for (const [language, namespace] of [
      ['en', 'doc'],
      ['xx', 'doc'],
      ['da', '../en/doc'],
    ] as const) {
      const outcome = await saveTranslations(p.dir, { language, namespace, edits: [], origin: 'editor' });
      expect(outcome, `${language} ${namespace}`).toMatchObject({ ok: false, reason: 'invalid' });
    }
    await p.remove();
  });

  it('records an older English for a PO file, leaving the entry stale', async () => {
    const p = await project();
    const outcome = await saveTranslations(p.dir, {
      language: 'da',
      namespace: 'doc',
      origin: 'po-file',
      edits: [{ key: 'two', translation: 'Den anden.', from: 'Second.' }],
    });
    expect(outcome.ok).toBe(true);
    const report = await runCommand(status, p.dir, ['--json', '--lang', 'da']);
    expect(JSON.parse(report.out)).toEqual({ da: { 'doc:one': 'translated', 'doc:two': 'stale' } });
    await p.remove();
  });
});

describe('reviewData', () => {
  it('waits for the extraction before editing only when the English is behind, not for a hand-edited translation', async () => {
    const p = await tempProject({ 'src/documents/doc.md': documentText([['one', 'First.']]) });
    await runCommand(extract, p.dir, ['--quiet']);
    await p.write('locales/da/doc.json', '{\n  "one": "Første."\n}\n');
    const handEdited = reviewData(planExtraction(await readSnapshot(p.dir)), new Map());
    expect(handEdited).toMatchObject({ upToDate: false, englishUpToDate: true });
    await runCommand(extract, p.dir, ['--quiet']);
    await p.write('src/documents/doc.md', documentText([['one', 'The first.']]));
    const englishBehind = reviewData(planExtraction(await readSnapshot(p.dir)), new Map());
    expect(englishBehind).toMatchObject({ upToDate: false, englishUpToDate: false });
    await runCommand(extract, p.dir, ['--quiet']);
    expect(reviewData(planExtraction(await readSnapshot(p.dir)), new Map())).toMatchObject({ upToDate: true, englishUpToDate: true });
    await p.remove();
  });
});
