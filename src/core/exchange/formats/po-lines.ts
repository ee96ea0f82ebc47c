/**
 * Where each PO entry starts. gettext-parser keeps no positions, so this reads the text again, line by
 * line, for messages that name the line: live entries, and `#~` (obsolete) entries apart.
 */

/** The inverse of a PO string literal for one `"…"`; unknown escapes keep their character, as gettext-parser does. */
function unquote(literal: string): string {
  const body = literal.trim().replace(/^"/, '').replace(/"$/, '');
  return body.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c));
}

/** A C string literal as PO files write them. */
export function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
}

export interface EntryPosition {
  readonly msgctxt: string;
  readonly msgid: string;
  /** 1-based line of the msgctxt, else of the msgid. */
  readonly line: number;
  readonly obsolete: boolean;
}

export function entryPositions(text: string): EntryPosition[] {
  const fields: { keyword: string; value: string; line: number; obsolete: boolean }[] = [];
  let current: { keyword: string; value: string; line: number; obsolete: boolean } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const obsolete = /^\s*#~/.test(raw);
    const line = (obsolete ? raw.replace(/^\s*#~\s?/, '') : raw).trim();
    if (current && current.obsolete === obsolete && line.startsWith('"')) {
      current.value += unquote(line);
      return;
    }
    const match = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*)$/.exec(line);
    current = match?.[1] && match[2] !== undefined ? { keyword: match[1], value: unquote(match[2]), line: index + 1, obsolete } : undefined;
    if (current) fields.push(current);
  });
  const positions: EntryPosition[] = [];
  let context: { value: string; line: number } | undefined;
  for (const field of fields) {
    if (field.keyword === 'msgctxt') context = field;
    else if (field.keyword === 'msgid') {
      positions.push({ msgctxt: context?.value ?? '', msgid: field.value, line: context?.line ?? field.line, obsolete: field.obsolete });
      context = undefined;
    }
  }
  return positions;
}

/**
 * gettext-parser counts a line break before it looks at it, so an error found at the end of a
 * line (a string left open, a stray word) is reported on the next line.
 */
export function syntaxErrorLine(text: string, message: string, reported: number): number {
  if (message.includes('End-of-line within string')) return reported - 1;
  const word = /Invalid key name "([^"]*)"/.exec(message)?.[1];
  if (word === undefined) return reported;
  const lines = text.split(/\r?\n/);
  return !(lines[reported - 1] ?? '').includes(word) && (lines[reported - 2] ?? '').includes(word) ? reported - 1 : reported;
}

/** The English after `#| msgid`, when the entry has one (GNU tools may split it over several `#|` lines). */
export function previousMsgid(previous: string | undefined): string | undefined {
  if (previous === undefined) return undefined;
  const match = /(?:^|\n)msgid\s+("(?:[^"\\]|\\.)*"(?:\s*\n"(?:[^"\\]|\\.)*")*)/.exec(previous);
  if (!match?.[1]) return undefined;
  return match[1].split('\n').map(unquote).join('');
}
