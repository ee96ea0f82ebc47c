import type { Glossary, GlossaryTerm } from '../sync/checks.ts';
import { readJson, withoutBom } from './json-text.ts';
import { isLanguageCode, SOURCE_LANGUAGE } from '../../languages.ts';
import { forbiddenCharacters, listCharacters, visibleCharacters, zeroWidthCharacters } from '../common/characters.ts';
import { lineColumn, type Problem } from '../common/problems.ts';
import { failure, success, type Result } from '../common/result.ts';
import { citations } from '../glossary/sources.ts';

/**
 * locales/glossary.json: { "terms": [ { "en": ["total defence"], "headword": { "en": "total defence", "da": "totalforsvar", ... },
 * "note": "...", "da": ["totalforsvar"], ... } ] }. Each language lists the forms (or stems) that count as the agreed
 * rendering; `headword` gives the dictionary form the glossary pages show.
 */
export interface GlossaryFile {
  readonly glossary: Glossary;
  /**
   * Texts rightly the same as the English, so a copy of the English counts as their translation: `namespace:key` in
   * every language ("sameInEveryLanguage"), `language:namespace:key` in one ("sameAsEnglishIn": Danish "Version 3").
   */
  readonly same: ReadonlySet<string>;
  /** What each citation in the notes refers to ("R-dnn 3" → the source), in the file's order. */
  readonly sources: ReadonlyMap<string, string>;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '');
}

const NAMESPACE_KEY = /^[^:\s]+:[^:\s]+$/;

/**
 * The keys rightly the same as the English: "sameInEveryLanguage": ["record:x"] as `record:x`, and
 * "sameAsEnglishIn": { "da": ["record:y"] } as `da:record:y`; or the field that is malformed.
 */
function sameKeys(data: object): { keys: string[] } | { malformed: string } {
  const isKeyList = (list: unknown): list is string[] =>
    Array.isArray(list) && list.every((v) => typeof v === 'string' && NAMESPACE_KEY.test(v));
  const every = 'sameInEveryLanguage' in data ? data.sameInEveryLanguage : [];
  if (!isKeyList(every)) return { malformed: 'sameInEveryLanguage' };
  const byLanguage = 'sameAsEnglishIn' in data ? data.sameAsEnglishIn : {};
  if (typeof byLanguage !== 'object' || byLanguage === null || Array.isArray(byLanguage)) return { malformed: 'sameAsEnglishIn' };
  const keys = [...every];
  for (const [language, list] of Object.entries(byLanguage)) {
    if (!isKeyList(list) || !isLanguageCode(language) || language === SOURCE_LANGUAGE) return { malformed: 'sameAsEnglishIn' };
    keys.push(...list.map((key) => `${language}:${key}`));
  }
  return { keys };
}

/** `"sources"`: citation → what it refers to, each a non-empty string; a message when it is anything else. */
function readSources(data: object): Map<string, string> | string {
  const value = 'sources' in data ? data.sources : {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return '"sources" must map each citation of the notes ("R-dnn 3") to the source it refers to';
  const entries = Object.entries(value as Record<string, unknown>);
  const bad = entries.find(([, text]) => typeof text !== 'string' || text.trim() === '');
  if (bad) return `"sources": "${bad[0]}" must be the source it refers to, a non-empty string`;
  return new Map(entries as [string, string][]);
}

/** The glossary file; its warnings name terms with zero-width characters, which then match no translation that lacks them. */
const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

export function parseGlossary(file: string, raw: string): Result<GlossaryFile> {
  // Well-formed JSON, nearly always, is the text JSON.parse takes; the syntax tree, which costs several
  // times more, is built only to say where a syntax error is.
  const read = parses(withoutBom(raw)) ? success({ text: withoutBom(raw) }) : readJson(file, raw, 'glossary');
  if (!read.ok) return read;
  const { text } = read.value;
  const fail = (message: string, offset = 0): Result<GlossaryFile> =>
    failure([{ severity: 'error', code: 'glossary-file', message, file, ...lineColumn(text, offset) }]);
  const data: unknown = JSON.parse(text);
  const terms = typeof data === 'object' && data !== null && 'terms' in data ? data.terms : undefined;
  if (!Array.isArray(terms)) return fail('the glossary must be an object with a "terms" list');
  const same = sameKeys(data as object);
  if ('malformed' in same) {
    const shape =
      same.malformed === 'sameInEveryLanguage' ? 'a list of' : "an object mapping the project's translation languages to lists of";
    return fail(`"${same.malformed}" must be ${shape} "namespace:key" strings`, Math.max(0, text.indexOf(`"${same.malformed}"`)));
  }
  const sources = readSources(data as object);
  if (typeof sources === 'string') return fail(sources, Math.max(0, text.indexOf('"sources"')));
  const glossary: GlossaryTerm[] = [];
  const warnings: Problem[] = [];
  for (const [index, term] of terms.entries()) {
    const read = readTerm(term, index, { file, text, sources, warnings });
    if ('message' in read) return fail(read.message, read.offset);
    glossary.push(read);
  }
  return success({ glossary, same: new Set(same.keys), sources }, warnings);
}

interface TermContext {
  readonly file: string;
  readonly text: string;
  readonly sources: ReadonlyMap<string, string>;
  readonly warnings: Problem[];
}

interface TermError {
  readonly message: string;
  readonly offset: number;
}

function readTerm(term: unknown, index: number, context: TermContext): GlossaryTerm | TermError {
  if (typeof term !== 'object' || term === null) return { message: `term ${index + 1} must be an object`, offset: 0 };
  const record = term as Record<string, unknown>;
  const en = record['en'];
  const offset = Math.max(0, context.text.indexOf(JSON.stringify(Array.isArray(en) ? en[0] : '')));
  if (!isStringList(en) || en.length === 0) return { message: `term ${index + 1} needs an "en" list of English forms`, offset };
  const forms = readForms(record, en, offset, context);
  if (!(forms instanceof Map)) return forms;
  const note = record['note'];
  // A reader of the glossary pages must be able to look up every citation; one the file does not list stops here.
  const unlisted = typeof note === 'string' ? citations(note).find((c) => !context.sources.has(c)) : undefined;
  if (unlisted) return { message: `term "${en[0]}": the note cites [${unlisted}], which "sources" does not list: add it there`, offset };
  const headword = record['headword'];
  if (
    headword !== undefined &&
    (typeof headword !== 'object' || headword === null || !Object.values(headword).every((v) => typeof v === 'string' && v.trim() !== ''))
  )
    return { message: `term "${en[0]}": "headword" must map languages to non-empty strings`, offset };
  return {
    en,
    forms,
    ...(typeof note === 'string' ? { note } : {}),
    ...(record['caseSensitive'] === true ? { caseSensitive: true } : {}),
    ...(headword ? { headword: new Map(Object.entries(headword as Record<string, string>)) } : {}),
  };
}

/** A term's agreed forms by language (the English's apart); a form with a zero-width character is a warning. */
function readForms(
  record: Record<string, unknown>,
  en: readonly string[],
  offset: number,
  context: TermContext,
): Map<string, readonly string[]> | TermError {
  const forms = new Map<string, readonly string[]>();
  for (const [language, value] of Object.entries(record)) {
    if (language === 'note' || language === 'caseSensitive' || language === 'headword') continue;
    if (!isStringList(value)) return { message: `term "${en[0]}": "${language}" must be a list of non-empty strings`, offset };
    for (const form of value) {
      const forbidden = forbiddenCharacters(form);
      if (forbidden.length > 0)
        return {
          message: `term "${en[0]}": the ${language} form "${visibleCharacters(form)}" holds ${listCharacters(forbidden)}: remove it`,
          offset,
        };
      const invisible = zeroWidthCharacters(form);
      if (invisible.length > 0)
        context.warnings.push({
          severity: 'warning',
          code: 'glossary-zero-width',
          message: `term "${en[0]}": the ${language} form "${form}" holds ${listCharacters(invisible)}, invisible, so the form matches only a text with the same character there: remove it unless it is meant`,
          file: context.file,
          ...lineColumn(context.text, offset),
        });
    }
    if (language !== 'en') forms.set(language, value);
  }
  return forms;
}
