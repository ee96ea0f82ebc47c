import type { i18n } from 'i18next';
import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { documentDate } from './i18n.ts';
import { READER_EXTRAS_NAMESPACE, type DocumentOutline, type ParagraphRevision, type ReaderExtras } from '../core/wire/locale-data.ts';
import type { TermMark } from '../core/wire/glossary-data.ts';
import type { ReviewDiffPart as DiffPart } from '../core/wire/review-data.ts';

export type ParagraphState = 'translated' | 'stale' | 'untranslated';

/** What the reader shows for one block in one language. */
export interface BlockView {
  readonly id: string;
  /** The text shown, in `language`. */
  readonly text: string;
  /** The language the shown text is in: English when untranslated. */
  readonly language: LanguageCode;
  readonly state: ParagraphState;
  /** The current English, for comparison and for stale paragraphs. */
  readonly english: string;
  /** The agreed terms marked in `text` (in its own language). */
  readonly terms?: readonly TermMark[];
  /** Stale: how the English changed since the translation was made. */
  readonly changes?: readonly DiffPart[];
  /** The latest revision, when it answered a change in the English. */
  readonly revision?: ParagraphRevision;
}

function extras(instance: i18n, language: LanguageCode): Partial<ReaderExtras> {
  const value: unknown = instance.getResourceBundle(language, READER_EXTRAS_NAMESPACE);
  return value && typeof value === 'object' ? (value as Partial<ReaderExtras>) : {};
}

/** What the build found beside a block's text in this language: its terms, how its English changed, its revision. */
function blockExtras(
  instance: i18n,
  language: LanguageCode,
  key: string,
  { stale }: { readonly stale: boolean },
): Pick<BlockView, 'terms' | 'changes' | 'revision'> {
  const found = extras(instance, language);
  const terms = found.terms?.[key];
  const changes = stale ? found.changes?.[key] : undefined;
  const revision = stale ? undefined : found.revisions?.[key];
  return { ...(terms ? { terms } : {}), ...(changes ? { changes } : {}), ...(revision ? { revision } : {}) };
}

/** A block's text in one language with {{date}} filled in; the documents' keys are data, not typed code keys. */
function render(instance: i18n, language: LanguageCode, document: DocumentOutline, id: string): string {
  const value: unknown = instance.getResource(language, document.namespace, id);
  const template =
    typeof value === 'string' && value.trim() !== '' ? value : String(instance.getResource(SOURCE_LANGUAGE, document.namespace, id) ?? '');
  return instance.services.interpolator.interpolate(template, { date: documentDate(instance, language, document.date) }, language, {});
}

export function hasTranslation(instance: i18n, language: LanguageCode, namespace: string, id: string): boolean {
  const value: unknown = instance.getResource(language, namespace, id);
  return typeof value === 'string' && value.trim() !== '';
}

export function blockView(
  instance: i18n,
  language: LanguageCode,
  document: DocumentOutline,
  id: string,
  stale: ReadonlySet<string>,
): BlockView {
  const english = render(instance, SOURCE_LANGUAGE, document, id);
  const key = `${document.namespace}:${id}`;
  if (language === SOURCE_LANGUAGE)
    return { id, text: english, language, state: 'translated', english, ...blockExtras(instance, language, key, { stale: false }) };
  if (!hasTranslation(instance, language, document.namespace, id)) {
    return { id, text: english, language: SOURCE_LANGUAGE, state: 'untranslated', english };
  }
  const state = stale.has(key) ? 'stale' : 'translated';
  return {
    id,
    text: render(instance, language, document, id),
    language,
    state,
    english,
    ...blockExtras(instance, language, key, { stale: state === 'stale' }),
  };
}
