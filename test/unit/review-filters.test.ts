import { describe, expect, it } from 'vitest';
import { filterReview, filtersFromAddress, filtersQuery } from '../../src/app/components/review/use-review-filters.ts';
import type { ReviewData, ReviewEntry } from '../../src/core/wire/review-data.ts';

const entry = (key: string, status: ReviewEntry['status']): ReviewEntry => ({ namespace: 'ui', key, status, problems: [] });
const data: ReviewData = {
  upToDate: true,
  englishUpToDate: true,
  languages: [
    {
      language: 'da',
      counts: { translated: 1, untranslated: 1, stale: 1, obsolete: 0 },
      entries: [entry('a', 'untranslated'), entry('b', 'stale')],
      versions: {},
    },
    { language: 'sv', counts: { translated: 2, untranslated: 0, stale: 1, obsolete: 0 }, entries: [entry('c', 'stale')], versions: {} },
  ],
};

describe('review filters', () => {
  it('reads known languages and states from the address and ignores the rest', () => {
    expect(filtersFromAddress('?lang=sv&state=stale', ['da', 'sv'])).toEqual({ language: 'sv', status: 'stale' });
    expect(filtersFromAddress('?lang=xx&state=gone', ['da', 'sv'])).toEqual({});
    expect(filtersFromAddress('?lang=all', ['da'])).toEqual({ language: 'all' });
  });

  it('writes only what differs from the page default into the query', () => {
    expect(filtersQuery({ language: 'da', status: 'all' }, 'da')).toBe('');
    expect(filtersQuery({ language: 'all', status: 'stale' }, 'da')).toBe('lang=all&state=stale');
  });

  it('keeps the languages and entries the filters let through', () => {
    expect(filterReview(data, { language: 'all', status: 'stale' }).map((l) => [l.language, l.entries.map((e) => e.key)])).toEqual([
      ['da', ['b']],
      ['sv', ['c']],
    ]);
    expect(filterReview(data, { language: 'sv', status: 'all' }).map((l) => l.language)).toEqual(['sv']);
  });
});
