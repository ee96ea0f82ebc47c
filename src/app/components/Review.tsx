import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, getLanguage, isLanguageCode, SOURCE_LANGUAGE, type LanguageCode } from '../../languages.ts';
import { fetchReview } from '../dev-api.ts';
import { applyHead, headData } from '../head.ts';
import { documentDate } from '../i18n.ts';
import type { DocumentOutline } from '../locale-data.ts';
import { REVIEW_STATUSES, type ReviewData, type ReviewEntry, type ReviewStatus } from '../review-data.ts';
import { reviewPath } from '../routes.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { TranslationEditor } from './TranslationEditor.tsx';

interface Props {
  readonly language: LanguageCode;
  readonly data: ReviewData;
  readonly document: DocumentOutline;
  readonly siteUrl: string;
}

type LanguageFilter = 'all' | string;
type StatusFilter = 'all' | ReviewStatus;

const name = (code: string): string => (isLanguageCode(code) ? displayName(getLanguage(code)) : code);

/** The filters live in the address (`?lang=da&state=stale`) so a review can be shared. */
function filtersFromAddress(search: string, languages: readonly string[]): { language?: LanguageFilter; status?: StatusFilter } {
  const params = new URLSearchParams(search);
  const language = params.get('lang');
  const status = params.get('state');
  return {
    ...(language !== null && (language === 'all' || languages.includes(language)) ? { language } : {}),
    ...(status !== null && (status === 'all' || (REVIEW_STATUSES as readonly string[]).includes(status)) ? { status: status as StatusFilter } : {}),
  };
}

function Diff({ entry }: { readonly entry: ReviewEntry }) {
  const { t } = useTranslation();
  if (!entry.diff) return null;
  return (
    <div className="review-text">
      <p className="review-label">{t('review.changed', { defaultValue: 'How the English changed since it was translated' })}</p>
      <p lang="en" className="diff">
        {entry.diff.map((part, i) =>
          part.kind === 'removed' ? (
            <del key={i}>{part.text}</del>
          ) : part.kind === 'added' ? (
            <ins key={i}>{part.text}</ins>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
    </div>
  );
}

function Entry({ entry, language, version, editable, onSaved }: { readonly entry: ReviewEntry; readonly language: string; readonly version: string; readonly editable: boolean; readonly onSaved: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const statusText: Record<ReviewStatus, string> = {
    untranslated: t('review.untranslated', { defaultValue: 'Untranslated' }),
    stale: t('review.stale', { defaultValue: 'Stale' }),
    obsolete: t('review.obsolete', { defaultValue: 'Obsolete' }),
  };
  return (
    <li className="review-entry" data-status={entry.status} data-language={language}>
      <h3>
        <code>
          {entry.namespace}:{entry.key}
        </code>{' '}
        <span className="review-status">{statusText[entry.status]}</span>
      </h3>
      {entry.status === 'stale' ? (
        <Diff entry={entry} />
      ) : entry.english !== undefined ? (
        <div className="review-text">
          <p className="review-label">{t('review.english', { defaultValue: 'English' })}</p>
          <p lang="en">{entry.english}</p>
        </div>
      ) : entry.from !== undefined ? (
        <div className="review-text">
          <p className="review-label">{t('review.removedEnglish', { defaultValue: 'English it was translated from (no longer in the original)' })}</p>
          <p lang="en">{entry.from}</p>
        </div>
      ) : null}
      {entry.translation !== undefined && (
        <div className="review-text">
          <p className="review-label">{t('review.translation', { defaultValue: 'Translation' })}</p>
          <p lang={language}>{entry.translation}</p>
        </div>
      )}
      {entry.problems.length > 0 && (
        <ul className="review-problems" lang="en">
          {entry.problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
      {/* DEV again, where the editor is rendered: a prop alone would keep the editor in the production bundle. */}
      {import.meta.env.DEV && editable && entry.status !== 'obsolete' && entry.english !== undefined && (
        editing ? (
          <TranslationEditor
            language={language}
            namespace={entry.namespace}
            entryKey={entry.key}
            english={entry.english}
            initial={entry.translation ?? ''}
            version={version}
            onSaved={onSaved}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <button type="button" className="edit-button" onClick={() => setEditing(true)}>
            {t('edit.open', { defaultValue: 'Edit translation' })}
          </button>
        )
      )}
    </li>
  );
}

/**
 * For translators: per language, what is untranslated, stale or obsolete, with the figures of
 * `npm run status`. Read-only in the static build; editable through the development server.
 */
export function Review({ language, data: initialData, document: outline, siteUrl }: Props) {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState(initialData);
  const languages = data.languages.map((l) => l.language);
  const [languageFilter, setLanguageFilter] = useState<LanguageFilter>(language === SOURCE_LANGUAGE ? 'all' : language);
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('all');

  useEffect(() => {
    const fromAddress = filtersFromAddress(window.location.search, initialData.languages.map((l) => l.language));
    if (fromAddress.language) setLanguageFilter(fromAddress.language);
    if (fromAddress.status) setStatusFilter(fromAddress.status);
  }, [initialData]);

  useEffect(() => {
    applyHead(window.document, headData({ kind: 'review', language }, language, t, documentDate(i18n, language, outline.date), siteUrl));
  }, [language, t, i18n, outline.date, siteUrl]);

  const setFilters = (next: { language?: LanguageFilter; status?: StatusFilter }): void => {
    const lang = next.language ?? languageFilter;
    const state = next.status ?? statusFilter;
    setLanguageFilter(lang);
    setStatusFilter(state);
    const params = new URLSearchParams();
    if (lang !== (language === SOURCE_LANGUAGE ? 'all' : language)) params.set('lang', lang);
    if (state !== 'all') params.set('state', state);
    const query = params.toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  };

  // Only the development server can have new data; the static build's review is fixed at build time.
  const refresh = useCallback(async (): Promise<void> => {
    if (import.meta.env.DEV) setData(await fetchReview());
  }, []);

  const shown = data.languages
    .filter((l) => languageFilter === 'all' || l.language === languageFilter)
    .map((l) => ({ ...l, entries: l.entries.filter((e) => statusFilter === 'all' || e.status === statusFilter) }));
  const count = shown.reduce((n, l) => n + l.entries.length, 0);
  // An edit answers to the English of locales/en: while the document is ahead of it, that would be the wrong English.
  const editable = import.meta.env.DEV && data.englishUpToDate;
  const statusText: Record<ReviewStatus, string> = {
    untranslated: t('review.untranslated', { defaultValue: 'Untranslated' }),
    stale: t('review.stale', { defaultValue: 'Stale' }),
    obsolete: t('review.obsolete', { defaultValue: 'Obsolete' }),
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('review.skip', { defaultValue: 'Skip to the review' })}
      </a>
      <header className="site-header">
        <div className="header-bar">
          <LanguageSwitcher current={language} hrefFor={reviewPath} />
        </div>
      </header>
      <main id="main" className="page review">
        <h1>{t('review.title', { defaultValue: 'Translation review' })}</h1>
        {import.meta.env.DEV ? (
          <p className="notice">{t('review.editable', { defaultValue: 'Development server: translations you save here are checked as the extraction checks them and written to the locale files, with their sync state.' })}</p>
        ) : (
          <p className="notice">
            {t('review.readOnly', {
              defaultValue: 'This review is read-only. To complete or correct a translation, edit its file under locales/ and propose the change, or run the development server (npm run dev) and edit here; the README’s translator’s guide explains both.',
            })}
          </p>
        )}
        {!data.upToDate && (
          <div className="notice notice-error">
            <p>{t('review.outOfDate', { defaultValue: 'Some files are out of date: these figures are what npm run extract will record.' })}</p>
            {import.meta.env.DEV && !data.englishUpToDate && <p>{t('review.extractFirst', { defaultValue: 'To edit translations here, run npm run extract, then reload this page.' })}</p>}
          </div>
        )}

        <table className="review-counts">
          <caption>{t('review.counts', { defaultValue: 'Entries by language and state' })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.language', { defaultValue: 'Language' })}</th>
              <th scope="col">{t('review.translated', { defaultValue: 'Translated' })}</th>
              {REVIEW_STATUSES.map((s) => (
                <th key={s} scope="col">
                  {statusText[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.languages.map((l) => (
              <tr key={l.language} data-language={l.language}>
                <th scope="row" lang={l.language}>
                  {name(l.language)}
                </th>
                <td>{l.counts.translated}</td>
                {REVIEW_STATUSES.map((s) => (
                  <td key={s} data-status={s}>
                    {l.counts[s]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>

        <form className="review-filters" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>{t('review.language', { defaultValue: 'Language' })}</legend>
            {['all', ...languages].map((code) => (
              <label key={code}>
                <input type="radio" name="lang" value={code} checked={languageFilter === code} onChange={() => setFilters({ language: code })} />{' '}
                {code === 'all' ? t('review.all', { defaultValue: 'All' }) : <span lang={code}>{name(code)}</span>}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('review.state', { defaultValue: 'State' })}</legend>
            {(['all', ...REVIEW_STATUSES] as const).map((s) => (
              <label key={s}>
                <input type="radio" name="state" value={s} checked={statusFilter === s} onChange={() => setFilters({ status: s })} />{' '}
                {s === 'all' ? t('review.all', { defaultValue: 'All' }) : statusText[s]}
              </label>
            ))}
          </fieldset>
        </form>
        <p role="status" className="review-shown">
          {t('review.shown', { defaultValue: 'Entries shown: {{number}}', number: count })}
        </p>

        {shown.map((l) =>
          l.entries.length === 0 ? null : (
            <section key={l.language} aria-labelledby={`review-${l.language}`}>
              <h2 id={`review-${l.language}`} lang={l.language}>
                {name(l.language)}
              </h2>
              <ul className="review-entries">
                {l.entries.map((entry) => (
                  <Entry key={`${entry.namespace}:${entry.key}`} entry={entry} language={l.language} version={l.versions[entry.namespace] ?? ''} editable={editable} onSaved={() => void refresh()} />
                ))}
              </ul>
            </section>
          ),
        )}
        {count === 0 && <p>{t('review.nothing', { defaultValue: 'Nothing to review here: every entry is translated and up to date.' })}</p>}
      </main>
    </>
  );
}
