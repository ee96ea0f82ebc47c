import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/sync/document.ts';
import { planExtraction, type ProjectSnapshot } from '../../src/sync/extraction.ts';
import { parseLocaleFile } from '../../src/sync/locale-file.ts';
import { parseState } from '../../src/sync/state-file.ts';

const DOC = 'src/documents/doc.md';
const TARGET = 'locales/da/doc.json';
const STATE = 'locales/.sync/da/doc.json';

type Edit =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'move'; readonly from: number; readonly to: number }
  | { readonly kind: 'edit'; readonly at: number; readonly text: string }
  | { readonly kind: 'translate'; readonly at: number }
  | { readonly kind: 'retranslate-all' };

const word = fc.constantFrom('defence', 'Nordic', 'cooperation', 'NATO', 'Ministers', 'welcomed', 'corridors', 'Oslo');
const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => `${w.join(' ')}.`);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(20), text: sentence }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(20) }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(20), to: fc.nat(20) }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(20), text: sentence }),
  fc.record({ kind: fc.constant('translate' as const), at: fc.nat(20) }),
  fc.constant({ kind: 'retranslate-all' as const }),
);

interface Block {
  readonly id: string | undefined;
  readonly text: string;
}

function readBlocks(text: string): { blocks: Block[]; nextId: string } {
  const parsed = parseDocument(DOC, text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return { blocks: parsed.document.blocks.map((b) => ({ id: b.id, text: b.text })), nextId: parsed.document.meta.get('next-id') ?? '1' };
}

function writeBlocks(blocks: readonly Block[], nextId: string): string {
  const body = blocks.map((b) => (b.id ? `<!-- id: ${b.id} -->\n${b.text}` : b.text)).join('\n\n');
  return `---\nnamespace: doc\nnext-id: ${nextId}\n---\n\n${body}\n`;
}

function extractInMemory(files: Map<string, string>): void {
  const snapshot: ProjectSnapshot = {
    sourceLanguage: 'en',
    targetLanguages: ['da'],
    documents: [{ file: DOC, text: files.get(DOC) ?? '' }],
    code: [],
    locales: new Map([...files].filter(([path]) => path.startsWith('locales/'))),
  };
  const plan = planExtraction(snapshot);
  expect(plan.fatal).toEqual([]);
  for (const [path, content] of plan.writes) {
    if (content === null) files.delete(path);
    else files.set(path, content);
  }
}

function catalogOf(files: Map<string, string>): Map<string, string> {
  const parsed = parseLocaleFile(TARGET, files.get(TARGET) ?? '{}');
  if (!parsed.ok) throw new Error('unreadable target');
  return parsed.catalog;
}

describe('sync under random edits to the English', () => {
  it('never loses a translation and never attaches one to another paragraph', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const files = new Map([[DOC, writeBlocks([{ id: 'a', text: 'First.' }, { id: 'b', text: 'Second.' }, { id: 'c', text: 'Third.' }], '1')]]);
        extractInMemory(files);
        /** The latest translation written for each id: it must survive, under that id. */
        const written = new Map<string, string>();
        let version = 0;
        for (const e of edits) {
          const { blocks, nextId } = readBlocks(files.get(DOC) ?? '');
          const at = (n: number): number => (blocks.length === 0 ? 0 : n % blocks.length);
          if (e.kind === 'insert') blocks.splice(e.at % (blocks.length + 1), 0, { id: undefined, text: e.text });
          if (e.kind === 'delete' && blocks.length > 1) blocks.splice(at(e.at), 1);
          if (e.kind === 'move' && blocks.length > 1) {
            const [moved] = blocks.splice(at(e.from), 1);
            if (moved) blocks.splice(e.to % (blocks.length + 1), 0, moved);
          }
          if (e.kind === 'edit' && blocks.length > 0) {
            const i = at(e.at);
            blocks[i] = { id: blocks[i]?.id, text: e.text };
          }
          files.set(DOC, writeBlocks(blocks, nextId));
          if (e.kind === 'translate' || e.kind === 'retranslate-all') {
            const target = catalogOf(files);
            const ids = e.kind === 'translate' ? [[...target.keys()][at(e.at)]] : [...target.keys()];
            for (const id of ids) {
              if (id === undefined) continue;
              const translation = `da:${id}:${++version}`;
              target.set(id, translation);
              written.set(id, translation);
            }
            files.set(TARGET, `${JSON.stringify(Object.fromEntries(target), null, 2)}\n`);
          }
          extractInMemory(files);

          const target = catalogOf(files);
          const stateParse = parseState(STATE, files.get(STATE) ?? '');
          if (!stateParse.ok) throw new Error('unreadable state');
          for (const [id, value] of target) if (value) expect(value.startsWith(`da:${id}:`)).toBe(true);
          for (const [id, entry] of stateParse.state.obsolete) expect(entry.translation.startsWith(`da:${id}:`)).toBe(true);
          for (const [id, translation] of written) {
            const kept = target.get(id) === translation || stateParse.state.obsolete.get(id)?.translation === translation;
            expect(kept, `translation of ${id} lost`).toBe(true);
          }
          const english = readBlocks(files.get(DOC) ?? '').blocks;
          expect(english.every((b) => b.id !== undefined)).toBe(true);
          expect([...target.keys()]).toEqual(english.map((b) => b.id));
        }
      }),
      { numRuns: 150 },
    );
  });
});
