import type { Catalog } from './catalog.ts';
import type { Problem } from './problems.ts';

/** English term -> the forms that count as its rendering in each language. */
export interface GlossaryTerm {
  /** The English forms that trigger the check (matched case-insensitively). */
  readonly en: readonly string[];
  /** Per language: forms or stems, any of which must appear (case-insensitively) in the translation. */
  readonly forms: ReadonlyMap<string, readonly string[]>;
  /** For official names: "Nato" does not count for "NATO". */
  readonly caseSensitive?: boolean;
  readonly note?: string;
}

export type Glossary = readonly GlossaryTerm[];

const PLACEHOLDER = /\{\{\s*([^}\s,]+)[^}]*\}\}/g;
const TAG = /<\/?\s*([A-Za-z][\w-]*)[^>]*?\/?>/g;

function tokens(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0].startsWith('</') ? `/${m[1] ?? ''}` : (m[1] ?? '')).sort();
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

function describe(list: readonly string[], wrap: (t: string) => string): string {
  return list.length === 0 ? 'none' : list.map(wrap).join(' ');
}

/** A string of only acronyms, numbers and placeholders ("NATO 2030") may rightly stay as in English. */
function hasTranslatableWords(text: string): boolean {
  return /(?=\p{L}*\p{Ll})\p{L}{2,}/u.test(text.replace(PLACEHOLDER, '').replace(TAG, ''));
}

/** The glossary terms an English text uses that have agreed forms in the language: what its translation must contain. */
export function termsFor(glossary: Glossary, language: string, english: string): GlossaryTerm[] {
  return glossary.filter((term) => {
    if ((term.forms.get(language) ?? []).length === 0) return false;
    const fold = (text: string): string => (term.caseSensitive ? text : text.toLocaleLowerCase(language));
    return term.en.some((form) => fold(english).includes(fold(form)));
  });
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
  /** Where the target file is, so problems can name it. */
  readonly file?: string;
}

/** Content checks on the translations of one catalog; untranslated (empty) entries are not problems here. */
export function checkTranslations(context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const { language, namespace, file } = context;
  const report = (severity: Problem['severity'], code: string, key: string, message: string): void => {
    problems.push({ severity, code, message, language, namespace, key, ...(file === undefined ? {} : { file }) });
  };
  for (const [key, english] of context.english) {
    const translation = context.target.get(key);
    if (translation === undefined || translation === '') continue;
    if (!translation.trim()) {
      report('error', 'empty', key, 'the translation is only white space; leave it as "" if it is not translated yet');
      continue;
    }
    const wantPlaceholders = tokens(english, PLACEHOLDER).map((t) => t.replace(/^\{\{\s*|\s*\}\}$/g, ''));
    const gotPlaceholders = tokens(translation, PLACEHOLDER).map((t) => t.replace(/^\{\{\s*|\s*\}\}$/g, ''));
    if (!sameTokens(wantPlaceholders, gotPlaceholders)) {
      report('error', 'placeholder-mismatch', key, `placeholders differ from the English: expected ${describe(wantPlaceholders, (p) => `{{${p}}}`)}, found ${describe(gotPlaceholders, (p) => `{{${p}}}`)}`);
    }
    const wantTags = tokens(english, TAG);
    const gotTags = tokens(translation, TAG);
    if (!sameTokens(wantTags, gotTags)) {
      report('error', 'tag-mismatch', key, `tags differ from the English: expected ${describe(wantTags, (t) => `<${t}>`)}, found ${describe(gotTags, (t) => `<${t}>`)}`);
    }
    if (translation.trim() === english.trim() && hasTranslatableWords(english)) {
      report('warning', 'identical', key, 'the translation is identical to the English');
    }
    for (const term of termsFor(context.glossary, language, english)) {
      const forms = term.forms.get(language) ?? [];
      const fold = (text: string): string => (term.caseSensitive ? text : text.toLocaleLowerCase(language));
      if (forms.some((form) => fold(translation).includes(fold(form)))) continue;
      report('warning', 'glossary', key, `the English has "${term.en[0] ?? ''}" but the translation has none of the agreed forms: ${forms.map((f) => `"${f}"`).join(', ')}`);
    }
  }
  return problems;
}
