import type { Catalog } from '../common/catalog.ts';
import type { Glossary } from '../sync/checks.ts';
import { parseDocument, type SourceDocument } from '../document/document.ts';
import { parseGlossary } from './glossary-file.ts';
import { parseLocaleFile, type Position } from './locale-file.ts';
import { GLOSSARY_FILE, localeFile, stateFile } from '../common/paths.ts';
import type { Problem } from '../common/problems.ts';
import { EMPTY_STATE, type SyncState } from '../state/state.ts';
import { parseState } from '../state/state-file.ts';

/**
 * The one loader of each file kind (document, locale file, sync state, glossary), over files a
 * shell has read: path relative to the project root -> text. Every command, the dev-server save,
 * the locale plugin and the build read through these, so a file is judged the same everywhere.
 */
export type ProjectFiles = ReadonlyMap<string, string>;

export type Loaded<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const ok = <T>(value: T, warnings: readonly Problem[] = []): Loaded<T> => ({ ok: true, value, warnings });

export function loadDocument(file: string, text: string): Loaded<SourceDocument> {
  const parsed = parseDocument(file, text);
  return parsed.ok ? ok(parsed.document) : parsed;
}

export interface LocaleContent {
  readonly catalog: Catalog;
  readonly positions: ReadonlyMap<string, Position>;
  /** The file's text as read (a version for the editor, an input for in-place edits). */
  readonly text: string;
}

/** A locale file, or undefined when there is none. */
export function loadLocale(files: ProjectFiles, language: string, namespace: string): Loaded<LocaleContent> | undefined {
  const path = localeFile(language, namespace);
  const text = files.get(path);
  if (text === undefined) return undefined;
  const parsed = parseLocaleFile(path, text);
  return parsed.ok ? ok({ catalog: parsed.catalog, positions: parsed.positions, text }, parsed.warnings) : parsed;
}

/** The sync state of a language and namespace; none yet is the empty state. */
export function loadState(files: ProjectFiles, language: string, namespace: string): Loaded<SyncState> {
  const path = stateFile(language, namespace);
  const text = files.get(path);
  if (text === undefined) return ok(EMPTY_STATE);
  const parsed = parseState(path, text);
  return parsed.ok ? ok(parsed.state) : parsed;
}

export interface GlossaryFile {
  readonly glossary: Glossary;
  /** `namespace:key` of texts rightly the same in every language. */
  readonly same: ReadonlySet<string>;
}

/** The glossary file: its terms and its list of texts the same in every language; none is an empty one. */
export function loadGlossaryFile(files: ProjectFiles): Loaded<GlossaryFile> {
  const text = files.get(GLOSSARY_FILE);
  if (text === undefined) return ok({ glossary: [], same: new Set() });
  const parsed = parseGlossary(GLOSSARY_FILE, text);
  return parsed.ok ? ok({ glossary: parsed.glossary, same: parsed.same }, parsed.warnings) : parsed;
}

/** The glossary's terms; none is an empty glossary. */
export function loadGlossary(files: ProjectFiles): Loaded<Glossary> {
  const loaded = loadGlossaryFile(files);
  return loaded.ok ? ok(loaded.value.glossary, loaded.warnings) : loaded;
}

/** The value of a load, collecting its problems and warnings; `fallback` stands in for a broken file. */
export function take<T>(loaded: Loaded<T>, fallback: T, into: { fatal: Problem[]; warnings: Problem[] }): T {
  if (!loaded.ok) {
    into.fatal.push(...loaded.problems);
    return fallback;
  }
  into.warnings.push(...loaded.warnings);
  return loaded.value;
}
