import type { Glossary, GlossaryTerm } from '../sync/checks.ts';
import type { GlossaryEntry, TermMark } from '../wire/glossary-data.ts';

/** A term's anchor: its first English form as a slug. */
function termId(term: GlossaryTerm): string {
  return (term.en[0] ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const NOTE_PART = /(?:^|\s)((?:da|nb|nn|sv|fi|is)(?:\/(?:da|nb|nn|sv|fi|is))*):\s/g;

/**
 * A glossary note split into what concerns every language and what concerns one ("sv: …", or several:
 * "nb/nn: …"), as the translators write them. Text before the first language prefix is general.
 */
export function noteParts(
  note: string | undefined,
  languages: readonly string[],
): { general?: string; conventions: Record<string, string> } {
  if (!note) return { conventions: {} };
  const starts = [...note.matchAll(NOTE_PART)].filter((m) => (m[1] ?? '').split('/').every((code) => languages.includes(code)));
  const general = note.slice(0, starts[0]?.index ?? note.length).trim();
  const conventions: Record<string, string> = {};
  starts.forEach((m, i) => {
    const text = note.slice(m.index + m[0].length, starts[i + 1]?.index ?? note.length).trim();
    for (const code of (m[1] ?? '').split('/')) conventions[code] = conventions[code] ? `${conventions[code]} ${text}` : text;
  });
  return { ...(general ? { general } : {}), conventions };
}

export function glossaryEntries(glossary: Glossary, languages: readonly string[]): GlossaryEntry[] {
  return glossary.map((term) => {
    const forms: Record<string, readonly string[]> = { en: term.en };
    for (const [language, list] of term.forms) forms[language] = list;
    return { id: termId(term), names: Object.fromEntries(term.headword ?? []), forms, ...noteParts(term.note, languages) };
  });
}

const WORD = /[\p{L}\p{N}]/u;

/** The first occurrence of any of `forms` in `text` (the glossary's matching: substrings, case-insensitive unless exact), widened to whole words. */
function find(text: string, forms: readonly string[], exact: boolean, language: string): [number, number] | undefined {
  const haystack = exact ? text : text.toLocaleLowerCase(language);
  let best: [number, number] | undefined;
  for (const form of forms) {
    const at = haystack.indexOf(exact ? form : form.toLocaleLowerCase(language));
    if (at < 0 || (best && at >= best[0])) continue;
    let start = at;
    let end = at + form.length;
    while (start > 0 && WORD.test(text[start - 1] ?? '')) start--;
    // "NATO’s": the possessive belongs to the word.
    while (end < text.length && (WORD.test(text[end] ?? '') || (/[’']/.test(text[end] ?? '') && WORD.test(text[end + 1] ?? '')))) end++;
    best = [start, end];
  }
  return best;
}

export interface MarkInput {
  readonly glossary: Glossary;
  readonly language: string;
  /** The paragraphs in document order: id, the English and the text shown in `language`. */
  readonly paragraphs: readonly { readonly id: string; readonly english: string; readonly text: string }[];
}

/**
 * Where the agreed terms first appear in a language version: each term marked once, at its first
 * paragraph whose English uses it and whose text has the agreed form, so the marks stay discreet.
 */
export function markTerms(input: MarkInput): Record<string, TermMark[]> {
  const marked = new Set<string>();
  const out: Record<string, TermMark[]> = {};
  for (const paragraph of input.paragraphs) {
    const marks: TermMark[] = [];
    for (const term of input.glossary) {
      const id = termId(term);
      if (marked.has(id)) continue;
      const exact = term.caseSensitive === true;
      if (!find(paragraph.english, term.en, exact, 'en')) continue;
      const forms = input.language === 'en' ? term.en : (term.forms.get(input.language) ?? []);
      const at = find(paragraph.text, forms, exact, input.language);
      if (!at || marks.some(([s, e]) => at[0] < e && s < at[1])) continue;
      marks.push([at[0], at[1], id]);
      marked.add(id);
    }
    if (marks.length > 0) out[paragraph.id] = marks.sort((a, b) => a[0] - b[0]);
  }
  return out;
}
