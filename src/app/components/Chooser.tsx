import { useTranslation } from 'react-i18next';
import { displayName, LANGUAGES, SOURCE_LANGUAGE } from '../../languages.ts';
import type { DocumentOutline } from '../../core/wire/locale-data.ts';
import { documentDate } from '../i18n.ts';
import { readerPath } from '../routes.ts';
import { uiText } from '../ui-text.tsx';
import { PageFrame } from './PageFrame.tsx';

/**
 * The `/` page, built with every language loaded: what the site is, said in each language, and a link to
 * each. Readers without scripts choose here; with them, root-entry goes straight to their language. The
 * heading is in every language, each item says whether it is the original or an unofficial translation, and
 * each item is one large target (its link covers it).
 */
export function Chooser({ document: outline }: { readonly document: DocumentOutline }) {
  const { i18n } = useTranslation();
  const english = uiText(i18n, SOURCE_LANGUAGE);
  return (
    <PageFrame
      language={SOURCE_LANGUAGE}
      publisher={outline.publisher}
      home="/"
      skipLabel={english.t('choose.skip', { defaultValue: 'Skip to the languages' })}
      mainClass="page narrow chooser"
    >
      <h1 className="chooser-heading">
        {LANGUAGES.map((language, i) => (
          <span key={language.code} lang={language.code}>
            {i > 0 && <span aria-hidden="true"> · </span>}
            {uiText(i18n, language.code).t('choose.title', { defaultValue: 'Choose a language' })}
          </span>
        ))}
      </h1>
      <ul className="chooser-list">
        {LANGUAGES.map((language) => {
          const date = documentDate(i18n, language.code, outline.date);
          const own = uiText(i18n, language.code);
          return (
            <li key={language.code} lang={language.code}>
              <a href={readerPath(language.code)} hrefLang={language.code}>
                {displayName(language)}
              </a>
              <p className="chooser-kind">
                {language.code === SOURCE_LANGUAGE
                  ? own.t('cite.original', { defaultValue: 'English original' })
                  : own.t('cite.unofficial', { defaultValue: 'Unofficial translation' })}
              </p>
              <p className="chooser-title">
                {own.t('meta.title', { defaultValue: 'Joint declaration of the Nordic Ministers of Defence, {{date}}', date })}
              </p>
              <p className="chooser-about">
                {own.t('meta.description', {
                  defaultValue:
                    'The joint declaration of the Nordic Ministers of Defence from the NORDEFCO ministerial meeting in Copenhagen on {{date}}, paragraph by paragraph.',
                  date,
                })}
              </p>
            </li>
          );
        })}
      </ul>
    </PageFrame>
  );
}
