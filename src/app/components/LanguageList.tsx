import { displayName, LANGUAGES } from '../../languages.ts';
import { readerPath } from '../routes.ts';

/** Plain links to every language page, for the `/` and not-found pages (work without scripts). */
export function LanguageList() {
  return (
    <ul className="language-list">
      {LANGUAGES.map((language) => (
        <li key={language.code}>
          <a href={readerPath(language.code)} lang={language.code} hrefLang={language.code}>
            {displayName(language)}
          </a>
        </li>
      ))}
    </ul>
  );
}
