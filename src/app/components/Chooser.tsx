import { useTranslation } from 'react-i18next';
import { LanguageList } from './LanguageList.tsx';

/** The `/` page: every language, for readers without scripts (with them, root-entry redirects). */
export function Chooser() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page narrow">
      <p className="eyebrow">NORDEFCO</p>
      <h1>{t('choose.title', { defaultValue: 'Choose a language' })}</h1>
      <LanguageList />
    </main>
  );
}
