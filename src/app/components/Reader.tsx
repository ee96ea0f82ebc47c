import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE, type LanguageCode } from '../../languages.ts';
import { EditingContext, type Editing } from '../editing.ts';
import type { DocumentOutline } from '../../core/wire/locale-data.ts';
import { useDocumentHead } from '../use-head.ts';
import type { LanguageControls } from '../use-language.ts';
import { CompareMenu } from './CompareMenu.tsx';
import { Declaration } from './Declaration.tsx';
import { CiteContext, useParagraphCitation } from '../cite.ts';
import { DocumentInfo, PrintIdentity } from './DocumentInfo.tsx';
import { permanentAddress } from '../edition.ts';
import { pdfPath } from '../pdf.ts';
import { DevFileWatch } from './DevFileWatch.tsx';
import { DocumentStrip } from './DocumentStrip.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { LoadFailedNotice, TranslationNotice } from './Notices.tsx';
import { PageFrame } from './PageFrame.tsx';
import { useUiText } from '../ui-text.tsx';

interface Props {
  readonly document: DocumentOutline;
  readonly controls: LanguageControls;
  /** Site address for canonical links; on the client it is read from the prerendered page. */
  readonly siteUrl: string;
}

/** The reading page: language switcher, provenance notice, the declaration, and its source. */
export function Reader({ document: outline, controls, siteUrl }: Props) {
  const ui = useUiText();
  const { state, retry } = controls;
  const language: LanguageCode = state.shown;

  useDocumentHead({ kind: 'reader', language }, language, outline, siteUrl);
  const cite = useParagraphCitation(language, outline, siteUrl);

  const editing = useEditing(language, outline.namespace, controls);

  return (
    <EditingContext.Provider value={editing}>
      <CiteContext.Provider value={cite}>
        <PageFrame
          language={language}
          publisher={outline.publisher}
          skipLabel={ui.t('skipToText', { defaultValue: 'Skip to the declaration' })}
          header={
            <>
              <LanguageSwitcher current={state.requested} keepPlace />
              <CompareMenu language={language} />
            </>
          }
          mainClass="page reader"
          mainProps={{ 'aria-busy': state.loading }}
          source={outline.source}
        >
          <PrintIdentity language={language} outline={outline} address={permanentAddress(siteUrl, language)} />
          {import.meta.env.DEV && <DevFileWatch />}
          {state.failed && <LoadFailedNotice language={state.failed} onRetry={retry} />}
          <TranslationNotice language={language} source={outline.source} />
          <DocumentStrip
            language={language}
            outline={outline}
            stale={state.stale}
            address={permanentAddress(siteUrl, language)}
            pdf={pdfPath(language)}
            englishSwitch={language !== SOURCE_LANGUAGE}
          />
          <Declaration document={outline} language={language} stale={state.stale} />
          <DocumentInfo language={language} outline={outline} stale={state.stale} siteUrl={siteUrl} />
        </PageFrame>
      </CiteContext.Provider>
    </EditingContext.Provider>
  );
}

/** The development server's in-place editing of the shown translation; none in the build, nor for the English. */
function useEditing(language: LanguageCode, namespace: string, controls: LanguageControls): Editing | null {
  const { i18n } = useTranslation();
  const { versionOf, translationSaved } = controls;
  return useMemo<Editing | null>(() => {
    if (!import.meta.env.DEV || language === SOURCE_LANGUAGE) return null;
    const raw = (lang: string, key: string): string => {
      const value: unknown = i18n.getResource(lang, namespace, key);
      return typeof value === 'string' ? value : '';
    };
    return {
      target: (key) => ({
        language,
        namespace,
        translation: raw(language, key),
        english: raw(SOURCE_LANGUAGE, key),
        version: versionOf(namespace),
      }),
      saved: (saved) => translationSaved({ namespace, ...saved }),
    };
  }, [i18n, language, namespace, versionOf, translationSaved]);
}
