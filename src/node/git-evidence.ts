import { isAbsolute, relative, sep } from 'node:path';
import { SOURCE_LANGUAGE } from '../languages.ts';
import { textFingerprint } from '../core/common/hash.ts';
import { localeFile, stateFile } from '../core/common/paths.ts';
import type { LanguageEvidence, WriteEvidence } from '../core/state/evidence.ts';
import { judgeWrite, type Introduction, type Sighting, type WriteFacts } from '../core/state/judge-write.ts';
import { sameWords } from '../core/state/same-words.ts';
import type { EntryState, SyncState } from '../core/state/state.ts';
import type { ExtractionPlan, Unvouched } from '../core/sync/extraction.ts';
import { readHistory, type History } from './git-history.ts';
import { DamagedLog } from './records/segments.mjs';
import { BrokenInput } from './project-io.ts';
import { englishAt, fingerprint, locate, readRecords, textOf, wordsFingerprint, type Records } from './records/records.mjs';

/**
 * The evidence for the translations the sync state does not vouch for (the plan's `unvouched`):
 * what git's history and this working tree's records show about each text, judged by judgeWrite.
 * Nothing here reads a file's time or a commit's date: a checkout, a touch, a rebase with
 * --ignore-date or a backdated commit changes none of it.
 */
export async function gatherEvidence(root: string, plan: ExtractionPlan, records?: Records): Promise<Map<string, LanguageEvidence>> {
  if (plan.unvouched.length === 0) return new Map();
  try {
    return await judgeAll(root, plan, records);
  } catch (error) {
    // A records log with a changed byte is broken input: one error naming it, nothing written.
    if (!(error instanceof DamagedLog)) throw error;
    const shown = relative(root, error.file);
    const file = shown.startsWith('..') || isAbsolute(shown) ? error.file : shown.split(sep).join('/');
    throw new BrokenInput([
      { severity: 'error', code: 'records-damaged', message: error.detail, file, line: error.line, column: error.column },
    ]);
  }
}

async function judgeAll(root: string, plan: ExtractionPlan, records: Records | undefined): Promise<Map<string, LanguageEvidence>> {
  const found = new Map<string, Map<string, WriteEvidence>>();
  const known = records ?? (await readRecords((await locate(root)).log));
  const paths = new Set<string>();
  for (const u of plan.unvouched) {
    paths.add(localeFile(u.language, u.namespace));
    paths.add(localeFile(SOURCE_LANGUAGE, u.namespace));
    paths.add(stateFile(u.language, u.namespace));
  }
  const history = await readHistory(root, [...paths].sort());
  const context: Context = { history, records: known, recordedByFile: new Map(), heldInHistory: new Map() };
  for (const u of plan.unvouched) {
    const english = plan.english.get(u.namespace)?.get(u.key);
    if (english === undefined) continue;
    const map = found.get(u.language) ?? new Map<string, WriteEvidence>();
    map.set(`${u.namespace}:${u.key}`, judgeWrite(factsOf(context, u, english, new Set())));
    found.set(u.language, map);
  }
  return found;
}

interface Context {
  readonly history: History | undefined;
  readonly records: Records;
  /** The sync states in history, by state file, read once. */
  readonly recordedByFile: Map<string, RecordedState[]>;
  /** The texts history holds for a key (`language:namespace:key`), by fingerprint, gathered once. */
  readonly heldInHistory: Map<string, Map<string, string>>;
}

/**
 * What history and the records show about one text; with, when it changes no word of the text before
 * it (sameWords), the facts about that text too, and so on back; and the facts about every other text
 * the records saw under this key with the same words (`visited` ends a cycle of such texts).
 */
function factsOf(context: Context, u: Unvouched, english: string, visited: Set<string>): WriteFacts {
  const { history, records } = context;
  visited.add(u.translation);
  const state = stateFile(u.language, u.namespace);
  if (history && !context.recordedByFile.has(state)) context.recordedByFile.set(state, statesOf(history, state));
  const sighting = sightingOf(records, u, english);
  const introductions = history ? introductionsOf(history, u, records) : [];
  const change = beforeAndChange(history, u, introductions, sighting, previousText(context, u));
  const before = change.before;
  const earlier =
    before !== undefined && !visited.has(before) && sameWords(before, u.translation)
      ? factsOf(context, { ...u, translation: before }, english, visited)
      : undefined;
  const alike = alikeTexts(context, u)
    .filter((text) => !visited.has(text))
    .map((text) => factsOf(context, { ...u, translation: text }, english, visited));
  return {
    text: u.translation,
    english,
    recorded: recordedFor([...workingTreeState(u), ...(context.recordedByFile.get(state) ?? [])], u),
    introductions,
    ...(sighting ? { sighting } : {}),
    ...change,
    ...(earlier ? { earlier } : {}),
    ...(alike.length > 0 ? { alike } : {}),
  };
}

/** The other texts the records saw under this key whose words are this one's (words-fingerprints), oldest first. */
function alikeTexts(context: Context, u: Unvouched): string[] {
  const id = `${u.language}:${u.namespace}:${u.key}`;
  const words = wordsFingerprint(u.translation);
  const own = fingerprint(u.translation);
  const out: { seq: number; text: string }[] = [];
  for (const [print, seen] of context.records.seen.get(id) ?? []) {
    if (print === own || (seen.words !== undefined && seen.words !== words)) continue;
    // An older record kept neither the text nor its words for a value a checkout brought: history has it.
    const text = sightedText(context, u, print);
    if (text !== undefined && (seen.words ?? wordsFingerprint(text)) === words) out.push({ seq: seen.seq, text });
  }
  return out.sort((a, b) => a.seq - b.seq).map((o) => o.text);
}

/**
 * The text of a value the records sighted: the record's own copy, or, for a value a record taken
 * before the records kept texts saw brought by a checkout (it kept only its fingerprint), the text
 * with that fingerprint in a version of the file in history (what a checkout brings is in git).
 */
function sightedText(context: Context, u: Unvouched, print: string): string | undefined {
  const id = `${u.language}:${u.namespace}:${u.key}`;
  const kept = textOf(context.records, id, print);
  if (kept !== undefined || !context.history) return kept;
  let held = context.heldInHistory.get(id);
  if (!held) {
    const { history } = context;
    const file = localeFile(u.language, u.namespace);
    held = new Map();
    for (const version of history.versions) {
      const text = history.catalog(history.blob(version, file))?.get(u.key);
      if (text !== undefined) held.set(fingerprint(text), text);
    }
    context.heldInHistory.set(id, held);
  }
  return held.get(print);
}

interface RecordedState {
  readonly where: string;
  readonly entries: SyncState['entries'];
  readonly obsolete: SyncState['obsolete'];
}

const short = (id: string): string => id.slice(0, 7);

/** Every distinct version of a state file in history, once, with where it was found. */
function statesOf(history: History, path: string): RecordedState[] {
  const out: RecordedState[] = [];
  const done = new Set<string>();
  for (const version of history.versions) {
    const blob = history.blob(version, path);
    if (blob === undefined || done.has(blob)) continue;
    done.add(blob);
    const state = history.state(blob);
    if (state) out.push({ where: version === 'index' ? 'the index' : `commit ${short(version)}`, ...state });
  }
  return out;
}

/**
 * The working tree's sync state as the run read it: the tool's own runs wrote it (a confirmation, an
 * import, a save, an extract), so it counts as one more sync state, as the index's does; first, as the
 * latest judgement, for the English a stale text answers to. A confirmation not yet committed is
 * nowhere else.
 */
function workingTreeState(u: Unvouched): RecordedState[] {
  if (!u.recorded) return [];
  return [{ where: 'the working tree', entries: new Map([[u.key, u.recorded]]), obsolete: new Map() }];
}

/** A record of the text against its English, and against each English it was current against before (state.ts `also`). */
function recordsOf(held: Pick<EntryState, 'from' | 'also' | 'unverified'>, where: string): WriteFacts['recorded'] {
  const unverified = held.unverified === true;
  return [held.from, ...(held.also ?? [])].map((from) => ({ ...(from === undefined ? {} : { from }), unverified, where }));
}

function recordedFor(states: readonly RecordedState[], u: Unvouched): WriteFacts['recorded'] {
  const seen = textFingerprint(u.translation);
  const out: WriteFacts['recorded'][number][] = [];
  for (const state of states) {
    const entry = state.entries.get(u.key);
    if (entry?.seen === seen) out.push(...recordsOf(entry, state.where));
    // The store keeps a removed paragraph's translation with the English it was made from, as far as the state vouched.
    const stored = state.obsolete.get(u.key);
    if (stored?.translation === u.translation) out.push(...recordsOf(stored, state.where));
  }
  return out;
}

/** The commits that brought the text into history under this key: they hold it and no parent of theirs does. */
function introductionsOf(history: History, u: Unvouched, records: Records): Introduction[] {
  const file = localeFile(u.language, u.namespace);
  const english = localeFile(SOURCE_LANGUAGE, u.namespace);
  const holds = (commit: string): boolean => history.catalog(history.blob(commit, file))?.get(u.key) === u.translation;
  const out: Introduction[] = [];
  for (const [commit, parents] of history.parents) {
    if (!holds(commit) || parents.some((p) => history.parents.has(p) && holds(p))) continue;
    const made = records.local.has(commit) ? 'here' : history.stash.has(commit) ? 'stash' : 'elsewhere';
    out.push({ commit, english: history.catalog(history.blob(commit, english))?.get(u.key), made });
  }
  return out;
}

function sightingOf(records: Records, u: Unvouched, english: string): Sighting | undefined {
  const seen = records.seen.get(`${u.language}:${u.namespace}:${u.key}`)?.get(fingerprint(u.translation));
  if (!seen) return undefined;
  const key = `${u.namespace}:${u.key}`;
  // The records keep the English's fingerprint: the English of now where it is that, else what it was.
  const now = fingerprint(english);
  const asEnglish = (print: string | null | undefined): string | null | undefined => (print === now ? english : print);
  return {
    record: seen.seq,
    brought: seen.brought,
    englishBefore: asEnglish(englishAt(records, key, seen.seq - 1)),
    englishAt: asEnglish(englishAt(records, key, seen.seq)),
  };
}

/**
 * The text the records saw for this key just before this one (the records keep the texts they
 * sight): the text an uncommitted change rewrote, which HEAD may never have held.
 */
function previousText(context: Context, u: Unvouched): string | undefined {
  const seen = context.records.seen.get(`${u.language}:${u.namespace}:${u.key}`);
  const now = seen?.get(fingerprint(u.translation))?.seq;
  if (!seen || now === undefined) return undefined;
  let latest: { seq: number; print: string } | undefined;
  for (const [print, s] of seen) if (s.seq < now && (!latest || s.seq > latest.seq)) latest = { seq: s.seq, print };
  return latest && sightedText(context, u, latest.print);
}

/** The text before the change that wrote it, and that change: edits one change made are judged together. */
function beforeAndChange(
  history: History | undefined,
  u: Unvouched,
  introductions: readonly Introduction[],
  sighting: Sighting | undefined,
  previousLocal: string | undefined,
): { before?: string; change?: string } {
  const uncommitted = sighting ? `record ${sighting.record}` : 'working tree';
  if (!history) return { change: uncommitted };
  const file = localeFile(u.language, u.namespace);
  const committed = history.head ? history.catalog(history.blob(history.head, file))?.get(u.key) : undefined;
  if (committed !== u.translation) return { before: previousLocal ?? committed ?? '', change: uncommitted };
  const reached = history.ancestorsOfHead();
  const introduction = introductions.find((i) => reached.has(i.commit));
  if (!introduction) return {};
  const parent = history.parents.get(introduction.commit)?.[0];
  const before = parent === undefined ? '' : (history.catalog(history.blob(parent, file))?.get(u.key) ?? '');
  return { before, change: introduction.commit };
}
