import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineColumn, type Problem } from '../common/problems.ts';

/**
 * The one reader of the JSON files people edit or git merges (locale files, sync state, glossary):
 * a syntax tree with offsets, and messages that name the usual damage (a byte-order mark, git
 * conflict markers, a trailing comma) instead of "unexpected character".
 */
export type JsonKind = 'locale' | 'state' | 'glossary';

export type JsonRead =
  { readonly ok: true; readonly root: Node; readonly text: string } | { readonly ok: false; readonly problems: readonly Problem[] };

const BOM = '\ufeff';

const ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a key in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected after the key',
  CommaExpected: 'a comma was expected (is one missing at the end of the previous line?)',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the file should end after the closing }',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string (a missing closing quote?)',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character after \\',
  InvalidCharacter: 'invalid character in a string (a raw line break or tab?)',
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

/** The offset of the comma before `offset` when only white space lies between: a trailing comma. */
function trailingComma(text: string, offset: number): number | undefined {
  const closer = text[offset];
  if (closer !== '}' && closer !== ']') return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return text[i] === ',' ? i : undefined;
}

export function readJson(file: string, raw: string, kind: JsonKind): JsonRead {
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
  const problems = errors.map((error) => {
    const comma = trailingComma(text, error.offset);
    if (comma !== undefined)
      return problem(comma, 'json-syntax', 'invalid JSON: trailing comma after the last entry (JSON allows none): delete this comma');
    const name = printParseErrorCode(error.error);
    return problem(error.offset, 'json-syntax', `invalid JSON: ${ERROR_TEXT[name] ?? name}`);
  });
  // One mistake often trips the parser twice at the same place (a trailing comma: no key, no value).
  const unique = problems.filter((p, i) => problems.findIndex((q) => q.line === p.line && q.column === p.column) === i);
  if (unique.length > 0) return { ok: false, problems: unique };
  if (!root) return { ok: false, problems: [problem(0, 'json-syntax', 'invalid JSON: the file is empty')] };
  return { ok: true, root, text };
}

/** The line and column of a node, for messages. */
export function nodeAt(text: string, node: Node): { line: number; column: number } {
  return lineColumn(text, node.offset);
}
