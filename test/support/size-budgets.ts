import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Catalog } from '../../src/core/common/catalog.ts';
import type { LanguageData, NestedStrings } from '../../src/core/wire/locale-data.ts';
import { wordDiff, type DiffPart } from '../../src/core/report/word-diff.ts';
import { TARGET_LANGUAGES, type LanguageCode } from '../../src/languages.ts';
import { planProject } from '../../src/node/plan.ts';
import { readSnapshot } from '../../src/node/project-io.ts';
import { documentOutlines, languageDataOf } from '../../src/site/plugins/locale-plugin.ts';

/**
 * The size budgets of a language's data (dist/assets/{lang}-*.json) and that data in the worst state it may
 * legitimately reach: every translated entry stale (each adds its key to the stale list, and a paragraph the word
 * diff of its English), each namespace revised on a day of its own (each adds a date). A budget that holds for this
 * cannot fail because the English changed.
 */

/** One entry of .size-limit.json. */
interface Budget {
  readonly name: string;
  readonly path: string | readonly string[];
  readonly limit: string;
}

/** size-limit's units: decimal, as it prints them. */
function bytes(limit: string): number {
  const match = /^([\d.]+)\s*(B|kB|KB|MB)$/.exec(limit.trim());
  if (!match) throw new Error(`.size-limit.json: a limit size-limit would not read as a size: ${limit}`);
  const factor = match[2] === 'B' ? 1 : match[2] === 'MB' ? 1_000_000 : 1000;
  return Math.round(Number(match[1]) * factor);
}

/** The budgets of the language data files, read from .size-limit.json in `root`. */
export function languageDataBudgets(root: string): { readonly name: string; readonly language: string; readonly limit: number }[] {
  const budgets = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8')) as Budget[];
  return budgets.flatMap((budget) => {
    const paths = typeof budget.path === 'string' ? [budget.path] : budget.path;
    const language = paths.length === 1 ? /^dist\/assets\/([a-z]{2,3}(?:-[A-Za-z0-9]+)?)-\*\.json$/.exec(paths[0] ?? '')?.[1] : undefined;
    return language === undefined ? [] : [{ name: budget.name, language, limit: bytes(budget.limit) }];
  });
}

/** Every key of a namespace's tree with a text shown (a translation, current or stale), dotted. */
function shownKeys(tree: NestedStrings, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? (value === '' ? [] : [`${prefix}${key}`]) : shownKeys(value, `${prefix}${key}.`),
  );
}

/** The English with one word changed: the least a change of the English can be, as its word diff shows it. */
function oneWordChanged(english: string): string {
  return english.replace(/\p{L}+(?=\P{L}*$)/u, (word) => `${word}x`);
}

/**
 * The data with every translation stale, each paragraph's English changed by a word since (the page carries that
 * change, word by word), and every namespace revised on a day of its own.
 */
function worstState(data: LanguageData, english: ReadonlyMap<string, Catalog>, documents: ReadonlySet<string>): LanguageData {
  const namespaces = Object.keys(data.resources);
  const stale = namespaces.flatMap((ns) => shownKeys(data.resources[ns] ?? {}).map((key) => `${ns}:${key}`));
  const changes: Record<string, readonly DiffPart[]> = { ...data.reader.changes };
  for (const key of stale) {
    const ns = key.slice(0, key.indexOf(':'));
    const text = english.get(ns)?.get(key.slice(ns.length + 1));
    // The page carries how the English of a document's stale paragraph changed (src/site/reader-extras.ts).
    if (documents.has(ns) && text !== undefined) changes[key] = wordDiff(oneWordChanged(text), text);
  }
  const revised = Object.fromEntries(namespaces.map((ns, i) => [ns, { date: `2099-11-${String(10 + i).padStart(2, '0')}` }]));
  const dates = { ...data.dates, ...Object.fromEntries(namespaces.map((_ns, i) => [`2099-11-${10 + i}`, 'x'.repeat(24)])) };
  return { ...data, stale, dates, edition: { ...data.edition, revised }, reader: { ...data.reader, changes } };
}

/** What size-limit measures: brotli at quality 11. */
function brotliBytes(text: string): number {
  return brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

export interface LanguageSize {
  readonly language: LanguageCode;
  /** As the data is now. */
  readonly now: number;
  /** With every translation stale. */
  readonly worst: number;
}

/** Each translated language's data as the build would ship it from the project in `root`, now and in its worst state. */
export async function languageDataSizes(root: string): Promise<LanguageSize[]> {
  const snapshot = await readSnapshot(root);
  const planned = { snapshot, plan: await planProject(root, snapshot) };
  const outlines = documentOutlines(root, {}, (path) => readFileSync(join(root, path), 'utf8'));
  return TARGET_LANGUAGES.map((language) => {
    // What the browser downloads (dist/assets/{lang}-*.json): without the strings only the build renders.
    const data = languageDataOf(root, planned, language, outlines, { client: true });
    const worst = worstState(data, planned.plan.english, new Set(outlines.map((o) => o.namespace)));
    return { language, now: brotliBytes(JSON.stringify(data)), worst: brotliBytes(JSON.stringify(worst)) };
  });
}
