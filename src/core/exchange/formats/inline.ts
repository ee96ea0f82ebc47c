/**
 * The codes inside a text that translation tools must protect: `{{placeholders}}` and the `<tags>` of
 * Trans strings. A text becomes a list of pieces; each code gets an id from the English, and a
 * translation's codes take the ids of the same codes in the English, so that an XLIFF tool shows
 * them as tags and the import can put the exact original code back.
 */

export type Piece =
  | { readonly kind: 'text'; readonly text: string }
  /** A standalone code: a placeholder or a self-closing tag. */
  | { readonly kind: 'code'; readonly id: string; readonly code: string; readonly name: string }
  /** A tag pair, with what it encloses. */
  | {
      readonly kind: 'pair';
      readonly id: string;
      readonly open: string;
      readonly close: string;
      readonly name: string;
      readonly children: readonly Piece[];
    };

const CODE = /\{\{[^}]*\}\}|<\/?[A-Za-z][\w-]*[^>]*?\/?>/g;

interface Token {
  readonly code: string;
  readonly type: 'placeholder' | 'open' | 'close' | 'empty';
  readonly name: string;
}

function tokens(text: string): (string | Token)[] {
  const out: (string | Token)[] = [];
  let last = 0;
  for (const match of text.matchAll(CODE)) {
    const code = match[0];
    if (match.index > last) out.push(text.slice(last, match.index));
    if (code.startsWith('{{')) out.push({ code, type: 'placeholder', name: code.slice(2, -2).trim() });
    else {
      const name = /^<\/?([A-Za-z][\w-]*)/.exec(code)?.[1] ?? '';
      out.push({ code, type: code.startsWith('</') ? 'close' : code.endsWith('/>') ? 'empty' : 'open', name });
    }
    last = match.index + code.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Ids for the codes of a text: the English numbers its own; a translation reuses the English ids of the same codes. */
class Ids {
  private next = 1;
  private readonly free = new Map<string, string[]>();

  constructor(english?: readonly Piece[]) {
    const walk = (pieces: readonly Piece[]): void => {
      for (const piece of pieces) {
        if (piece.kind === 'text') continue;
        const signature = piece.kind === 'code' ? piece.code : `${piece.open}${piece.close}`;
        this.free.set(signature, [...(this.free.get(signature) ?? []), piece.id]);
        this.next = Math.max(this.next, Number(piece.id) + 1);
        if (piece.kind === 'pair') walk(piece.children);
      }
    };
    if (english) walk(english);
  }

  take(signature: string): string {
    const list = this.free.get(signature);
    const id = list?.shift();
    return id ?? String(this.next++);
  }
}

/** The pieces of a text. Unmatched open or close tags stay standalone codes; `english` gives the ids to reuse. */
export function toPieces(text: string, english?: readonly Piece[]): Piece[] {
  const ids = new Ids(english);
  const list = tokens(text);
  // Pair each open tag with its close tag first (a stack over names), so ids follow the English pairs.
  const partner = new Map<number, number>();
  const stack: number[] = [];
  list.forEach((token, index) => {
    if (typeof token === 'string') return;
    if (token.type === 'open') stack.push(index);
    if (token.type === 'close') {
      const at = stack.map((i) => (list[i] as Token).name).lastIndexOf(token.name);
      if (at >= 0) {
        const opener = stack[at] ?? -1;
        stack.length = at;
        partner.set(opener, index);
      }
    }
  });
  const build = (from: number, to: number): Piece[] => {
    const pieces: Piece[] = [];
    for (let index = from; index < to; index++) {
      const token = list[index];
      if (token === undefined) continue;
      if (typeof token === 'string') {
        pieces.push({ kind: 'text', text: token });
        continue;
      }
      const end = partner.get(index);
      const closer = end === undefined ? undefined : list[end];
      if (end !== undefined && closer !== undefined && typeof closer !== 'string') {
        const id = ids.take(`${token.code}${closer.code}`);
        pieces.push({ kind: 'pair', id, open: token.code, close: closer.code, name: token.name, children: build(index + 1, end) });
        index = end;
        continue;
      }
      pieces.push({ kind: 'code', id: ids.take(token.code), code: token.code, name: token.name });
    }
    return pieces;
  };
  return build(0, list.length);
}

/** The text back from its pieces. */
export function fromPieces(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => (p.kind === 'text' ? p.text : p.kind === 'code' ? p.code : `${p.open}${fromPieces(p.children)}${p.close}`))
    .join('');
}
