import type { Glossary, GlossaryTerm } from '../sync/checks.ts';
import { readJson } from './json-text.ts';
import { forbiddenCharacters, listCharacters, visibleCharacters, zeroWidthCharacters } from '../common/characters.ts';
import { lineColumn, type Problem } from '../common/problems.ts';
import { failure, success, type Result } from '../common/result.ts';

/**
 * locales/glossary.json: { "terms": [ { "en": ["total defence"], "headword": { "en": "total defence", "da": "totalforsvar", ... },
 * "note": "...", "da": ["totalforsvar"], ... } ] }. Each language lists the forms (or stems) that count as the agreed
 * rendering; `headword` gives the dictionary form the glossary pages show.
 */
export interface GlossaryFile {
  readonly glossary: Glossary;
  /** `namespace:key` of texts rightly the same in every language, so a copy of the English counts there. */
  readonly same: ReadonlySet<string>;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '');
}

/** The glossary file; its warnings name terms with zero-width characters, which then match no translation that lacks them. */
export function parseGlossary(file: string, raw: string): Result<GlossaryFile> {
  const read = readJson(file, raw, 'glossary');
  if (!read.ok) return read;
  const { text } = read.value;
  const fail = (message: string, offset = 0): Result<GlossaryFile> =>
    failure([{ severity: 'error', code: 'glossary-file', message, file, ...lineColumn(text, offset) }]);
  const data: unknown = JSON.parse(text);
  const terms = typeof data === 'object' && data !== null && 'terms' in data ? data.terms : undefined;
  if (!Array.isArray(terms)) return fail('the glossary must be an object with a "terms" list');
  const sameList = typeof data === 'object' && data !== null && 'sameInEveryLanguage' in data ? data.sameInEveryLanguage : [];
  if (!Array.isArray(sameList) || !sameList.every((v) => typeof v === 'string' && /^[^:\s]+:[^:\s]+$/.test(v))) {
    return fail('"sameInEveryLanguage" must be a list of "namespace:key" strings', Math.max(0, text.indexOf('"sameInEveryLanguage"')));
  }
  const glossary: GlossaryTerm[] = [];
  const warnings: Problem[] = [];
  for (const [index, term] of terms.entries()) {
    if (typeof term !== 'object' || term === null) return fail(`term ${index + 1} must be an object`);
    const record = term as Record<string, unknown>;
    const en = record['en'];
    const where = text.indexOf(JSON.stringify(Array.isArray(en) ? en[0] : ''));
    if (!isStringList(en) || en.length === 0) return fail(`term ${index + 1} needs an "en" list of English forms`, Math.max(0, where));
    const forms = new Map<string, readonly string[]>();
    for (const [language, value] of Object.entries(record)) {
      if (language === 'note' || language === 'caseSensitive' || language === 'headword') continue;
      if (!isStringList(value)) return fail(`term "${en[0]}": "${language}" must be a list of non-empty strings`, Math.max(0, where));
      for (const form of value) {
        const forbidden = forbiddenCharacters(form);
        if (forbidden.length > 0)
          return fail(
            `term "${en[0]}": the ${language} form "${visibleCharacters(form)}" holds ${listCharacters(forbidden)}: remove it`,
            Math.max(0, where),
          );
        const invisible = zeroWidthCharacters(form);
        if (invisible.length > 0)
          warnings.push({
            severity: 'warning',
            code: 'glossary-zero-width',
            message: `term "${en[0]}": the ${language} form "${form}" holds ${listCharacters(invisible)}, invisible, so the form matches only a text with the same character there: remove it unless it is meant`,
            file,
            ...lineColumn(text, Math.max(0, where)),
          });
      }
      if (language !== 'en') forms.set(language, value);
    }
    const note = record['note'];
    const headword = record['headword'];
    if (
      headword !== undefined &&
      (typeof headword !== 'object' || headword === null || !Object.values(headword).every((v) => typeof v === 'string' && v.trim() !== ''))
    )
      return fail(`term "${en[0]}": "headword" must map languages to non-empty strings`, Math.max(0, where));
    glossary.push({
      en,
      forms,
      ...(typeof note === 'string' ? { note } : {}),
      ...(record['caseSensitive'] === true ? { caseSensitive: true } : {}),
      ...(headword ? { headword: new Map(Object.entries(headword as Record<string, string>)) } : {}),
    });
  }
  return success({ glossary, same: new Set(sameList as string[]) }, warnings);
}
