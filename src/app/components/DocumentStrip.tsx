import { useContext } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE, type LanguageCode } from '../../languages.ts';
import { progressOf, revisionOf } from '../edition.ts';
import type { DocumentOutline } from '../../core/wire/locale-data.ts';
import { PdfContext } from '../pdf.ts';
import { historyPath } from '../routes.ts';
import { useUiText } from '../ui-text.tsx';
import { StatusRegion } from './Citation.tsx';
import { Fact } from './DocumentInfo.tsx';

interface Props {
  /** The page's language: the version whose standing the strip gives. */
  readonly language: LanguageCode;
  readonly outline: DocumentOutline;
  readonly stale: ReadonlySet<string>;
  /** The page's permanent address, which Share gives. */
  readonly address: string;
  /** This page's PDF (a version, or a translation beside the English), when the build has it. */
  readonly pdf?: string;
  /** Offer "English under every paragraph" (a translation's reading page). */
  readonly englishSwitch: boolean;
}

/** This version's standing in a few words, first: the original, or an unofficial translation and how current it is. */
function Status({ language, outline, stale }: Pick<Props, 'language' | 'outline' | 'stale'>) {
  const { i18n } = useTranslation();
  const ui = useUiText();
  const progress = progressOf(i18n, language, outline, stale);
  const behind = progress.stale + progress.untranslated;
  return (
    <p className="strip-status">
      {language === SOURCE_LANGUAGE ? (
        ui.t('strip.statusOriginal', { defaultValue: 'The original' })
      ) : behind === 0 ? (
        ui.t('strip.statusCurrent', { defaultValue: 'Unofficial translation, up to date' })
      ) : (
        <a href="#about">
          {ui.t('strip.statusBehind', {
            defaultValue: 'Unofficial translation, {{count}} of {{total}} not up to date',
            count: behind,
            total: progress.total,
          })}
        </a>
      )}
    </p>
  );
}

/** What a reader can do with the whole text: its PDF, print it, cite it, share it; and the English under every paragraph. */
function StripActions({ language, address, pdf, englishSwitch }: Pick<Props, 'language' | 'address' | 'pdf' | 'englishSwitch'>) {
  const ui = useUiText();
  const pdfs = useContext(PdfContext);
  return (
    <p className="strip-actions">
      {pdf && pdfs.has(pdf) && (
        <a className="strip-action" href={pdf} type="application/pdf" hrefLang={language}>
          {/* The format's name, the same in every language. */}
          PDF
        </a>
      )}
      <button type="button" className="strip-action needs-js" data-tool="print">
        {ui.t('actions.print', { defaultValue: 'Print' })}
      </button>
      <a className="strip-action without-js" href="#about-cite">
        {ui.t('strip.cite', { defaultValue: 'Cite' })}
      </a>
      <button type="button" className="strip-action needs-js" data-tool="copy-cite" data-cite="cite-document">
        {ui.t('strip.cite', { defaultValue: 'Cite' })}
      </button>
      <button type="button" className="strip-action tool-share needs-js" data-tool="share" data-href={address}>
        {ui.t('actions.share', { defaultValue: 'Share…' })}
      </button>
      <button type="button" className="strip-action tool-no-share needs-js" data-tool="copy-link" data-href={address}>
        {ui.t('actions.copyLink', { defaultValue: 'Copy link' })}
      </button>
      {englishSwitch && (
        <button type="button" className="strip-action needs-js" data-tool="english-all" aria-pressed="false">
          {ui.t('strip.english', { defaultValue: 'English under every paragraph' })}
        </button>
      )}
    </p>
  );
}

/**
 * What a reader needs first, at the top, as EUR-Lex and regjeringen.no give issuer, date and formats above
 * the text: this version's status, its revision, the original, the publisher, and the PDF, print, cite and
 * share actions. The full document information stays at the end (DocumentInfo).
 */
export function DocumentStrip({ language, outline, stale, address, pdf, englishSwitch }: Props) {
  const { t, i18n } = useTranslation();
  const ui = useUiText();
  const revision = revisionOf(i18n, language, outline);
  return (
    <section className="doc-strip" aria-label={t('strip.label', { defaultValue: 'This version' })} data-tools="">
      <Status language={language} outline={outline} stale={stale} />
      <dl className="strip-facts">
        <Fact term={ui.t('strip.revised', { defaultValue: 'Revised' })}>
          {'date' in revision ? (
            <time dateTime={revision.iso}>{revision.date}</time>
          ) : (
            <a href="#about">{ui.t('strip.revisedUnknown', { defaultValue: 'not known' })}</a>
          )}
          {' · '}
          <a href={historyPath(language)}>{ui.t('strip.history', { defaultValue: 'all revisions' })}</a>
        </Fact>
        <Fact term={ui.t('about.original', { defaultValue: 'Original' })}>
          <span lang={ui.langOf('strip.originalValue')}>
            <Trans
              i18nKey="strip.originalValue"
              defaults="English, <publication>regjeringen.no</publication>"
              components={{ publication: <a href={outline.source} rel="external" hrefLang="en" /> }}
            />
          </span>
        </Fact>
        <Fact term={ui.t('strip.publisher', { defaultValue: 'Publisher' })}>
          {outline.publisher ?? ui.t('about.publisherUnknown', { defaultValue: 'Not stated' })}
        </Fact>
      </dl>
      <StripActions language={language} address={address} englishSwitch={englishSwitch} {...(pdf ? { pdf } : {})} />
      <StatusRegion />
    </section>
  );
}
