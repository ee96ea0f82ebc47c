import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockView } from '../paragraphs.ts';
import { CopyLink } from './CopyLink.tsx';

interface Props {
  readonly view: BlockView;
  readonly number: number;
  /** The page's language, which the markers are written in. */
  readonly pageLanguage: string;
}

/** One numbered paragraph: its permalink, a copy control, and a marker when it is not a current translation. */
export function Paragraph({ view, number, pageLanguage }: Props) {
  const { t } = useTranslation();
  const [showEnglish, setShowEnglish] = useState(false);
  const englishId = useId();
  const foreign = view.language !== pageLanguage ? view.language : undefined;
  return (
    <li id={view.id} className="paragraph" data-state={view.state}>
      <div className="paragraph-tools">
        <a className="paragraph-number" href={`#${view.id}`} aria-label={t('paragraph.link', { defaultValue: 'Link to paragraph {{number}}', number })}>
          {number}
        </a>
        <CopyLink id={view.id} number={number} />
      </div>
      <div className="paragraph-body">
        <p lang={foreign}>{view.text}</p>
        {view.state === 'untranslated' && (
          <p className="marker marker-untranslated">{t('status.untranslated', { defaultValue: 'Not yet translated. Shown in English.' })}</p>
        )}
        {view.state === 'stale' && (
          <div className="marker marker-stale">
            <p>{t('status.stale', { defaultValue: 'The English original has changed since this paragraph was translated.' })}</p>
            <button type="button" className="link-button" aria-expanded={showEnglish} aria-controls={englishId} onClick={() => setShowEnglish((v) => !v)}>
              {showEnglish
                ? t('status.hideCurrent', { defaultValue: 'Hide the current English text' })
                : t('status.showCurrent', { defaultValue: 'Show the current English text' })}
            </button>
            <blockquote id={englishId} lang="en" className="current-english" hidden={!showEnglish}>
              <p>{view.english}</p>
            </blockquote>
          </div>
        )}
      </div>
    </li>
  );
}

/** The document's title or a heading, in the page language or marked as English when untranslated. */
export function Heading({ view, level, pageLanguage }: { readonly view: BlockView; readonly level: 1 | 2; readonly pageLanguage: string }) {
  const { t } = useTranslation();
  const Tag = level === 1 ? 'h1' : 'h2';
  const foreign = view.language !== pageLanguage ? view.language : undefined;
  return (
    <>
      <Tag id={view.id} lang={foreign}>
        {view.text}
      </Tag>
      {view.state === 'untranslated' && <p className="marker marker-untranslated">{t('status.untranslated', { defaultValue: 'Not yet translated. Shown in English.' })}</p>}
      {view.state === 'stale' && <p className="marker marker-stale">{t('status.stale', { defaultValue: 'The English original has changed since this paragraph was translated.' })}</p>}
    </>
  );
}
