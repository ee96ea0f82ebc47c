import type { i18n, TFunction } from 'i18next';
import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { documentDate, editionOf } from './i18n.ts';
import type { DocumentOutline } from '../core/wire/locale-data.ts';
import { hasTranslation } from './paragraphs.ts';
import { readerPath } from './routes.ts';

/** How much of a language version answers to the current English, from the sync state at build time. */
export interface Progress {
  readonly total: number;
  readonly stale: number;
  readonly untranslated: number;
}

export function progressOf(instance: i18n, language: LanguageCode, outline: DocumentOutline, stale: ReadonlySet<string>): Progress {
  if (language === SOURCE_LANGUAGE) return { total: outline.blocks.length, stale: 0, untranslated: 0 };
  let staleCount = 0;
  let untranslated = 0;
  for (const block of outline.blocks) {
    if (!hasTranslation(instance, language, outline.namespace, block.id)) untranslated++;
    else if (stale.has(`${outline.namespace}:${block.id}`)) staleCount++;
  }
  return { total: outline.blocks.length, stale: staleCount, untranslated };
}

/** When a language's text was last revised, in its long form, or why that is not known. */
export type RevisionText = { readonly date: string; readonly iso: string } | { readonly unknown: 'history' | 'uncommitted' };

export function revisionOf(instance: i18n, language: LanguageCode, outline: DocumentOutline): RevisionText {
  const revised = editionOf(instance, language)?.revised[outline.namespace];
  if (!revised) return { unknown: 'history' };
  if ('date' in revised) return { date: documentDate(instance, language, revised.date), iso: revised.date };
  return { unknown: revised.unknown === 'uncommitted' ? 'uncommitted' : 'history' };
}

/** The permanent address of a language version, or of one of its paragraphs. */
export function permanentAddress(siteUrl: string, language: LanguageCode, id?: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${readerPath(language)}${id ? `#${id}` : ''}`;
}

export interface CitationTarget {
  readonly language: LanguageCode;
  readonly outline: DocumentOutline;
  readonly siteUrl: string;
  /** A paragraph: its id and this edition's number. */
  readonly paragraph?: { readonly id: string; readonly number: number };
}

/**
 * A ready citation in the page's language: who, what, where, when, which paragraph, which version, where to
 * find it, when read. The date of access is a part of its own: the prerendered page cannot know it and says
 * "accessed [date]"; the page's script writes today's date there (enhance/messages.ts).
 */
export interface Citation {
  readonly lead: string;
  readonly accessed: string;
  readonly tail: string;
}

export function citation(t: TFunction<'ui'>, instance: i18n, target: CitationTarget): Citation {
  const { language, outline, siteUrl, paragraph } = target;
  const work = t('cite.work', {
    defaultValue: 'Nordic Ministers of Defence, Joint declaration, NORDEFCO ministerial meeting, Copenhagen, {{date}}',
    date: documentDate(instance, language, outline.date),
  });
  const version =
    language === SOURCE_LANGUAGE
      ? t('cite.original', { defaultValue: 'English original' })
      : t('cite.unofficial', { defaultValue: 'Unofficial translation' });
  const url = permanentAddress(siteUrl, language, paragraph?.id);
  // The order and punctuation of a reference list; each language words the parts.
  const where = paragraph ? `${work}, ${t('cite.paragraph', { defaultValue: 'paragraph {{number}}', number: paragraph.number })}` : work;
  return { lead: `${where}. ${version}. ${url} (`, accessed: t('cite.accessedBlank', { defaultValue: 'accessed [date]' }), tail: ')' };
}

/** The template the page's script fills with today's date, in the page's language. */
export function accessedTemplate(t: TFunction<'ui'>): string {
  return t('cite.accessed', { defaultValue: 'accessed {{date}}', date: '{{date}}' });
}
