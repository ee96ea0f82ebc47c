import type { i18n } from 'i18next';
import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { documentDate } from './i18n.ts';
import type { DocumentOutline } from '../core/wire/locale-data.ts';

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
  if (language === SOURCE_LANGUAGE) return { id, text: english, language, state: 'translated', english };
  if (!hasTranslation(instance, language, document.namespace, id)) {
    return { id, text: english, language: SOURCE_LANGUAGE, state: 'untranslated', english };
  }
  const state = stale.has(`${document.namespace}:${id}`) ? 'stale' : 'translated';
  return { id, text: render(instance, language, document, id), language, state, english };
}
