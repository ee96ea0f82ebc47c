import { useTranslation } from 'react-i18next';
import { displayName, LANGUAGES } from '../../languages.ts';
import { documentDate } from '../i18n.ts';
import type { DocumentOutline } from '../../core/wire/locale-data.ts';
import { readerPath } from '../routes.ts';
import { uiText, useUiText } from '../ui-text.tsx';

/**
 * The `/` page, built with every language loaded: what the site is, said in each language, and a link to
 * each. Readers without scripts choose here; with them, root-entry goes straight to their language.
 */
export function Chooser({ document: outline }: { readonly document: DocumentOutline }) {
  const { i18n } = useTranslation();
  const ui = useUiText();
  return (
    <main id="main" className="page narrow chooser">
      <p className="eyebrow">NORDEFCO</p>
      <h1>{ui.t('choose.title', { defaultValue: 'Choose a language' })}</h1>
      <ul className="chooser-list">
        {LANGUAGES.map((language) => {
          const date = documentDate(i18n, language.code, outline.date);
          const own = uiText(i18n, language.code);
          return (
            <li key={language.code} lang={language.code}>
              <a href={readerPath(language.code)} hrefLang={language.code}>
                {displayName(language)}
              </a>
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
    </main>
  );
}
