import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineColumn, type Problem } from '../common/problems.ts';
import { success, type Result } from '../common/result.ts';

/**
 * The one reader of the JSON files people edit or git merges (locale files, sync state, glossary):
 * a syntax tree with offsets, and messages that name the usual damage (a byte-order mark, git
 * conflict markers, a trailing comma) instead of "unexpected character".
 */
export type JsonKind = 'locale' | 'state' | 'glossary';

/** A JSON file's syntax tree, and its text without a byte-order mark. */
export interface JsonTree {
  readonly root: Node;
  readonly text: string;
}

const BOM = '\ufeff';

const ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a key in double quotes was expected here',
  ValueExpected: 'a value was expected here: a text in double quotes',
  ColonExpected: 'a colon is missing after the key: write "key": "text"',
  CloseBraceExpected: 'a closing } is missing: every { needs one',
  CloseBracketExpected: 'a closing ] is missing: every [ needs one',
  EndOfFileExpected: 'the file goes on after its last closing }: delete what follows it (an extra } or a pasted line?)',
  InvalidCommentToken: 'comments are not allowed in JSON: delete the comment',
  UnexpectedEndOfComment: 'unterminated comment; comments are not allowed in JSON: delete it',
  UnexpectedEndOfString: 'this text has no closing quote: add " at its end, before the end of the line',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape: write \\u and four hexadecimal digits, or the character itself',
  InvalidEscapeCharacter: 'invalid escape after \\: a backslash is written \\\\, a quote \\"',
  InvalidCharacter: 'a text holds a raw line break or tab: keep each text on one line (\\n for a line break)',
};

const RESOLVE: Record<JsonKind, string> = {
  locale:
    'keep the translation you want between the markers, delete the three marker lines (<<<<<<<, =======, >>>>>>>), save, then run `npm run extract`',
  state:
    'this file is written by `npm run extract`: for each conflicting key keep the side that belongs to the translation you kept in the locale file, delete the marker lines, then run `npm run extract`; if unsure, `git checkout --theirs` the file and review the stale entries `npm run status` lists',
  glossary: 'keep the terms you want from both sides, delete the marker lines, then run `npm run extract`',
};

/** A line git leaves in a file it could not merge. */
const CONFLICT_MARKER = /^(<{7}|={7}|>{7}|\|{7})(?:\s|$)/m;

/** The text without a leading byte-order mark, which editors on Windows add and JSON forbids. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** The offset just after the last character before `offset` that is not white space, and that character. */
function before(text: string, offset: number): { readonly end: number; readonly char: string } {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return { end: i + 1, char: text[i] ?? '' };
}

/** The word at `offset`, to quote in a message. */
function wordAt(text: string, offset: number): string {
  return /^[^\s"':,{}[\]]{1,30}/u.exec(text.slice(offset))?.[0] ?? text.slice(offset, offset + 1);
}

/** An unexpected character, read in its place: what was meant, and what to type. */
function invalidSymbol(text: string, offset: number): string {
  const { char } = before(text, offset);
  const word = wordAt(text, offset);
  if (text[offset] === "'") return `JSON takes double quotes: write "…" instead of '…'`;
  if (char === ':') return `this text has no opening quote: add " before ${word}`;
  if (char === '{' || char === ',') return `this key has no opening quote: add " before ${word}`;
  if (char === '"')
    return `the text goes on (${word}) after its closing quote: a quote inside a text is written \\" (or use “ ”), and a key or text needs its own closing quote`;
  return `unexpected character ${JSON.stringify(text[offset] ?? '')}`;
}

/** Where to point and what to say for the parser's first error, in the words of what to do about it. */
function syntaxError(text: string, error: ParseError): { readonly offset: number; readonly message: string } {
  const closer = text[error.offset];
  const previous = before(text, error.offset);
  if ((closer === '}' || closer === ']') && previous.char === ',')
    return { offset: previous.end - 1, message: 'trailing comma after the last entry (JSON allows none): delete this comma' };
  const name = printParseErrorCode(error.error);
  if (name === 'CommaExpected')
    return { offset: previous.end, message: 'a comma is missing here, between two entries: add , at the end of this line' };
  if (name === 'InvalidSymbol') return { offset: error.offset, message: invalidSymbol(text, error.offset) };
  return { offset: error.offset, message: ERROR_TEXT[name] ?? name };
}

export function readJson(file: string, raw: string, kind: JsonKind): Result<JsonTree> {
  const text = withoutBom(raw);
  const problem = (offset: number, code: string, message: string): Problem => ({
    severity: 'error',
    code,
    message,
    file,
    ...lineColumn(text, offset),
  });
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) {
    return {
      ok: false,
      problems: [
        problem(
          conflict.index,
          'merge-conflict',
          `git merge conflict: the file still holds conflict markers (${conflict[1] ?? ''}); to resolve it, ${RESOLVE[kind]}`,
        ),
      ],
    };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // Only the first: after one mistake the parser is lost, and what it says about the rest (a missing opening quote
  // makes every word an "unexpected character") is noise that hides the one line to fix.
  const [first] = errors;
  if (first) {
    const { offset, message } = syntaxError(text, first);
    return { ok: false, problems: [problem(offset, 'json-syntax', `invalid JSON: ${message}`)] };
  }
  if (!root) return { ok: false, problems: [problem(0, 'json-syntax', 'invalid JSON: the file is empty')] };
  return success({ root, text });
}
