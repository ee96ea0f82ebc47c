import { parseDocument, type SourceDocument } from '../document/document.ts';
import { parseGlossary, type GlossaryFile } from './glossary-file.ts';
import { parseLocaleFile, type LocaleFile } from './locale-file.ts';
import { GLOSSARY_FILE, localeFile, stateFile } from '../common/paths.ts';
import { mapResult, success, type Result } from '../common/result.ts';
import type { Glossary } from '../sync/checks.ts';
import { EMPTY_STATE, type SyncState } from '../state/state.ts';
import { parseState } from '../state/state-file.ts';

/**
 * The one loader of each file kind (document, locale file, sync state, glossary), over files a
 * shell has read: path relative to the project root -> text. Every command, the dev-server save,
 * the locale plugin and the build read through these, so a file is judged the same everywhere.
 * Only looked up, never listed: a shell may decode each text when it is asked for and keep none
 * (src/node/plan-in-parts.ts), so that a namespace's plan holds one language's files at a time.
 */
export type ProjectFiles = Pick<ReadonlyMap<string, string>, 'get' | 'has'>;

export const loadDocument: (file: string, text: string) => Result<SourceDocument> = parseDocument;

export interface LocaleContent extends LocaleFile {
  /** The file's text as read (a version for the editor, an input for in-place edits). */
  readonly text: string;
}

/** A locale file, or undefined when there is none. */
export function loadLocale(files: ProjectFiles, language: string, namespace: string): Result<LocaleContent> | undefined {
  const path = localeFile(language, namespace);
  const text = files.get(path);
  return text === undefined ? undefined : mapResult(parseLocaleFile(path, text), (file) => ({ ...file, text }));
}

/** The sync state of a language and namespace; none yet is the empty state. */
export function loadState(files: ProjectFiles, language: string, namespace: string): Result<SyncState> {
  const path = stateFile(language, namespace);
  const text = files.get(path);
  return text === undefined ? success(EMPTY_STATE) : parseState(path, text);
}

/** The glossary file: its terms and its list of texts the same in every language; none is an empty one. */
export function loadGlossaryFile(files: ProjectFiles): Result<GlossaryFile> {
  const text = files.get(GLOSSARY_FILE);
  return text === undefined ? success({ glossary: [], same: new Set(), sources: new Map() }) : parseGlossary(GLOSSARY_FILE, text);
}

/** The glossary's terms; none is an empty glossary. */
export function loadGlossary(files: ProjectFiles): Result<Glossary> {
  return mapResult(loadGlossaryFile(files), (file) => file.glossary);
}
