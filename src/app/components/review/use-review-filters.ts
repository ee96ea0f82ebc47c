import { useEffect, useState } from 'react';
import { SOURCE_LANGUAGE, type LanguageCode } from '../../../languages.ts';
import { REVIEW_STATUSES, type ReviewData, type ReviewLanguage, type ReviewStatus } from '../../../core/wire/review-data.ts';

export type LanguageFilter = 'all' | string;
export type StatusFilter = 'all' | ReviewStatus;

export interface Filters {
  readonly language: LanguageFilter;
  readonly status: StatusFilter;
}

/** The filters live in the address (`?lang=da&state=stale`) so a review can be shared. */
export function filtersFromAddress(search: string, languages: readonly string[]): Partial<Filters> {
  const params = new URLSearchParams(search);
  const language = params.get('lang');
  const status = params.get('state');
  return {
    ...(language !== null && (language === 'all' || languages.includes(language)) ? { language } : {}),
    ...(status !== null && (status === 'all' || (REVIEW_STATUSES as readonly string[]).includes(status))
      ? { status: status as StatusFilter }
      : {}),
  };
}

/** The query that says these filters, leaving out what the page shows by default. */
export function filtersQuery(filters: Filters, defaultLanguage: LanguageFilter): string {
  const params = new URLSearchParams();
  if (filters.language !== defaultLanguage) params.set('lang', filters.language);
  if (filters.status !== 'all') params.set('state', filters.status);
  return params.toString();
}

/** The languages and entries the filters let through. */
export function filterReview(data: ReviewData, filters: Filters): ReviewLanguage[] {
  return data.languages
    .filter((l) => filters.language === 'all' || l.language === filters.language)
    .map((l) => ({
      ...l,
      entries: l.entries.filter((e) => filters.status === 'all' || e.status === filters.status),
      // The alignment is no state of an entry: shown with every state, not under one.
      alignments: filters.status === 'all' ? (l.alignments ?? []) : [],
    }));
}

/**
 * The review's filters: by default the page's own language (every language on the English page),
 * then whatever the address asks for; each change is written back into the address.
 */
export function useReviewFilters(
  pageLanguage: LanguageCode,
  data: ReviewData,
): { readonly filters: Filters; readonly setFilters: (next: Partial<Filters>) => void } {
  const defaultLanguage: LanguageFilter = pageLanguage === SOURCE_LANGUAGE ? 'all' : pageLanguage;
  const [filters, setState] = useState<Filters>({ language: defaultLanguage, status: 'all' });

  useEffect(() => {
    const fromAddress = filtersFromAddress(
      window.location.search,
      data.languages.map((l) => l.language),
    );
    // The address is read after hydration, so the first render matches the prerendered page, which has no query.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (fromAddress.language || fromAddress.status) setState((current) => ({ ...current, ...fromAddress }));
  }, [data]);

  const setFilters = (next: Partial<Filters>): void => {
    const merged: Filters = { ...filters, ...next };
    setState(merged);
    const query = filtersQuery(merged, defaultLanguage);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  };
  return { filters, setFilters };
}
