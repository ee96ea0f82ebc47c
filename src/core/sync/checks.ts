import type { Catalog } from '../common/catalog.ts';
import { forbiddenCharacters, listCharacters } from '../common/characters.ts';
import type { Problem } from '../common/problems.ts';

/** English term -> the forms that count as its rendering in each language. */
export interface GlossaryTerm {
  /** The English forms that trigger the check (matched case-insensitively). */
  readonly en: readonly string[];
  /** Per language: forms or stems, any of which must appear (case-insensitively) in the translation. */
  readonly forms: ReadonlyMap<string, readonly string[]>;
  /** For official names: "Nato" does not count for "NATO". */
  readonly caseSensitive?: boolean;
  readonly note?: string;
  /** The term's dictionary form in each language (`en` included), for the glossary pages; forms above may be stems. */
  readonly headword?: ReadonlyMap<string, string>;
}

export type Glossary = readonly GlossaryTerm[];

const PLACEHOLDER = /\{\{\s*([^}\s,]+)[^}]*\}\}/g;
const TAG = /<\/?\s*([A-Za-z][\w-]*)[^>]*?\/?>/g;

function tokens(text: string, pattern: RegExp): string[] {
  // Most texts have neither placeholders nor tags: one indexOf clears them.
  if (!text.includes(pattern === PLACEHOLDER ? '{{' : '<')) return [];
  // In the text's order, as messages show them; compared as a multiset, since a language may move codes.
  return [...text.matchAll(pattern)].map((m) => (m[0].startsWith('</') ? `/${m[1] ?? ''}` : (m[1] ?? '')));
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  const sortedB = [...b].sort();
  return a.length === b.length && [...a].sort().every((t, i) => t === sortedB[i]);
}

function describe(list: readonly string[], wrap: (t: string) => string): string {
  return list.length === 0 ? 'none' : list.map(wrap).join(' ');
}

/** A string of only acronyms, numbers and placeholders ("NATO 2030") may rightly stay as in English. */
function hasTranslatableWords(text: string): boolean {
  return /(?=\p{L}*\p{Ll})\p{L}{2,}/u.test(text.replace(PLACEHOLDER, '').replace(TAG, ''));
}

/**
 * Whether a translation is the English copied (a CAT tool's "copy source", po2json's fill), which counts as
 * untranslated: the English but for white space around it, where the English has words to translate and the
 * glossary does not list the key as rightly the same (`same`: `namespace:key`, or `language:namespace:key`).
 */
export function copiesEnglish(
  entry: {
    readonly language: string;
    readonly namespace: string;
    readonly key: string;
    readonly english: string;
    readonly translation: string;
  },
  same: ReadonlySet<string> | undefined,
): boolean {
  const { language, namespace, key, english, translation } = entry;
  const rightlySame = same?.has(`${namespace}:${key}`) === true || same?.has(`${language}:${namespace}:${key}`) === true;
  return translation.trim() === english.trim() && hasTranslatableWords(english) && !rightlySame;
}

/** Languages whose lower case is not Unicode's default one (SpecialCasing.txt: Lithuanian, Turkish, Azerbaijani). */
const SPECIAL_CASING = new Set(['lt', 'tr', 'az']);

/** `text.toLocaleLowerCase(language)`, without asking ICU where the result is the default lower case (several times faster). */
function lowerCase(text: string, language: string): string {
  return SPECIAL_CASING.has(language.split('-')[0] ?? '') ? text.toLocaleLowerCase(language) : text.toLowerCase();
}

/** Does `text` contain one of `forms`, case folded unless the term is case-sensitive; `lower` is `text` folded, made once when first needed. */
function containsForm(term: GlossaryTerm, forms: readonly string[], text: string, lower: () => string, language: string): boolean {
  const haystack = term.caseSensitive ? text : lower();
  return forms.some((form) => haystack.includes(term.caseSensitive ? form.normalize('NFC') : lowerCase(form.normalize('NFC'), language)));
}

/** A text and its lower case, made at most once however many terms ask. */
function folded(text: string, language: string): () => string {
  let lower: string | undefined;
  return () => (lower ??= lowerCase(text, language));
}

/** The glossary terms an English text uses that have agreed forms in the language: what its translation must contain. */
export function termsFor(glossary: Glossary, language: string, english: string): GlossaryTerm[] {
  const lower = folded(english, language);
  return glossary.filter((term) => (term.forms.get(language) ?? []).length > 0 && containsForm(term, term.en, english, lower, language));
}

/** Placeholders and tags a translation must carry over, each once, in the order of the English. */
export function protectedCodes(english: string): string[] {
  return [...new Set(english.match(/\{\{[^}]*\}\}|<\/?[A-Za-z][^>]*>/g) ?? [])];
}

export interface CheckContext {
  readonly language: string;
  readonly namespace: string;
  readonly english: Catalog;
  readonly target: Catalog;
  readonly glossary: Glossary;
  /** Keys whose text is rightly the same as the English: `namespace:key` in every language, `language:namespace:key` in one. */
  readonly same?: ReadonlySet<string>;
  /** The English each translation answers to, when it is an older one (a stale entry). */
  readonly madeFrom?: (key: string) => string | undefined;
  /** Where the target file is, so problems can name it. */
  readonly file?: string;
}

/** The code of the problem that makes a copy of the English count as untranslated. */
const IDENTICAL = 'identical';

/**
 * Whether a translation with these problems may be shown as a translation: not when it fails
 * validation, nor when it is the English copied (a CAT tool's "copy source", po2json's fill).
 */
export function usableWith(problems: readonly Problem[]): boolean {
  return !problems.some((p) => p.severity === 'error' || p.code === IDENTICAL);
}

type Report = (severity: Problem['severity'], code: string, message: string) => void;

/** Content checks on one translation (not empty), against the English it answers to. */
export function checkEntry(context: CheckContext, key: string, english: string, translation: string): Problem[] {
  const problems: Problem[] = [];
  const { language, namespace, file } = context;
  const report: Report = (severity, code, message) => {
    problems.push({ severity, code, message, language, namespace, key, ...(file === undefined ? {} : { file }) });
  };
  if (!translation.trim()) {
    report('error', 'empty', 'the translation is only white space; leave it as "" if it is not translated yet');
    return problems;
  }
  checkCharactersOf(translation, report);
  // A stale translation answers to the English it was made from: a placeholder the English gained since
  // makes it stale (the sync says so), not invalid.
  const older = context.madeFrom?.(key);
  checkCodes(older === undefined || older === english ? [english] : [english, older], translation, report);
  if (copiesEnglish({ language, namespace, key, english, translation }, context.same)) {
    report(
      'warning',
      IDENTICAL,
      `the translation is identical to the English, so it counts as untranslated (if this text is rightly the same as the English, list "${namespace}:${key}" under "sameAsEnglishIn": { "${language}": […] } in locales/glossary.json, or under "sameInEveryLanguage" if it is so in every language)`,
    );
  }
  checkTerms({ glossary: context.glossary, language, english, translation }, report);
  return problems;
}

function checkCharactersOf(translation: string, report: Report): void {
  const forbidden = forbiddenCharacters(translation);
  if (forbidden.length === 0) return;
  const bidi = forbidden.some((f) => (f.codePoint >= 0x202a && f.codePoint <= 0x202e) || (f.codePoint >= 0x2066 && f.codePoint <= 0x2069));
  report(
    'error',
    'forbidden-character',
    `the translation holds ${listCharacters(forbidden)} (character ${(forbidden[0]?.index ?? 0) + 1} of the value): ${bidi ? 'a bidi control makes the page show words in another order than the file has them' : 'a control character, lone surrogate or noncharacter is no text and breaks the exchange files'}. Remove it; until then the reader shows the English`,
  );
}

/** Placeholders and tags as in one of the English texts the translation may answer to (the first is the English now). */
function checkCodes(references: readonly [string, ...string[]], translation: string, report: Report): void {
  const [english] = references;
  const names = (text: string): string[] => tokens(text, PLACEHOLDER).map((t) => t.replace(/^\{\{\s*|\s*\}\}$/g, ''));
  const gotPlaceholders = names(translation);
  if (!references.some((r) => sameTokens(names(r), gotPlaceholders))) {
    report(
      'error',
      'placeholder-mismatch',
      `placeholders differ from the English: expected ${describe(names(english), (p) => `{{${p}}}`)}, found ${describe(gotPlaceholders, (p) => `{{${p}}}`)}`,
    );
  }
  const gotTags = tokens(translation, TAG);
  if (!references.some((r) => sameTokens(tokens(r, TAG), gotTags))) {
    report(
      'error',
      'tag-mismatch',
      `tags differ from the English: expected ${describe(tokens(english, TAG), (t) => `<${t}>`)}, found ${describe(gotTags, (t) => `<${t}>`)}`,
    );
  }
}

function checkTerms(args: { glossary: Glossary; language: string; english: string; translation: string }, report: Report): void {
  const { language } = args;
  // A file a tool re-normalised to NFD changed no word: the forms match in one normal form.
  const translation = args.translation.normalize('NFC');
  const lower = folded(translation, language);
  for (const term of termsFor(args.glossary, language, args.english)) {
    const forms = term.forms.get(language) ?? [];
    if (containsForm(term, forms, translation, lower, language)) continue;
    report(
      'warning',
      'glossary',
      `the English has "${term.en[0] ?? ''}" but the translation has none of the agreed forms: ${forms.map((f) => `"${f}"`).join(', ')}`,
    );
  }
}

/** Content checks on the translations of one catalog; untranslated (empty) entries are not problems here. */
export function checkTranslations(context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const [key, english] of context.english) {
    const translation = context.target.get(key);
    if (translation === undefined || translation === '') continue;
    problems.push(...checkEntry(context, key, english, translation));
  }
  return problems;
}
