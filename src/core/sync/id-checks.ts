import type { Catalog } from '../common/catalog.ts';
import type { Problem } from '../common/problems.ts';
import type { Block } from '../document/document.ts';
import { firstWords } from '../document/id-markers.ts';
import type { ObsoleteEntry } from '../state/state.ts';
import { movedEnglish, movedProblems } from './key-checks.ts';

/**
 * Checks that keep an id on its own paragraph when the document is edited by hand: a paragraph typed
 * directly under an existing marker, and an id of a removed paragraph used again for another one.
 * Either would put every language's translations (and the permalink) under a paragraph they were
 * not made for, so both stop the extraction, naming the paragraphs and the fix.
 */

/** How alike two texts are by their words (Dice coefficient over word counts): 1 the same words, 0 none shared. */
function likeness(a: string, b: string): number {
  const words = (text: string): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const [word, count] of x) shared += Math.min(count, y.get(word) ?? 0);
  const total = [...x.values(), ...y.values()].reduce((sum, n) => sum + n, 0);
  return total === 0 ? (a === b ? 1 : 0) : (2 * shared) / total;
}

/** At least this alike, a text counts as the same paragraph lightly edited. */
const NEARLY = 0.8;

interface Misattached {
  readonly id: string;
  /** The paragraph under the marker now (the one typed there). */
  readonly under: Block;
  /** The paragraph that holds the English the id had at the last extract, unmarked or newly marked. */
  readonly own: Block;
}

/**
 * Markers whose paragraph now has other English while a paragraph without a marker (or with an id the
 * last extract did not know) has exactly, or nearly, the English the marker's id had: the marker's
 * own paragraph lost it to a paragraph typed above it. `blocks` are the document's before new ids are given.
 */
function misattached(blocks: readonly Block[], previous: Catalog): Misattached[] {
  const found: Misattached[] = [];
  for (const under of blocks) {
    const recorded = under.id === undefined ? undefined : previous.get(under.id);
    if (under.id === undefined || recorded === undefined || recorded === '' || recorded === under.text) continue;
    const stays = likeness(under.text, recorded);
    let best: { block: Block; score: number } | undefined;
    for (const block of blocks) {
      if (block === under || (block.id !== undefined && previous.has(block.id))) continue;
      const score = block.text === recorded ? 2 : likeness(block.text, recorded);
      if (score >= NEARLY && score > stays && score > (best?.score ?? 0)) best = { block, score };
    }
    if (best) found.push({ id: under.id, under, own: best.block });
  }
  return found;
}

function misattachedProblems(file: string, namespace: string, found: readonly Misattached[]): Problem[] {
  return found.map(({ id, under, own }) => ({
    severity: 'error',
    code: 'typed-under-marker',
    file,
    line: under.line,
    column: 1,
    namespace,
    key: id,
    message: `the paragraph on line ${under.line} ("${firstWords(under.text)}") is under the marker of id "${id}", but the English "${id}" had at the last extract is now the paragraph on line ${own.line} ("${firstWords(own.text)}")${own.id === undefined ? ', which has no marker' : `, under the new id "${own.id}"`}: was a paragraph typed directly under the marker? Every language's translation of "${id}", and its permalink, would move to it. Move the line <!-- id: ${id} --> down to just above line ${own.line}${own.id === undefined ? '' : ` (in place of <!-- id: ${own.id} -->)`}; npm run extract then gives the new paragraph an id of its own. If "${id}" really was rewritten and its old text kept as another paragraph, run \`npm run extract -- --accept-moves\``,
  }));
}

export interface ReuseInput {
  readonly file: string;
  readonly namespace: string;
  readonly blocks: readonly Block[];
  readonly english: Catalog;
  readonly previous: Catalog;
  /** Each translated language's obsolete store of the namespace. */
  readonly obsolete: ReadonlyMap<string, ReadonlyMap<string, ObsoleteEntry>>;
  /** Keys whose paragraph came back, as the user says (`--restore`). */
  readonly restore: (key: string) => boolean;
}

/**
 * Ids new to the English that the obsolete store knows: a removed paragraph's id used again. Its
 * translations come back by themselves only when the English is one they were made from (the paragraph
 * was restored, an undone deletion); for other English they belong to another paragraph, so the
 * extraction stops unless `--restore` says the paragraph came back, rewritten.
 */
function reusedIdProblems(input: ReuseInput): Problem[] {
  const problems: Problem[] = [];
  for (const [key, english] of input.english) {
    if (input.previous.has(key) || input.restore(key)) continue;
    const stored = [...input.obsolete].flatMap(([language, store]) => {
      const entry = store.get(key);
      return entry ? [{ language, entry }] : [];
    });
    if (stored.length === 0 || stored.some((s) => s.entry.from === english)) continue;
    const before = stored.find((s) => s.entry.from !== undefined)?.entry.from;
    const block = input.blocks.find((b) => b.id === key);
    problems.push({
      severity: 'error',
      code: 'reused-id',
      file: input.file,
      ...(block ? { line: block.line, column: 1 } : {}),
      namespace: input.namespace,
      key,
      message: `id "${key}" belonged to a paragraph removed earlier${before === undefined ? '' : ` ("${firstWords(before)}")`}, whose translations (${stored.map((s) => s.language).join(', ')}) are kept in the obsolete store; this paragraph ("${firstWords(english)}") is not the English they were made from, so they are not brought back to it. If it is a new paragraph, remove its marker (npm run extract gives it an id of its own). If it is the removed paragraph come back, rewritten, run \`npm run extract -- --restore ${input.namespace}:${key}\`: its translations return, marked stale`,
    });
  }
  return problems;
}

export interface IdCheckInput extends Omit<ReuseInput, 'obsolete'> {
  /** Take English that moved between ids, or the old text of an id kept as a new paragraph, as meant. */
  readonly acceptMoves: boolean;
  /** The obsolete stores, asked for only when the English has ids the last extract did not know. */
  readonly obsolete: () => ReuseInput['obsolete'];
}

/** Every check that keeps a document's ids on their own paragraphs: moved or swapped markers, a paragraph typed under a marker, a reused id. */
export function idProblems(input: IdCheckInput): Problem[] {
  const { file, namespace, english, previous } = input;
  const problems = input.acceptMoves
    ? []
    : [
        ...movedProblems(file, namespace, movedEnglish(english, previous), english),
        ...misattachedProblems(file, namespace, misattached(input.blocks, previous)),
      ];
  const fresh = [...english.keys()].some((key) => !previous.has(key));
  return fresh ? [...problems, ...reusedIdProblems({ ...input, obsolete: input.obsolete() })] : problems;
}
