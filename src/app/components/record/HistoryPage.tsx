import { Trans, useTranslation } from 'react-i18next';
import { getLanguage, nameInText, type LanguageCode } from '../../../languages.ts';
import type { HistoryData } from '../../../core/wire/history-data.ts';
import { formatDate } from '../../format.ts';
import { feedPath, historyPath, readerPath, versionPath } from '../../routes.ts';
import { ChangeList } from './ChangeList.tsx';
import { RecordFrame } from './RecordFrame.tsx';

/** Says how much of the history this build knows, without guessing dates it does not. */
function HistoryKnown({ history }: { readonly history: HistoryData }) {
  const { t } = useTranslation('record');
  const notes = [
    history.known === 'unknown' &&
      t('history.unknown', {
        ns: 'record',
        defaultValue:
          'The revision history is not known: this copy of the site was built without its version history (a copy without git, or one with a shortened history). No dates are given rather than guessed.',
      }),
    history.known === 'partial' &&
      t('history.partial', {
        ns: 'record',
        defaultValue:
          'Earlier revisions are not listed: this copy of the site was built from a shortened version history, and what changed before the first revision shown is not known.',
      }),
    history.uncommitted &&
      t('history.uncommitted', { ns: 'record', defaultValue: 'The text now published has changes not yet recorded in this history.' }),
  ];
  return notes.map(
    (note, i) =>
      note && (
        <p key={i} className="notice" role="note">
          {note}
        </p>
      ),
  );
}

/** A language version's public revision history: every dated version, what changed in it and why. */
export function HistoryPage({ language, history }: { readonly language: LanguageCode; readonly history: HistoryData }) {
  const { t } = useTranslation('record');
  const ui = { t };
  const [current] = history.versions;
  const complete = history.known === 'complete';
  return (
    <RecordFrame language={language} hrefFor={historyPath}>
      <h1>
        {ui.t('history.title', { ns: 'record', defaultValue: 'Revision history' })}:{' '}
        <span lang={language}>{nameInText(getLanguage(language))}</span>
      </h1>
      <p>
        {ui.t('history.intro', {
          ns: 'record',
          defaultValue:
            'Every dated revision of this language version, as the site’s version history records it when the site is built: which paragraphs changed, and why. Each version can be read and cited at its own address.',
        })}
      </p>
      <HistoryKnown history={history} />
      {history.versions.length > 0 && (
        <p className="feed-link">
          <a href={feedPath(language)} type="application/atom+xml">
            {ui.t('history.feed', { ns: 'record', defaultValue: 'Follow the revisions in a feed reader (Atom)' })}
          </a>
        </p>
      )}
      <ol className="history" reversed>
        {history.versions.map((version) => (
          <li key={version.id}>
            <h2>
              <a href={versionPath(language, version.id)}>
                <time dateTime={version.date}>{formatDate(version.date, language)}</time>
              </a>
            </h2>
            <p className="version-line">
              {complete && t('history.version', { ns: 'record', defaultValue: 'Version {{number}}', number: version.number })}
              {complete && version === current && !history.uncommitted && ' · '}
              {version === current &&
                !history.uncommitted &&
                t('history.current', { ns: 'record', defaultValue: 'the version now published' })}
            </p>
            {version.changes.length === 0 ? (
              <p>{ui.t('history.first', { ns: 'record', defaultValue: 'The first version recorded.' })}</p>
            ) : (
              <ChangeList changes={version.changes} href={(id) => `${versionPath(language, version.id)}#${id}`} />
            )}
          </li>
        ))}
      </ol>
      <p>
        <Trans
          i18nKey="history.backToText"
          ns="record"
          defaults="<text>Read the current text</text>."
          components={{ text: <a href={readerPath(language)} /> }}
        />
      </p>
    </RecordFrame>
  );
}
