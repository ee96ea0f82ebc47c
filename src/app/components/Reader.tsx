import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE, type LanguageCode } from '../../languages.ts';
import { EditingContext, type Editing } from '../editing.ts';
import { documentDate } from '../i18n.ts';
import { applyHead, headData } from '../head.ts';
import type { DocumentOutline } from '../locale-data.ts';
import type { LanguageControls } from '../use-language.ts';
import { CompareMenu } from './CompareMenu.tsx';
import { Declaration } from './Declaration.tsx';
import { DevFileWatch } from './DevFileWatch.tsx';
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
  const { state, switchTo, retry, versionOf, translationSaved } = controls;
  const language: LanguageCode = state.shown;

  useEffect(() => {
    if (typeof window === 'undefined') return;
    applyHead(window.document, headData({ kind: 'reader', language }, language, t, documentDate(i18n, language, outline.date), siteUrl));
  }, [language, t, i18n, outline.date, siteUrl]);

  const editing = useMemo<Editing | null>(() => {
    if (!import.meta.env.DEV || language === SOURCE_LANGUAGE) return null;
    const raw = (lang: string, key: string): string => {
      const value: unknown = i18n.getResource(lang, outline.namespace, key);
      return typeof value === 'string' ? value : '';
    };
    return {
      target: (key) => ({ language, namespace: outline.namespace, translation: raw(language, key), english: raw(SOURCE_LANGUAGE, key), version: versionOf(outline.namespace) }),
      saved: (key, translation, version) => translationSaved(outline.namespace, key, translation, version),
    };
  }, [i18n, language, outline.namespace, versionOf, translationSaved]);

  return (
    <EditingContext.Provider value={editing}>
      <a className="skip-link" href="#main">
        {t('skipToText', { defaultValue: 'Skip to the declaration' })}
      </a>
      <header className="site-header">
        <div className="header-bar">
          <LanguageSwitcher current={state.requested} onSwitch={switchTo} />
          <CompareMenu language={language} />
        </div>
      </header>
      <main id="main" className="page" aria-busy={state.loading}>
        {import.meta.env.DEV && <DevFileWatch />}
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
    </EditingContext.Provider>
  );
}
