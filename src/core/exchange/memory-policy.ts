import { unitId } from './exchange.ts';
import { vouchesFor } from '../state/state.ts';
import { readMemory, type MemoryUnit } from './formats/tmx-read.ts';
import { planWith, type ImportInput, type LanguageImport } from './import-plan.ts';
import type { LocatedEdit, NamespaceFiles } from './import-policy.ts';
import { paddingWarning, trimPadding } from './padding.ts';
import { localeFile } from '../common/paths.ts';
import type { Problem } from '../common/problems.ts';
import { copiesEnglish } from '../sync/checks.ts';

/**
 * What importing a translation memory (tmx:import) does: a memory says "this English was translated
 * so", nothing about a project's entries, so a unit counts only through its English.
 * - A unit whose English is an entry's English of now is evidence for "current": it fills the entry,
 *   replaces a stale translation, or confirms one it equals.
 * - A unit with any other English (our own export's stale pairs, another version of the text) is a
 *   suggestion: it fills an untranslated entry as stale, with that English for the word-by-word diff.
 * - A unit of an older English than a current translation's is superseded by it: ignored, no conflict.
 * - A unit never replaces a translation that is at least as new as itself (a current one, or a stale
 *   one from an English it cannot be ordered against): that is a conflict, refused unless --force.
 * A unit is tied to its entry by its tuid (ours) or OmegaT's id property; without one, by its English,
 * to every entry with that English.
 */

interface Proposal {
  readonly unit: MemoryUnit;
  readonly translation: string;
  /** Found by the entry's id rather than by English alone. */
  readonly byId: boolean;
  /** The unit's English is the entry's English of now. */
  readonly current: boolean;
  readonly trimmed: boolean;
}

/** An entry of the English, with its language's files. */
interface Entry {
  readonly namespace: string;
  readonly key: string;
  readonly files: NamespaceFiles;
  readonly english: string;
}
type Entries = Map<string, Entry>;

function entriesOf(namespaces: ReadonlyMap<string, NamespaceFiles>): Entries {
  const entries: Entries = new Map();
  for (const [namespace, files] of namespaces)
    for (const [key, english] of files.english) if (english !== '') entries.set(unitId(namespace, key), { namespace, key, files, english });
  return entries;
}

/** Every entry each unit speaks for, with what it proposes: the best proposal per entry, or the units that disagree. */
function propose(units: readonly MemoryUnit[], entries: Entries): { proposals: Map<string, Proposal[]>; unmatched: number } {
  const byEnglish = new Map<string, string[]>();
  for (const [id, e] of entries) byEnglish.set(e.english, [...(byEnglish.get(e.english) ?? []), id]);
  const proposals = new Map<string, Proposal[]>();
  let unmatched = 0;
  for (const unit of units) {
    const named = unit.id ? unitId(unit.id.namespace, unit.id.key) : undefined;
    const ids = named !== undefined && entries.has(named) ? [named] : (byEnglish.get(unit.source) ?? []);
    if (ids.length === 0) unmatched++;
    for (const id of ids) {
      const english = entries.get(id)?.english ?? '';
      const { text, trimmed } = trimPadding(unit.translation, english);
      if (text === '') continue;
      const proposal = { unit, translation: text, byId: id === named, current: unit.source === english, trimmed };
      proposals.set(id, [...(proposals.get(id) ?? []), proposal]);
    }
  }
  return { proposals, unmatched };
}

const rank = (p: Proposal): number => (p.byId ? 2 : 0) + (p.current ? 1 : 0);

export interface MemoryDecision {
  readonly conflicts: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly edits: ReadonlyMap<string, readonly LocatedEdit[]>;
  /** Units whose English is no entry's and that name none: another text's memory. */
  readonly unmatched: number;
}

type Where = Omit<Problem, 'severity' | 'code' | 'message'>;

/** What one entry gets from the units that speak for it: an edit, nothing, or the problem that stops the import. */
function judge(
  id: string,
  entry: Entry,
  all: readonly Proposal[],
  where: (p: Proposal) => Where,
  options: { readonly language: string; readonly overwrite: boolean; readonly same: ReadonlySet<string> },
): { edit?: LocatedEdit; problem?: Problem; warning?: Problem } {
  const { namespace, key, files, english } = entry;
  // The English copied is no translation, by the status's own rule: one rightly the same is a translation like any other.
  const raw = files.target.get(key) ?? '';
  const onDisk = copiesEnglish({ language: options.language, namespace, key, english, translation: raw }, options.same) ? '' : raw;
  const record = files.state.entries.get(key);
  const isCurrent = onDisk !== '' && record !== undefined && vouchesFor(record, english);
  // A unit of an older English is superseded by a current translation (our own export's stale pair,
  // once that translation was revised): nothing to import, and no conflict.
  const live = isCurrent ? all.filter((p) => p.current) : all;
  if (live.length === 0) return {};
  const best = Math.max(...live.map(rank));
  const chosen = live.filter((p) => rank(p) === best);
  const [first] = chosen;
  if (!first) return {};
  const other = chosen.find((p) => p.translation !== first.translation);
  if (other) {
    const message = `the memory holds two translations for ${id} (this unit and line ${first.unit.line ?? '?'}): keep one of them`;
    return { problem: { ...where(other), severity: 'error', code: 'ambiguous', message } };
  }
  const same = onDisk === first.translation;
  // A translation at least as new as the unit: a current one, or one the unit's English cannot be ordered against.
  if (onDisk !== '' && !same && (isCurrent || !first.current) && !options.overwrite) {
    const message = `${localeFile(options.language, namespace)} has a different translation that is ${isCurrent ? 'current too' : 'not older than this unit'}; nothing shows which is newer: if locales/ holds the newer one, remove the unit (or rewrite the memory with tmx:export --force); only if the memory's is the newer one, import with --force`;
    return { problem: { ...where(first), severity: 'error', code: 'conflict', message } };
  }
  const warning = first.trimmed ? { warning: paddingWarning(where(first)) } : {};
  if (same && (isCurrent || !first.current)) return warning;
  const { line, column } = first.unit;
  const from = first.current ? english : first.unit.source;
  const edit = {
    key,
    translation: first.translation,
    from,
    reviewed: first.current,
    ...(line === undefined ? {} : { line, column: column ?? 1 }),
  };
  return { edit, ...warning };
}

function decideMemory(input: {
  readonly language: string;
  readonly file: string;
  readonly units: readonly MemoryUnit[];
  readonly namespaces: ReadonlyMap<string, NamespaceFiles>;
  readonly same: ReadonlySet<string>;
  readonly overwrite?: boolean;
}): MemoryDecision {
  const { language, file } = input;
  const entries = entriesOf(input.namespaces);
  const { proposals, unmatched } = propose(input.units, entries);
  const conflicts: Problem[] = [];
  const warnings: Problem[] = [];
  const edits = new Map<string, LocatedEdit[]>();
  // In the English's order, whatever the memory's (OmegaT sorts its units by their text).
  for (const [id, entry] of entries) {
    const all = proposals.get(id);
    if (!all) continue;
    const { namespace, key } = entry;
    const where = (p: Proposal): Where => ({
      file,
      language,
      namespace,
      key,
      ...(p.unit.line === undefined ? {} : { line: p.unit.line, column: p.unit.column ?? 1 }),
    });
    const { edit, problem, warning } = judge(id, entry, all, where, { language, overwrite: input.overwrite === true, same: input.same });
    if (problem) conflicts.push(problem);
    if (warning) warnings.push(warning);
    if (!edit) continue;
    edits.set(namespace, [...(edits.get(namespace) ?? []), edit]);
  }
  return { conflicts, warnings, edits, unmatched };
}

/** tmx:import's check of one language's memory against the project on disk, writing nothing. */
export function planMemoryImport(input: ImportInput): LanguageImport {
  const { language, file } = input;
  return planWith(input, readMemory, (units, namespaces) => {
    const decided = decideMemory({ language, file, units, namespaces, same: input.same, ...(input.overwrite ? { overwrite: true } : {}) });
    const note: Problem[] =
      decided.unmatched > 0
        ? [
            {
              severity: 'warning',
              code: 'unmatched',
              message: `${decided.unmatched} unit(s) match no entry (neither their English nor their id): not imported`,
              file,
              language,
            },
          ]
        : [];
    return { refused: [], conflicts: decided.conflicts, warnings: [...decided.warnings, ...note], edits: decided.edits, stranded: [] };
  });
}
