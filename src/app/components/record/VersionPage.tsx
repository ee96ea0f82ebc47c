import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE, type LanguageCode } from '../../../languages.ts';
import type { HistoryBlock, HistoryData, HistoryVersion } from '../../../core/wire/history-data.ts';
import { formatDate } from '../../format.ts';
import { historyPath, readerPath, versionPath } from '../../routes.ts';
import { useUiText } from '../../ui-text.tsx';
import { ChangeList } from './ChangeList.tsx';
import { RecordFrame } from './RecordFrame.tsx';

interface Props {
  readonly language: LanguageCode;
  readonly history: HistoryData;
  readonly version: HistoryVersion;
  /** The same moment in each language: the version of it then in force, else its history. */
  readonly hrefFor: (language: LanguageCode) => string;
  readonly siteUrl: string;
}

function VersionBlock({
  block,
  changed,
  language,
}: {
  readonly block: HistoryBlock;
  readonly changed: boolean;
  readonly language: LanguageCode;
}) {
  const { t: rt } = useTranslation('record');
  const ui = { t: rt };
  const uiText = useUiText();
  const foreign = block.status === 'untranslated' && language !== SOURCE_LANGUAGE ? SOURCE_LANGUAGE : undefined;
  const markers = (
    <>
      {changed && (
        <p className="marker marker-changed">{ui.t('version.changed', { ns: 'record', defaultValue: 'Changed in this version.' })}</p>
      )}
      {block.status === 'stale' && (
        <p className="marker marker-stale">
          {uiText.t('status.stale', { defaultValue: 'The English original has changed since this paragraph was translated.' })}
        </p>
      )}
      {foreign && (
        <p className="marker marker-untranslated">
          {uiText.t('status.untranslated', { defaultValue: 'Not yet translated. Shown in English.' })}
        </p>
      )}
    </>
  );
  if (block.kind !== 'paragraph') {
    const Tag = block.kind === 'title' ? 'h1' : 'h2';
    return (
      <>
        <Tag id={block.id} lang={foreign}>
          {block.text}
        </Tag>
        {markers}
      </>
    );
  }
  return (
    <li id={block.id} className="paragraph" data-state={block.status}>
      <div className="paragraph-tools">
        <a className="paragraph-number" href={`#${block.id}`}>
          {block.number}
        </a>
      </div>
      <div className="paragraph-body">
        <p lang={foreign}>{block.text}</p>
        {markers}
      </div>
    </li>
  );
}

/** One past (or the present) version of a language version, readable and citable at its own address. */
export function VersionPage({ language, history, version, hrefFor, siteUrl }: Props) {
  const { t } = useTranslation('record');
  const ui = { t };
  const index = history.versions.indexOf(version);
  const newer = history.versions[index - 1];
  const older = history.versions[index + 1];
  const current = index === 0 && !history.uncommitted;
  const changed = new Set(version.changes.map((c) => c.id));
  const date = formatDate(version.date, language);
  const address = `${siteUrl.replace(/\/+$/, '')}${versionPath(language, version.id)}`;
  const title = version.blocks.find((b) => b.kind === 'title')?.text ?? '';
  const headings = version.blocks.filter((b) => b.kind !== 'paragraph');
  const paragraphs = version.blocks.filter((b) => b.kind === 'paragraph');
  return (
    <RecordFrame language={language} hrefFor={hrefFor}>
      <section className="notice version-notice" aria-labelledby="version-heading">
        <p id="version-heading" className="version-title">
          {history.known === 'complete'
            ? t('version.numbered', { ns: 'record', defaultValue: 'Version {{number}}, revised {{date}}', number: version.number, date })
            : t('version.dated', { ns: 'record', defaultValue: 'As revised {{date}}', date })}
        </p>
        <p>
          {current
            ? ui.t('version.current', { ns: 'record', defaultValue: 'This is the version now published.' })
            : ui.t('version.superseded', { ns: 'record', defaultValue: 'A later version has replaced it.' })}{' '}
          <a href={readerPath(language)}>{ui.t('version.readCurrent', { ns: 'record', defaultValue: 'Read the current text' })}</a>
          {' · '}
          <a href={historyPath(language)}>{ui.t('version.history', { ns: 'record', defaultValue: 'All revisions' })}</a>
        </p>
        {version.changes.length > 0 && (
          <>
            <p>{ui.t('version.whatChanged', { ns: 'record', defaultValue: 'What changed in this version:' })}</p>
            <ChangeList changes={version.changes} href={(id) => `#${id}`} />
          </>
        )}
        <p className="version-cite">
          {ui.t('version.cite', { ns: 'record', defaultValue: 'Cite this version:' })} {title}, {date},{' '}
          <span className="address">{address}</span>
        </p>
        <nav className="version-nav" aria-label={t('version.nav', { ns: 'record', defaultValue: 'Other versions' })}>
          {older && (
            <a href={versionPath(language, older.id)}>{ui.t('version.older', { ns: 'record', defaultValue: 'Previous version' })}</a>
          )}
          {newer && <a href={versionPath(language, newer.id)}>{ui.t('version.newer', { ns: 'record', defaultValue: 'Next version' })}</a>}
        </nav>
      </section>
      <article className="declaration" aria-labelledby={headings[0]?.id}>
        {headings.map((block) => (
          <VersionBlock key={block.id} block={block} changed={changed.has(block.id)} language={language} />
        ))}
        <ol className="paragraphs">
          {paragraphs.map((block) => (
            <VersionBlock key={block.id} block={block} changed={changed.has(block.id)} language={language} />
          ))}
        </ol>
      </article>
    </RecordFrame>
  );
}
