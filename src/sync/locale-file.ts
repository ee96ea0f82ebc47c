import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { KEY_SEPARATOR } from './catalog.ts';
import { lineColumn, type Problem } from './problems.ts';

/** Keys that would reach an object's prototype in code that indexes plain objects. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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

export type LocaleParse =
  | { readonly ok: true; readonly catalog: Map<string, string> }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Read a locale file (i18next JSON v4: nested objects of strings) strictly,
 * reporting every problem with the file's line and column so a translator can jump to it.
 */
export function parseLocaleFile(file: string, text: string): LocaleParse {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems: Problem[] = [];
  const at = (offset: number, code: string, message: string, key?: string): void => {
    problems.push({ severity: 'error', code, message, file, ...lineColumn(text, offset), ...(key === undefined ? {} : { key }) });
  };
  for (const error of errors) {
    const name = printParseErrorCode(error.error);
    at(error.offset, 'json-syntax', `invalid JSON: ${ERROR_TEXT[name] ?? name}`);
  }
  if (problems.length > 0 || !root) {
    if (problems.length === 0) at(0, 'json-syntax', 'invalid JSON: the file is empty');
    return { ok: false, problems };
  }
  if (root.type !== 'object') {
    at(root.offset, 'shape', 'a locale file must be a JSON object of keys and strings');
    return { ok: false, problems };
  }
  const catalog = new Map<string, string>();
  const walk = (node: Node, prefix: string): void => {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode) continue;
      const key = String(keyNode.value);
      const path = prefix ? `${prefix}${KEY_SEPARATOR}${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        at(keyNode.offset, 'forbidden-key', `the key "${key}" is not allowed`, path);
        continue;
      }
      if (key === '' || key.includes(KEY_SEPARATOR)) {
        at(keyNode.offset, 'shape', `the key "${key}" must be non-empty and contain no "${KEY_SEPARATOR}": nest objects instead`, path);
        continue;
      }
      if (seen.has(key)) {
        at(keyNode.offset, 'duplicate-key', `the key "${path}" appears twice; JSON readers would silently keep only the last`, path);
        continue;
      }
      seen.add(key);
      if (valueNode.type === 'string') catalog.set(path, String(valueNode.value));
      else if (valueNode.type === 'object') walk(valueNode, path);
      else at(valueNode.offset, 'shape', `the value of "${path}" must be a string (or an object of strings), not ${valueNode.type}`, path);
    }
  };
  walk(root, '');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog };
}
