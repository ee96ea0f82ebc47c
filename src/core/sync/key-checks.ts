import { KEY_SEPARATOR, type Catalog } from '../common/catalog.ts';
import { firstWords } from '../document/id-markers.ts';
import type { Position } from '../locale/locale-file.ts';
import type { Problem } from '../common/problems.ts';

/**
 * Checks that keep a translation on its own paragraph: a key in a locale file that the English
 * never had (a typo, a nested object) is an error at its line, not a silent move to the obsolete
 * store; and English that moved from one id to another (swapped markers) is named as such.
 */
export interface KeyCheckInput {
  readonly file: string;
  readonly language: string;
  readonly namespace: string;
  readonly target: Catalog;
  readonly positions: ReadonlyMap<string, Position>;
  /** Keys the English has now, had at the last sync, or the state records: all legitimate. */
  readonly english: Catalog;
  readonly previousEnglish: Catalog;
  readonly recorded: ReadonlySet<string>;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}

export function unknownKeys(input: KeyCheckInput): Problem[] {
  const known = (key: string): boolean => input.english.has(key) || input.previousEnglish.has(key) || input.recorded.has(key);
  const problems: Problem[] = [];
  for (const key of input.target.keys()) {
    if (known(key)) continue;
    const parts = key.split(KEY_SEPARATOR);
    const parent = parts
      .slice(0, -1)
      .map((_, i) => parts.slice(0, i + 1).join(KEY_SEPARATOR))
      .find((p) => input.english.has(p));
    const missing = [...input.english.keys()].filter((k) => !input.target.has(k));
    const near = missing
      .map((k) => ({ k, d: distance(k, key) }))
      .filter((c) => c.d <= Math.max(2, Math.floor(key.length / 4)))
      .sort((a, b) => a.d - b.d)[0];
    const message = parent
      ? `"${parent}" is a single text in the English, but here it is an object (nested keys): write its translation as one string`
      : `the key "${key}" is not in the English "${input.namespace}"${near ? `: did you mean "${near.k}"?` : ' (key names must stay as the English has them)'}`;
    const at = input.positions.get(key);
    problems.push({
      severity: 'error',
      code: 'unknown-key',
      message,
      file: input.file,
      language: input.language,
      namespace: input.namespace,
      key,
      ...(at ?? {}),
    });
  }
  return problems;
}

export interface MovedEnglish {
  /** The id whose English is now what `from` had. */
  readonly to: string;
  readonly from: string;
  /** Both ways: the two ids look swapped. */
  readonly swapped: boolean;
}

/** Ids whose new English is exactly the English another id had at the last sync. */
export function movedEnglish(english: Catalog, previousEnglish: Catalog): MovedEnglish[] {
  const byText = new Map<string, string>();
  for (const [key, text] of previousEnglish) if (text !== '') byText.set(text, key);
  const moved: MovedEnglish[] = [];
  for (const [key, text] of english) {
    const before = previousEnglish.get(key);
    if (before === undefined || before === text) continue;
    const from = byText.get(text);
    if (from === undefined || from === key) continue;
    // The other paragraph still reads as it did: the text was copied, not moved, and nothing is misattached.
    if (english.get(from) === text) continue;
    const swapped = english.get(from) === before;
    if (swapped && from < key) continue; // one report per pair
    moved.push({ to: key, from, swapped });
  }
  return moved;
}

export function movedProblems(file: string, namespace: string, moved: readonly MovedEnglish[], english: Catalog): Problem[] {
  return moved.map((m) => ({
    severity: 'error',
    code: m.swapped ? 'swapped-ids' : 'moved-english',
    file,
    namespace,
    key: m.to,
    message: m.swapped
      ? `ids "${m.to}" and "${m.from}" look swapped: the English of "${m.to}" ("${firstWords(english.get(m.to) ?? '')}") is what "${m.from}" had at the last extract, and the other way round, so each paragraph's translations would go to the other. Put each id marker back above its own paragraph (see git diff); if the texts really changed places, run \`npm run extract -- --accept-moves\``
      : `the English of id "${m.to}" ("${firstWords(english.get(m.to) ?? '')}") is what id "${m.from}" had at the last extract: was the id marker moved? Put it back above its own paragraph (see git diff); if the text really moved, run \`npm run extract -- --accept-moves\``,
  }));
}
