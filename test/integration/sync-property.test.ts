import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/document/document.ts';
import { planExtraction, type ProjectSnapshot } from '../../src/core/sync/extraction.ts';
import { parseLocaleFile } from '../../src/core/locale/locale-file.ts';
import { parseState } from '../../src/core/state/state-file.ts';

const DOC = 'src/documents/doc.md';
const TARGET = 'locales/da/doc.json';
const STATE = 'locales/.sync/da/doc.json';

type Edit =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'move'; readonly from: number; readonly to: number }
  | { readonly kind: 'edit'; readonly at: number; readonly text: string }
  | { readonly kind: 'translate'; readonly at: number }
  | { readonly kind: 'retranslate-all' }
  | { readonly kind: 'damage'; readonly at: number; readonly damage: Damage };

/** What a hand or a merge does to the Markdown that must be refused, never read as something else. */
type Damage = 'ID:' | 'id :' | 'notes' | 'unterminated' | 'inline' | 'unclosed-front-matter' | 'bad-date' | 'duplicate';

const word = fc.constantFrom('defence', 'Nordic', 'cooperation', 'NATO', 'Ministers', 'welcomed', 'corridors', 'Oslo');
const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => `${w.join(' ')}.`);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(20), text: sentence }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(20) }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(20), to: fc.nat(20) }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(20), text: sentence }),
  fc.record({ kind: fc.constant('translate' as const), at: fc.nat(20) }),
  fc.constant({ kind: 'retranslate-all' as const }),
  fc.record({
    kind: fc.constant('damage' as const),
    at: fc.nat(20),
    damage: fc.constantFrom<Damage>('ID:', 'id :', 'notes', 'unterminated', 'inline', 'unclosed-front-matter', 'bad-date', 'duplicate'),
  }),
);

/** The document with one kind of damage at block `at` (of a document that has blocks, all with ids). */
function damaged(text: string, blocks: readonly Block[], at: number, damage: Damage): string {
  const block = blocks[at % blocks.length];
  const other = blocks[(at + 1) % blocks.length];
  if (!block?.id || !other?.id) return text;
  const marker = `<!-- id: ${block.id} -->`;
  switch (damage) {
    case 'ID:':
      return text.replace(marker, `<!-- ID: ${block.id} -->`);
    case 'id :':
      return text.replace(marker, `<!-- id : ${block.id} -->`);
    case 'notes':
      return text.replace(marker, `<!-- id: ${block.id} (checked) -->`);
    case 'unterminated':
      return text.replace(marker, `<!-- id: ${block.id} --`);
    case 'inline':
      return text.replace(`${marker}\n${block.text}`, `${block.text} ${marker}`);
    case 'unclosed-front-matter':
      return text.replace('\n---\n', '\n\n');
    case 'bad-date':
      return text.replace('namespace: doc', 'namespace: doc\ndate: 2024-13-45');
    case 'duplicate':
      return blocks.length > 1 ? text.replace(`<!-- id: ${other.id} -->`, marker) : text.replace(marker, `<!-- id : ${block.id} -->`);
  }
}

interface Block {
  readonly id: string | undefined;
  readonly text: string;
}

function readBlocks(text: string): { blocks: Block[]; nextId: string } {
  const parsed = parseDocument(DOC, text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return { blocks: parsed.value.blocks.map((b) => ({ id: b.id, text: b.text })), nextId: parsed.value.meta.get('next-id') ?? '1' };
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

function catalogOf(files: Map<string, string>): ReadonlyMap<string, string> {
  const parsed = parseLocaleFile(TARGET, files.get(TARGET) ?? '{}');
  if (!parsed.ok) throw new Error('unreadable target');
  return parsed.value.catalog;
}

/** One edit of the English's paragraphs (insert, delete, move, edit), in place; the other kinds leave them as they are. */
function editBlocks(blocks: Block[], e: Edit, at: (n: number) => number): void {
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
}

/** A damaged English is refused, located, and nothing is planned for writing. */
function expectRefused(files: Map<string, string>, text: string, damage: Damage): void {
  const locales = new Map([...files].filter(([path]) => path.startsWith('locales/')));
  const plan = planExtraction({ sourceLanguage: 'en', targetLanguages: ['da'], documents: [{ file: DOC, text }], code: [], locales });
  expect(plan.fatal.length, `${damage} accepted:\n${text}`).toBeGreaterThan(0);
  for (const problem of plan.fatal) expect([problem.file, typeof problem.line, typeof problem.column]).toEqual([DOC, 'number', 'number']);
}

/** The files, and the latest translation written for each id: it must survive, under that id. */
interface History {
  readonly files: Map<string, string>;
  readonly written: Map<string, string>;
  version: number;
}

/** Every translation written is kept, under its own id (in the file or among the obsolete), and the ids follow the English. */
function expectNothingLost({ files, written }: History): void {
  const target = catalogOf(files);
  const stateParse = parseState(STATE, files.get(STATE) ?? '');
  if (!stateParse.ok) throw new Error('unreadable state');
  for (const [id, value] of target) if (value) expect(value.startsWith(`da:${id}:`)).toBe(true);
  for (const [id, entry] of stateParse.value.obsolete) expect(entry.translation.startsWith(`da:${id}:`)).toBe(true);
  for (const [id, translation] of written) {
    const kept = target.get(id) === translation || stateParse.value.obsolete.get(id)?.translation === translation;
    expect(kept, `translation of ${id} lost`).toBe(true);
  }
  const english = readBlocks(files.get(DOC) ?? '').blocks;
  expect(english.every((b) => b.id !== undefined)).toBe(true);
  expect([...target.keys()]).toEqual(english.map((b) => b.id));
}

/** One edit, the extraction after it, and the checks. */
function step(history: History, e: Edit): void {
  const { files, written } = history;
  const { blocks, nextId } = readBlocks(files.get(DOC) ?? '');
  const at = (n: number): number => (blocks.length === 0 ? 0 : n % blocks.length);
  // Refused, and the next edit starts from the undamaged files.
  if (e.kind === 'damage') return expectRefused(files, damaged(writeBlocks(blocks, nextId), blocks, e.at, e.damage), e.damage);
  editBlocks(blocks, e, at);
  files.set(DOC, writeBlocks(blocks, nextId));
  if (e.kind === 'translate' || e.kind === 'retranslate-all') {
    const target = new Map(catalogOf(files));
    const ids = e.kind === 'translate' ? [[...target.keys()][at(e.at)]] : [...target.keys()];
    for (const id of ids) {
      if (id === undefined) continue;
      const translation = `da:${id}:${++history.version}`;
      target.set(id, translation);
      written.set(id, translation);
    }
    files.set(TARGET, `${JSON.stringify(Object.fromEntries(target), null, 2)}\n`);
  }
  extractInMemory(files);
  expectNothingLost(history);
}

describe('sync under random edits to the English', () => {
  it('never loses a translation and never attaches one to another paragraph', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const first = [
          { id: 'a', text: 'First.' },
          { id: 'b', text: 'Second.' },
          { id: 'c', text: 'Third.' },
        ];
        const history: History = { files: new Map([[DOC, writeBlocks(first, '1')]]), written: new Map(), version: 0 };
        extractInMemory(history.files);
        for (const e of edits) step(history, e);
      }),
      { numRuns: 150 },
    );
  });

  it('ids given on two branches never collide: the merged document reads with every id once', () => {
    const base: Block[] = [
      { id: 'a', text: 'First.' },
      { id: 'b', text: 'Second.' },
    ];
    const insertion = fc.array(fc.tuple(fc.nat(3), sentence), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(insertion, insertion, (left, right) => {
        /** One branch: paste paragraphs after base block positions, extract (ids given), read back. */
        const branch = (pastes: readonly (readonly [number, string])[]): Block[][] => {
          const slots: Block[][] = base.map(() => []);
          for (const [slot, text] of pastes) slots[slot % base.length]?.push({ id: undefined, text });
          const files = new Map([
            [
              DOC,
              writeBlocks(
                base.flatMap((b, i) => [b, ...(slots[i] ?? [])]),
                '1',
              ),
            ],
          ]);
          extractInMemory(files);
          const blocks = readBlocks(files.get(DOC) ?? '').blocks;
          let cursor = 0;
          return base.map((b) => {
            const start = blocks.findIndex((x) => x.id === b.id);
            cursor = start + 1;
            const out: Block[] = [];
            while (cursor < blocks.length && !base.some((x) => x.id === blocks[cursor]?.id)) out.push(blocks[cursor++] as Block);
            return out;
          });
        };
        const [mine, theirs] = [branch(left), branch(right)];
        // git's merge of the two: each base paragraph followed by both branches' additions.
        const merged = base.flatMap((b, i) => [b, ...(mine[i] ?? []), ...(theirs[i] ?? [])]);
        const parsed = parseDocument(DOC, writeBlocks(merged, '1'));
        expect(parsed.ok, parsed.ok ? '' : parsed.problems.map((p) => p.message).join('; ')).toBe(true);
        const ids = merged.map((b) => b.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 60 },
    );
  });
});
