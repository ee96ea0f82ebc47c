import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../languages.ts';
import { documentDate } from '../i18n.ts';
import { applyHead, headData } from '../head.ts';
import type { DocumentOutline } from '../locale-data.ts';
import type { LanguageControls } from '../use-language.ts';
import { Declaration } from './Declaration.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { LoadFailedNotice, TranslationNotice } from './Notices.tsx';

interface Props {
  readonly document: DocumentOutline;
  readonly controls: LanguageControls;
  /** Site address for canonical links; on the client it is read from the prerendered page. */
  readonly siteUrl: string;
}

/** The reading page: language switcher, provenance notice, the declaration, and its source. */
export function Reader({ document: outline, controls, siteUrl }: Props) {
  const { t, i18n } = useTranslation();
  const { state, switchTo, retry } = controls;
  const language: LanguageCode = state.shown;

  useEffect(() => {
    if (typeof window === 'undefined') return;
    applyHead(window.document, headData(language, t, documentDate(i18n, language, outline.date), siteUrl));
  }, [language, t, i18n, outline.date, siteUrl]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToText', { defaultValue: 'Skip to the declaration' })}
      </a>
      <header className="site-header">
        <LanguageSwitcher current={state.requested} onSwitch={switchTo} />
      </header>
      <main id="main" className="page" aria-busy={state.loading}>
        {state.failed && <LoadFailedNotice language={state.failed} onRetry={retry} />}
        <TranslationNotice language={language} source={outline.source} />
        <Declaration document={outline} language={language} stale={state.stale} />
        <footer className="page-footer">
          <p className="print-only">{t('print.source', { defaultValue: 'Source: {{url}}', url: outline.source })}</p>
          <button type="button" className="print-button" onClick={() => window.print()}>
            {t('actions.print', { defaultValue: 'Print' })}
          </button>
        </footer>
      </main>
    </>
  );
}
