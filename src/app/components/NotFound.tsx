import { useTranslation } from 'react-i18next';
import { LanguageList } from './LanguageList.tsx';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page narrow">
      <h1>{t('notFound.title', { defaultValue: 'Page not found' })}</h1>
      <p>{t('notFound.text', { defaultValue: 'There is no page at this address. The declaration can be read in these languages:' })}</p>
      <LanguageList />
    </main>
  );
}
