import { GLOSSARY_FILE, isNamespace, LOCALES_DIR, STATE_DIR } from '../common/paths.ts';
import type { Problem } from '../common/problems.ts';

/**
 * What the files under locales/ are. The tools only ever write or remove the files they own
 * (a locale file or sync state of a language and namespace they know); anything else, a backup,
 * another tool's side file, is left alone and named in a warning.
 */
export interface LocaleTree {
  /** Namespaces with files on disk that no document or code defines any more (kept until --prune). */
  readonly vanished: readonly string[];
  /** Files that are none of the tools' business. */
  readonly unknown: readonly string[];
}

export interface LocaleTreeInput {
  /** Every file under locales/, relative to the project root. */
  readonly paths: readonly string[];
  readonly sourceLanguage: string;
  readonly targetLanguages: readonly string[];
  /** Namespaces the documents and the code define now. */
  readonly live: ReadonlySet<string>;
}

const FILE = new RegExp(`^${LOCALES_DIR}/([^/]+)/([^/]+)\\.json$`);
const STATE = new RegExp(`^${STATE_DIR}/([^/]+)/([^/]+)\\.json$`);

/** Dot files (.gitkeep, .DS_Store) are nobody's work and no news. */
const isDotFile = (path: string): boolean => (path.split('/').pop() ?? '').startsWith('.');

export function classifyLocaleTree(input: LocaleTreeInput): LocaleTree {
  const languages = new Set([input.sourceLanguage, ...input.targetLanguages]);
  const targets = new Set(input.targetLanguages);
  // A namespace the tools once extracted: its English file, which only --prune removes, says so.
  const extracted = new Set<string>();
  for (const path of input.paths) {
    const english = FILE.exec(path);
    if (english?.[1] === input.sourceLanguage && english[2] && isNamespace(english[2])) extracted.add(english[2]);
  }
  const known = (ns: string): boolean => input.live.has(ns) || extracted.has(ns);
  const unknown: string[] = [];
  for (const path of input.paths) {
    if (path === GLOSSARY_FILE || isDotFile(path)) continue;
    const state = STATE.exec(path);
    if (state) {
      if (!(state[1] && targets.has(state[1]) && state[2] && known(state[2]))) unknown.push(path);
      continue;
    }
    const file = FILE.exec(path);
    if (file?.[1] && languages.has(file[1]) && file[2] && isNamespace(file[2]) && known(file[2])) continue;
    unknown.push(path);
  }
  const vanished = [...extracted].filter((ns) => !input.live.has(ns)).sort();
  return { vanished, unknown };
}

export function treeWarnings(tree: LocaleTree, prune: boolean): Problem[] {
  const warnings: Problem[] = tree.unknown.map((file) => ({
    severity: 'warning',
    code: 'unknown-file',
    message:
      'not a file of the translation tools (no such language, or no document or code defines its namespace): left alone, never changed or removed',
    file,
  }));
  for (const namespace of tree.vanished) {
    warnings.push({
      severity: 'warning',
      code: 'namespace-vanished',
      namespace,
      message: prune
        ? `NAMESPACE "${namespace}" IS DEFINED BY NO DOCUMENT OR CODE: --prune removes its locale files and sync state in every language`
        : `NAMESPACE "${namespace}" IS DEFINED BY NO DOCUMENT OR CODE ANY MORE (was a document's "namespace:" changed, or a document removed?). Its locale files and sync state are kept untouched: restore the namespace, or, if its translations are to go, run \`npm run extract -- --prune\``,
    });
  }
  return warnings;
}
