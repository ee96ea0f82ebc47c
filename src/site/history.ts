import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { parseDocument } from '../core/document/document.ts';
import { parseLocaleFile } from '../core/locale/locale-file.ts';
import { parseState } from '../core/state/state-file.ts';
import { EMPTY_STATE } from '../core/state/state.ts';
import { localeFile, stateFile } from '../core/common/paths.ts';
import { versionsOf, type Snapshot, type Version, type VersionText } from '../core/history/versions.ts';
import type { BlockKind, HistoryBlock, HistoryChange, HistoryData, HistoryVersion, ShownStatus } from '../core/wire/history-data.ts';
import { formatDate } from '../app/format.ts';
import { shownStatus } from '../core/history/versions.ts';
import { filesAt, historyOf, type Commit } from '../node/revision.ts';
import { success } from '../core/common/result.ts';

/**
 * A language version's public record, from git when the site is built. `known`: complete (the whole
 * history is in the repository), partial (a shallow clone: changes before its boundary are not), or
 * unknown (no repository, or nothing before the boundary): the pages then say so and give no dates.
 */
export interface LanguageHistory {
  readonly language: LanguageCode;
  readonly known: 'complete' | 'partial' | 'unknown';
  /** The files differ from the last version recorded: the published text is not yet in the history. */
  readonly uncommitted: boolean;
  /** Oldest first. */
  readonly versions: readonly Version[];
}

export interface HistorySource {
  readonly root: string;
  /** The English source document (src/documents/…) and its namespace. */
  readonly documentFile: string;
  readonly namespace: string;
}

/** The files whose changes make a new version of a language: the English (document and catalog), and a translation's file and sync state. */
function versionPaths(source: HistorySource, language: LanguageCode): string[] {
  const english = [source.documentFile, localeFile(SOURCE_LANGUAGE, source.namespace)];
  return language === SOURCE_LANGUAGE
    ? english
    : [...english, localeFile(language, source.namespace), stateFile(language, source.namespace)];
}

/** One commit's version of a language, or undefined when its files are missing or cannot be read with today's loaders. */
function textAt(
  files: ReadonlyMap<string, string>,
  commit: Commit,
  source: HistorySource,
  language: LanguageCode,
): VersionText | undefined {
  const at = (path: string): string | undefined => files.get(`${commit.hash}:${path}`);
  const englishFile = localeFile(SOURCE_LANGUAGE, source.namespace);
  const englishText = at(englishFile);
  if (englishText === undefined) return undefined;
  const english = parseLocaleFile(englishFile, englishText);
  if (!english.ok) return undefined;
  const document = parseDocument(source.documentFile, at(source.documentFile) ?? '');
  const kinds = new Map<string, BlockKind>(
    document.ok ? document.value.blocks.flatMap((b) => (b.id ? [[b.id, b.kind] as const] : [])) : [],
  );
  const blocks = [...english.value.catalog.keys()].map((id) => ({ id, kind: kinds.get(id) ?? 'paragraph' }));
  const date = (document.ok ? document.value.meta.get('date') : undefined) ?? '';
  if (language === SOURCE_LANGUAGE) {
    const status = new Map<string, ShownStatus>(blocks.map((b) => [b.id, 'translated']));
    return { blocks, english: english.value.catalog, translation: english.value.catalog, status, date };
  }
  const file = localeFile(language, source.namespace);
  const translated = at(file);
  const catalog =
    translated === undefined ? success({ catalog: new Map<string, string>(), positions: new Map() }) : parseLocaleFile(file, translated);
  const stateText = at(stateFile(language, source.namespace));
  const state = stateText === undefined ? success(EMPTY_STATE) : parseState(stateFile(language, source.namespace), stateText);
  if (!catalog.ok || !state.ok) return undefined;
  const status = new Map<string, ShownStatus>(
    blocks.map((b) => [b.id, shownStatus(b.id, english.value.catalog.get(b.id) ?? '', catalog.value.catalog.get(b.id) ?? '', state.value)]),
  );
  return { blocks, english: english.value.catalog, translation: catalog.value.catalog, status, date };
}

/** Every dated version of one language from the repository the site is built in. */
export function languageHistory(source: HistorySource, language: LanguageCode): LanguageHistory {
  const history = historyOf(source.root, versionPaths(source, language));
  if ('unknown' in history) return { language, known: 'unknown', uncommitted: false, versions: [] };
  const commits = [...history.commits].reverse();
  const paths = versionPaths(source, language);
  const all = history.boundary ? [history.boundary, ...commits] : commits;
  const files = filesAt(
    source.root,
    all.flatMap((c) => paths.map((path) => ({ commit: c.hash, path }))),
  );
  const snapshots: Snapshot[] = commits.flatMap((commit) => {
    const text = textAt(files, commit, source, language);
    return text ? [{ commit: commit.hash, date: commit.date, time: commit.time, text }] : [];
  });
  // A shallow clone's boundary holds the text as it stood then, but not when it took that form: a base, never a version.
  const base = history.boundary ? textAt(files, history.boundary, source, language) : undefined;
  const versions = versionsOf(snapshots, { source: language === SOURCE_LANGUAGE, ...(base ? { base } : {}) });
  const known = history.boundary ? (versions.length > 0 ? 'partial' : 'unknown') : versions.length > 0 ? 'complete' : 'unknown';
  return { language, known, uncommitted: history.uncommitted, versions };
}

/** The first words of a text, to name a block in a list of changes. */
function opening(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' ');
}

function blocksOf(text: VersionText, language: LanguageCode): HistoryBlock[] {
  let number = 0;
  return text.blocks.map((b) => {
    const status = text.status.get(b.id) ?? 'untranslated';
    const shown = status === 'untranslated' ? (text.english.get(b.id) ?? '') : (text.translation.get(b.id) ?? '');
    const filled = shown.replace(/\{\{\s*date\s*\}\}/g, text.date ? formatDate(text.date, language) : '');
    return { id: b.id, kind: b.kind, ...(b.kind === 'paragraph' ? { number: ++number } : {}), text: filled, status };
  });
}

/** The history as the pages and the feed show it: plain data, newest first, texts ready to read. */
export function historyData(history: LanguageHistory): HistoryData {
  const versions: HistoryVersion[] = [];
  let previous: HistoryBlock[] = [];
  for (const version of history.versions) {
    const blocks = blocksOf(version.text, history.language);
    const changes = version.changes.map((change): HistoryChange => {
      const block = blocks.find((b) => b.id === change.id) ?? previous.find((b) => b.id === change.id);
      return {
        id: change.id,
        kind: block?.kind ?? 'paragraph',
        ...(block?.number === undefined ? {} : { number: block.number }),
        opening: opening(block?.text ?? ''),
        kinds: change.kinds,
      };
    });
    versions.unshift({ id: version.id, date: version.date, time: version.time, number: version.number, changes, blocks });
    previous = blocks;
  }
  return { language: history.language, known: history.known, uncommitted: history.uncommitted, versions };
}
