import { parseDocument, type Block, type SourceDocument } from './document.ts';
import { withoutBom } from '../locale/json-text.ts';
import { success, type Result } from '../common/result.ts';

/**
 * New ids for blocks pasted without one. A shared counter hands the same id to two branches that
 * each add a paragraph, so a new id is random instead: 40 bits, drawn from letters and digits that
 * cannot be misread (no l/1, o/0), which two branches will in practice never both draw. Ids already
 * in a document (hand-picked slugs, or p1, p2 from the old `next-id` counter) never change.
 */
export type IdSource = () => string;

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export const randomId: IdSource = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `p-${[...bytes].map((b) => ALPHABET[b % ALPHABET.length] ?? 'a').join('')}`;
};

/** The line ending the block's own line uses, so a CRLF document stays CRLF. */
function lineEnding(text: string, block: Block): string {
  const end = text.indexOf('\n', block.lineOffset);
  return end > 0 && text[end - 1] === '\r' ? '\r\n' : end < 0 && text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Give every block without an id a fresh one, by writing a marker line above it and touching
 * nothing else (line endings and a byte-order mark stay as they were). Returns the new Markdown.
 */
export interface Assigned {
  readonly text: string;
  readonly document: SourceDocument;
}

export function assignIds(raw: string, document: SourceDocument, newId: IdSource = randomId): Result<Assigned> {
  if (document.blocks.every((b) => b.id !== undefined)) return success({ text: raw, document });
  const bom = raw.length - withoutBom(raw).length;
  const text = raw.slice(bom);
  const taken = new Set(document.blocks.flatMap((b) => (b.id ? [b.id] : [])));
  const fresh = (): string => {
    for (;;) {
      const id = newId();
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
  };
  let out = '';
  let copied = 0;
  const blocks = document.blocks.map((block) => {
    if (block.id !== undefined) return block;
    const id = fresh();
    out += `${text.slice(copied, block.lineOffset)}<!-- id: ${id} -->${lineEnding(text, block)}`;
    copied = block.lineOffset;
    return { ...block, id };
  });
  const result = raw.slice(0, bom) + out + text.slice(copied);
  // The rewritten document must read back as the same blocks with these ids, or nothing is written.
  const check = parseDocument(document.file, result);
  const same =
    check.ok &&
    check.value.blocks.length === blocks.length &&
    check.value.blocks.every((b, i) => b.id === blocks[i]?.id && b.text === blocks[i]?.text);
  if (!check.ok || !same) {
    const message =
      'giving the new paragraphs ids would change how the document reads (a block next to them is unusual): add the markers by hand';
    return { ok: false, problems: [{ severity: 'error', code: 'assign-ids', message, file: document.file, line: 1, column: 1 }] };
  }
  return success({ text: result, document: check.value });
}
