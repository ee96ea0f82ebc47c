import { Trans, useTranslation } from 'react-i18next';
import { useUiText } from '../ui-text.tsx';
import { SOURCE_LANGUAGE, type LanguageCode } from '../../languages.ts';
import { languageName } from '../format.ts';
import { readerPath } from '../routes.ts';

/** Says which text is the original: on translations, that this one is unofficial. */
export function TranslationNotice({ language, source }: { readonly language: LanguageCode; readonly source: string }) {
  const ui = useUiText();
  const sourceLink = <a href={source} rel="external" />;
  if (language === SOURCE_LANGUAGE) {
    return (
      <p className="notice" role="note" lang={ui.langOf('notice.original')}>
        <Trans
          i18nKey="notice.original"
          defaults="This is the original text, as published on <publication>regjeringen.no</publication>. All translations on this site are unofficial."
          components={{ publication: sourceLink }}
        />
      </p>
    );
  }
  return (
    <p className="notice" role="note" lang={ui.langOf('notice.unofficial')}>
      <Trans
        i18nKey="notice.unofficial"
        defaults="This is an unofficial translation. The <original>English text</original> is the original, as published on <publication>regjeringen.no</publication>."
        components={{ original: <a href={readerPath(SOURCE_LANGUAGE)} hrefLang="en" />, publication: sourceLink }}
      />
    </p>
  );
}

/** Shown when a language's data could not be fetched: the reader sees English and can try again. */
export function LoadFailedNotice({ language, onRetry }: { readonly language: LanguageCode; readonly onRetry: () => void }) {
  const { i18n } = useTranslation();
  const ui = useUiText();
  const shownIn = (i18n.resolvedLanguage ?? SOURCE_LANGUAGE) as LanguageCode;
  return (
    <div className="notice notice-error" role="alert">
      <p>
        {ui.t('load.failed', {
          defaultValue: 'The {{language}} text could not be loaded, so the English original is shown.',
          language: languageName(language, shownIn),
        })}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {ui.t('load.retry', { defaultValue: 'Try again' })}
      </button>
    </div>
  );
}
