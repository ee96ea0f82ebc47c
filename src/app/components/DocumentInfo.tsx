import { useContext, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useUiText } from '../ui-text.tsx';
import { SOURCE_LANGUAGE, type LanguageCode } from '../../languages.ts';
import { citation, progressOf, revisionOf, type Progress } from '../edition.ts';
import { glossaryPath, historyPath, reviewPath } from '../routes.ts';
import { useRevisionText, useVersionText } from '../version-text.tsx';
import { documentDate } from '../i18n.ts';
import type { DocumentOutline } from '../../core/wire/locale-data.ts';
import { pdfPath, PdfContext } from '../pdf.ts';
import { Citation } from './Citation.tsx';

interface Props {
  readonly language: LanguageCode;
  readonly outline: DocumentOutline;
  readonly stale: ReadonlySet<string>;
  readonly siteUrl: string;
}

/** One fact of the document, a term and what it is: a row of this list and of the strip above the text (DocumentStrip). */
export function Fact({ term, children }: { readonly term: ReactNode; readonly children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** How complete and current a translation is, from the sync state at build time, with the way to the review of each paragraph. */
function StatusRow({ language, progress }: { readonly language: LanguageCode; readonly progress: Progress }) {
  const ui = useUiText();
  const current = progress.total - progress.stale - progress.untranslated;
  return (
    <Fact term={ui.t('about.status', { defaultValue: 'Translation status' })}>
      {current === progress.total ? (
        ui.t('about.statusCurrent', {
          defaultValue: 'Complete and up to date: all {{total}} paragraphs and headings are translated from the current English text.',
          total: progress.total,
        })
      ) : (
        <span className="status-lines">
          <span>
            {ui.t('about.statusTranslated', {
              defaultValue: 'Translated from the current English: {{count}} of {{total}} paragraphs and headings',
              count: current,
              total: progress.total,
            })}
          </span>
          {progress.stale > 0 && (
            <span>
              {ui.t('about.statusStale', {
                defaultValue: 'Awaiting revision after changes to the English: {{count}} of {{total}}',
                count: progress.stale,
                total: progress.total,
              })}
            </span>
          )}
          {progress.untranslated > 0 && (
            <span>
              {ui.t('about.statusUntranslated', {
                defaultValue: 'Not yet translated, shown in English: {{count}} of {{total}}',
                count: progress.untranslated,
                total: progress.total,
              })}
            </span>
          )}
        </span>
      )}{' '}
      <a href={reviewPath(language)} className="status-review">
        {ui.t('about.statusReview', { defaultValue: 'Each paragraph’s state is listed in the translation review.' })}
      </a>
    </Fact>
  );
}

/**
 * The document information a careful gazette gives: what this is, where and when it was adopted, what
 * the original is and where it was published, how far this version can be trusted and when it was
 * last revised, who publishes it, and how to cite it.
 */
export function DocumentInfo({ language, outline, stale, siteUrl }: Props) {
  const { t, i18n } = useTranslation();
  const ui = useUiText();
  const version = useVersionText(language);
  const revised = useRevisionText(revisionOf(i18n, language, outline));
  const progress = progressOf(i18n, language, outline, stale);
  return (
    <section className="document-info" id="about" aria-labelledby="about-title">
      <h2 id="about-title">{ui.t('about.title', { defaultValue: 'About this document' })}</h2>
      <dl>
        <Fact term={ui.t('about.document', { defaultValue: 'Document' })}>
          {ui.t('about.documentValue', {
            defaultValue: 'Joint declaration of the Nordic Ministers of Defence, within the Nordic Defence Cooperation (NORDEFCO)',
          })}
        </Fact>
        <Fact term={ui.t('about.meeting', { defaultValue: 'Meeting' })}>
          {ui.t('about.meetingValue', {
            defaultValue: 'NORDEFCO ministerial meeting in Copenhagen, {{date}}',
            date: documentDate(i18n, language, outline.date),
          })}
        </Fact>
        <OriginalRow language={language} outline={outline} />
        <Fact term={ui.t('about.version', { defaultValue: 'This version' })}>{version}</Fact>
        {language !== SOURCE_LANGUAGE && <StatusRow language={language} progress={progress} />}
        <Fact term={ui.t('about.revised', { defaultValue: 'Last revised' })}>{revised}</Fact>
        <Fact term={ui.t('about.record', { defaultValue: 'Revisions and terms' })}>
          <a href={historyPath(language)}>{ui.t('about.history', { defaultValue: 'Every revision, and what changed' })}</a>
          {' · '}
          <a href={glossaryPath(language)}>{ui.t('about.glossary', { defaultValue: 'The agreed terms in every language' })}</a>
        </Fact>
        <Fact term={ui.t('about.numbering', { defaultValue: 'Paragraph numbers' })}>
          {ui.t('about.numberingValue', { defaultValue: 'The paragraph numbers are this edition’s; the original is not numbered.' })}
        </Fact>
        <Fact term={ui.t('about.publisher', { defaultValue: 'Published on this site by' })}>
          {outline.publisher ?? ui.t('about.publisherUnknown', { defaultValue: 'Not stated' })}
        </Fact>
        <PdfLinks language={language} />
      </dl>
      <h3 id="about-cite">{ui.t('about.cite', { defaultValue: 'How to cite' })}</h3>
      <Citation id="cite-document" citation={citation(t, i18n, { language, outline, siteUrl })} />
    </section>
  );
}

/** What the original is and where (and when, if known) it was published. */
function OriginalRow({ language, outline }: { readonly language: LanguageCode; readonly outline: DocumentOutline }) {
  const { i18n } = useTranslation();
  const ui = useUiText();
  const publication = <a href={outline.source} rel="external" hrefLang="en" />;
  return (
    <Fact term={ui.t('about.original', { defaultValue: 'Original' })}>
      {outline.published ? (
        <span lang={ui.langOf('about.originalPublished')}>
          <Trans
            i18nKey="about.originalPublished"
            defaults="English, published on <publication>regjeringen.no</publication> (the Norwegian Government) on {{date}}"
            values={{ date: documentDate(i18n, language, outline.published) }}
            components={{ publication }}
          />
        </span>
      ) : (
        <span lang={ui.langOf('about.originalValue')}>
          <Trans
            i18nKey="about.originalValue"
            defaults="English, published on <publication>regjeringen.no</publication> (the Norwegian Government)"
            components={{ publication }}
          />
        </span>
      )}
    </Fact>
  );
}

/** The PDFs of this version, when the build has them. */
function PdfLinks({ language }: { readonly language: LanguageCode }) {
  const ui = useUiText();
  const available = useContext(PdfContext);
  const single = available.has(pdfPath(language));
  const bilingual = language !== SOURCE_LANGUAGE && available.has(pdfPath(language, { bilingual: true }));
  if (!single && !bilingual) return null;
  return (
    <Fact term={ui.t('about.pdf', { defaultValue: 'PDF versions' })}>
      <span className="pdf-links">
        {single && (
          <a href={pdfPath(language)} type="application/pdf" hrefLang={language}>
            {ui.t('pdf.single', { defaultValue: 'This version (PDF)' })}
          </a>
        )}
        {single && bilingual && ' · '}
        {bilingual && (
          <a href={pdfPath(language, { bilingual: true })} type="application/pdf">
            {ui.t('pdf.bilingual', { defaultValue: 'Beside the English original (PDF)' })}
          </a>
        )}
      </span>
    </Fact>
  );
}

/** What a printout says about itself at the top: its address, its version and language, its revision. */
export function PrintIdentity({
  language,
  outline,
  address,
}: {
  readonly language: LanguageCode;
  readonly outline: DocumentOutline;
  readonly address: string;
}) {
  const { i18n } = useTranslation();
  const ui = useUiText();
  const version = useVersionText(language);
  const revised = useRevisionText(revisionOf(i18n, language, outline));
  return (
    <div className="print-only print-identity">
      <p className="print-address">{address}</p>
      <p>{version}</p>
      <p>
        {ui.t('about.revised', { defaultValue: 'Last revised' })}: {revised}
      </p>
    </div>
  );
}
