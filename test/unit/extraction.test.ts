import { describe, expect, it } from 'vitest';
import { planExtraction, type ProjectSnapshot } from '../../src/core/sync/extraction.ts';
import ts from 'typescript';
import { scanSource } from '../../src/core/document/scan-code.ts';
import { documentText } from '../support/project.ts';

function snapshot(targetLanguages: readonly string[], locales: Record<string, string> = {}): ProjectSnapshot {
  return {
    sourceLanguage: 'en',
    targetLanguages,
    documents: [
      {
        file: 'src/documents/doc.md',
        text: documentText([
          ['one', 'First.'],
          ['two', 'Second with {{date}}.'],
        ]),
      },
    ],
    code: [scanSource(ts, 'src/app/x.tsx', "t('print', { defaultValue: 'Print' });")],
    locales: new Map(Object.entries(locales)),
  };
}

describe('planExtraction', () => {
  it('adds a language from the list alone: every namespace, every key untranslated', () => {
    const plan = planExtraction(snapshot(['se']));
    expect(plan.writes.get('locales/se/doc.json')).toBe('{\n  "one": "",\n  "two": ""\n}\n');
    expect(plan.writes.get('locales/se/ui.json')).toBe('{\n  "print": ""\n}\n');
    expect(plan.languages[0]?.counts).toEqual({ translated: 0, stale: 0, untranslated: 3, obsolete: 0 });
  });

  it("keeps a removed document's files and state untouched, loudly, until --prune removes them", () => {
    const locales = {
      'locales/en/old.json': '{\n  "a": "Old text."\n}\n',
      'locales/da/old.json': '{\n  "a": "Gammel tekst."\n}\n',
      'locales/.sync/da/old.json': '{ "entries": { "a": { "from": "Old text.", "seen": "x" } }, "obsolete": {} }',
    };
    const plan = planExtraction(snapshot(['da'], locales));
    for (const path of Object.keys(locales)) expect(plan.writes.has(path), path).toBe(false);
    expect(plan.fatal).toEqual([]);
    expect(plan.warnings.find((w) => w.code === 'namespace-vanished')?.message).toMatch(
      /^NAMESPACE "old" IS DEFINED BY NO DOCUMENT OR CODE ANY MORE.*--prune/,
    );
    expect(plan.languages[0]?.namespaces.find((n) => n.namespace === 'old')?.entries.map((e) => [e.key, e.status])).toEqual([
      ['a', 'obsolete'],
    ]);
    const pruned = planExtraction(snapshot(['da'], locales), { prune: true });
    for (const path of Object.keys(locales)) expect(pruned.writes.get(path), path).toBeNull();
  });

  it('reports every broken input file, located (the CLI then writes nothing)', () => {
    const plan = planExtraction(
      snapshot(['da'], { 'locales/da/doc.json': '{ "one": 1 }', 'locales/glossary.json': '{ "terms": [ { "da": ["x"] } ] }' }),
    );
    expect(plan.fatal.map((p) => [p.file, p.code])).toEqual([
      ['locales/glossary.json', 'glossary-file'],
      ['locales/da/doc.json', 'shape'],
    ]);
  });
});
