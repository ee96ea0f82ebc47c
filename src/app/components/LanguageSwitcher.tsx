import { useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, getLanguage, LANGUAGES, type LanguageCode } from '../../languages.ts';
import { keepPlace as placeKeeping } from '../keep-place.ts';
import { readerPath } from '../routes.ts';

interface Props {
  readonly current: LanguageCode;
  /** Client-side switch; without scripts the links simply load the other page. */
  readonly onSwitch?: (language: LanguageCode) => void;
  /** Where each language's link goes: its reading page unless the view says otherwise. */
  readonly hrefFor?: (language: LanguageCode) => string;
  /** The pages are the same text in another language: open them at the reader's paragraph (keep-place.ts). */
  readonly keepPlace?: boolean;
}

/**
 * Every language named in itself and tagged with its own `lang`, so it is read out correctly. On phones
 * the list sits behind one control that names the current language (styles/header.css): it opens and
 * closes without scripts, as a <details> does, and keeps the header a single line.
 */
export function LanguageSwitcher({ current, onSwitch, hrefFor = readerPath, keepPlace = false }: Props) {
  const { t } = useTranslation();
  const toggle = useRef<HTMLDetailsElement>(null);
  const click = (event: MouseEvent<HTMLAnchorElement>, code: LanguageCode): void => {
    if (keepPlace) placeKeeping.onClick(event);
    if (!onSwitch || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    toggle.current?.removeAttribute('open');
    onSwitch(code);
  };
  const label = t('languages.label', { defaultValue: 'Language' });
  return (
    <nav className="switcher" aria-label={label}>
      <details className="switcher-toggle" ref={toggle}>
        <summary>
          <span className="visually-hidden">{label}: </span>
          <span lang={current}>{displayName(getLanguage(current))}</span>
        </summary>
      </details>
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language.code}>
            <a
              href={hrefFor(language.code)}
              lang={language.code}
              hrefLang={language.code}
              aria-current={language.code === current ? 'page' : undefined}
              {...(keepPlace ? placeKeeping : {})}
              onClick={(event) => click(event, language.code)}
            >
              {displayName(language)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
