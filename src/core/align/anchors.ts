import type { Glossary } from '../sync/checks.ts';

/** Letters without their accents, lower case: "Úkraínu" and "Ukraine" share "ukrai". */
function fold(word: string, language: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ðđ]/gu, 'd').replace(/þ/gu, 'th').toLocaleLowerCase(language);
}

/** The agreed forms of each glossary term in one language (English: the `en` forms), with how they match. */
export function termForms(glossary: Glossary, language: string): { readonly forms: readonly string[]; readonly exact: boolean }[] {
  return glossary.map((term) => ({
    forms: language === 'en' ? term.en : (term.forms.get(language) ?? []),
    exact: term.caseSensitive === true,
  }));
}

/**
 * What ties a sentence to its counterpart whatever the language: its numbers, the names in it (words
 * with a capital not at the start of the sentence, folded to their first five letters, so inflected and
 * accented forms meet), the agreed terms of the glossary it uses, and parentheses.
 */
export function anchorsOf(sentence: string, language: string, terms: ReturnType<typeof termForms>): string[] {
  const keys: string[] = [];
  for (const number of sentence.match(/\p{N}+/gu) ?? []) keys.push(`n:${number}`);
  const words = [...sentence.matchAll(/\p{L}[\p{L}\p{M}]*/gu)];
  for (const word of words.slice(1))
    if (/^\p{Lu}/u.test(word[0]) && word[0].length > 1) keys.push(`w:${fold(word[0], language).slice(0, 5)}`);
  const lower = sentence.toLocaleLowerCase(language);
  terms.forEach((term, index) => {
    if (term.forms.some((form) => (term.exact ? sentence.includes(form) : lower.includes(form.toLocaleLowerCase(language)))))
      keys.push(`g:${index}`);
  });
  for (const mark of sentence.match(/[()?!]/g) ?? []) keys.push(`p:${mark}`);
  return keys;
}
