import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE, type LanguageCode } from '../../languages.ts';
import { documentDate } from '../i18n.ts';
import type { DocumentOutline } from '../../core/wire/locale-data.ts';
import { uiText } from '../ui-text.tsx';
import { LanguageList } from './LanguageList.tsx';
import { PageFrame } from './PageFrame.tsx';

interface Props {
  readonly document: DocumentOutline;
  /**
   * The languages to say it in: the path's language (`/da/…`) on a host that serves the nearest 404.html,
   * every language in the site-wide 404.html (whose script then keeps only the path's, when it has one).
   */
  readonly languages: readonly LanguageCode[];
}

/** No page here: said in the reader's language, with what the site is and a link to each language. */
export function NotFound({ document: outline, languages }: Props) {
  const { i18n } = useTranslation();
  const [only] = languages.length === 1 ? languages : [];
  const frame = uiText(i18n, only ?? SOURCE_LANGUAGE);
  return (
    <PageFrame
      language={only ?? SOURCE_LANGUAGE}
      publisher={outline.publisher}
      {...(only ? {} : { home: '/' })}
      skipLabel={frame.t('notFound.skip', { defaultValue: 'Skip to the languages' })}
      mainClass="page narrow"
    >
      {languages.map((language) => {
        const ui = uiText(i18n, language);
        const date = documentDate(i18n, language, outline.date);
        return (
          <section key={language} lang={language} data-not-found={language} className="not-found">
            <h1>{ui.t('notFound.title', { defaultValue: 'Page not found' })}</h1>
            <p>
              {ui.t('meta.description', {
                defaultValue:
                  'The joint declaration of the Nordic Ministers of Defence from the NORDEFCO ministerial meeting in Copenhagen on {{date}}, paragraph by paragraph.',
                date,
              })}
            </p>
            <p>
              {ui.t('notFound.text', { defaultValue: 'There is no page at this address. The declaration can be read in these languages:' })}
            </p>
          </section>
        );
      })}
      <LanguageList />
    </PageFrame>
  );
}
