import type TS from 'typescript';
import { forbiddenCharacters, listCharacters } from '../common/characters.ts';
import type { Problem } from '../common/problems.ts';
import { isNamespace } from '../common/paths.ts';

/** One interface string found in the code, with its English default. */
export interface CodeString {
  readonly namespace: string;
  readonly key: string;
  readonly english: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

const DEFAULT_NAMESPACE = 'ui';

/** The TypeScript compiler, passed in: the Node side loads it (src/node/typescript.ts), the core only parses with it. */
export type TypeScriptApi = typeof TS;

/** What one source file holds: its interface strings, and the calls that are not usable as such. */
export interface CodeScan {
  readonly strings: readonly CodeString[];
  readonly problems: readonly Problem[];
}

function literal(ts: TypeScriptApi, node: TS.Node | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  if (node && ts.isJsxExpression(node)) return literal(ts, node.expression);
  return undefined;
}

function property(ts: TypeScriptApi, object: TS.ObjectLiteralExpression, name: string): TS.Expression | undefined {
  for (const p of object.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name) return p.initializer;
  }
  return undefined;
}

function isTranslateCall(ts: TypeScriptApi, node: TS.CallExpression): boolean {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
}

/**
 * Find the interface strings in one source file with the TypeScript parser:
 * `t('key', { defaultValue: 'English' })`, `t('key', 'English')` and
 * `<Trans i18nKey="key" defaults="English <tag>…</tag>" />`. Calls with a computed key
 * (the document paragraphs) are not interface strings and are passed over.
 */
export function scanSource(ts: TypeScriptApi, file: string, text: string): { strings: CodeString[]; problems: Problem[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const strings: CodeString[] = [];
  const problems: Problem[] = [];
  const found = (node: TS.Node, rawKey: string, english: string | undefined, ns: string | undefined): void => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    const read = codeString({ rawKey, english, ns, where: { file, line: line + 1, column: character + 1 } });
    if ('severity' in read) problems.push(read);
    else strings.push(read);
  };
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node) && isTranslateCall(ts, node)) {
      const key = literal(ts, node.arguments[0]);
      const options = node.arguments[1];
      if (key !== undefined) {
        if (options && ts.isObjectLiteralExpression(options))
          found(node, key, literal(ts, property(ts, options, 'defaultValue')), literal(ts, property(ts, options, 'ns')));
        else found(node, key, literal(ts, options), undefined);
      }
    }
    if ((ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) && node.tagName.getText(source) === 'Trans') {
      const attribute = (name: string): string | undefined => {
        for (const a of node.attributes.properties)
          if (ts.isJsxAttribute(a) && a.name.getText(source) === name) return literal(ts, a.initializer);
        return undefined;
      };
      const key = attribute('i18nKey');
      if (key !== undefined) found(node, key, attribute('defaults'), attribute('ns'));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { strings, problems };
}

/** One call's key and English as an interface string, or why it cannot be one. */
function codeString(call: {
  readonly rawKey: string;
  readonly english: string | undefined;
  readonly ns: string | undefined;
  readonly where: { readonly file: string; readonly line: number; readonly column: number };
}): CodeString | Problem {
  const { rawKey, english, where } = call;
  const colon = rawKey.indexOf(':');
  const namespace = colon > 0 ? rawKey.slice(0, colon) : (call.ns ?? DEFAULT_NAMESPACE);
  const key = colon > 0 ? rawKey.slice(colon + 1) : rawKey;
  const refuse = (code: string, message: string): Problem => ({ severity: 'error', code, message, ...where, key });
  if (!isNamespace(namespace))
    return refuse('namespace', `"${namespace}" is not a namespace name: use letters, digits, hyphens and underscores`);
  if (english === undefined) return refuse('no-default', `"${rawKey}" has no English default: write t('${rawKey}', { defaultValue: '…' })`);
  const forbidden = forbiddenCharacters(english);
  if (forbidden.length > 0)
    return refuse(
      'forbidden-character',
      `the English of "${rawKey}" holds ${listCharacters(forbidden)}, which must never be published: remove it`,
    );
  return { namespace, key, english, ...where };
}

/** Merge the strings of all files into one catalog per namespace, sorted by key; conflicting defaults are errors. */
export function codeCatalogs(strings: readonly CodeString[]): { catalogs: Map<string, Map<string, string>>; problems: Problem[] } {
  const byKey = new Map<string, CodeString>();
  const problems: Problem[] = [];
  for (const s of strings) {
    const id = `${s.namespace}:${s.key}`;
    const earlier = byKey.get(id);
    if (earlier && earlier.english !== s.english) {
      problems.push({
        severity: 'error',
        code: 'conflicting-default',
        message: `"${id}" has a different English default at ${earlier.file}:${earlier.line}:${earlier.column}`,
        file: s.file,
        line: s.line,
        column: s.column,
        key: s.key,
      });
    } else if (!earlier) byKey.set(id, s);
  }
  const catalogs = new Map<string, Map<string, string>>();
  for (const s of [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const catalog = catalogs.get(s.namespace) ?? new Map<string, string>();
    catalog.set(s.key, s.english);
    catalogs.set(s.namespace, catalog);
  }
  return { catalogs, problems };
}
