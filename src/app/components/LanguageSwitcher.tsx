import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, LANGUAGES, type LanguageCode } from '../../languages.ts';
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

/** Every language named in itself and tagged with its own `lang`, so it is read out correctly. */
export function LanguageSwitcher({ current, onSwitch, hrefFor = readerPath, keepPlace = false }: Props) {
  const { t } = useTranslation();
  const click = (event: MouseEvent<HTMLAnchorElement>, code: LanguageCode): void => {
    if (keepPlace) placeKeeping.onClick(event);
    if (!onSwitch || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSwitch(code);
  };
  return (
    <nav className="switcher" aria-label={t('languages.label', { defaultValue: 'Language' })}>
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
