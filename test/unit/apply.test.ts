import { describe, expect, it } from 'vitest';
import { applyTranslations, type ApplyInput } from '../../src/core/sync/apply.ts';
import { formatCatalog } from '../../src/core/common/catalog.ts';
import { catalog, state } from '../support/factories.ts';

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
    same: new Set(),
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

  it('warns of a copy of the English, unless the glossary lists the key as rightly the same', () => {
    const edits = [{ key: 'three', translation: 'Third.', from: 'Third.' }];
    const copied = applyTranslations(applyInput({ edits }));
    expect(copied.ok && copied.warnings.map((w) => w.code)).toEqual(['identical']);
    const same = applyTranslations(applyInput({ edits, same: new Set(['da:doc:three']) }));
    expect(same.ok && same.warnings).toEqual([]);
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
