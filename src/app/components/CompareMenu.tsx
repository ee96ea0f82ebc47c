import { useUiText } from '../ui-text.tsx';
import { displayName, LANGUAGES, type LanguageCode } from '../../languages.ts';
import { comparePath } from '../routes.ts';
import { Menu } from './Menu.tsx';

/** From the reading view into the side-by-side view: plain links, so it works before and without scripts; with scripts they open at the reader's paragraph. */
export function CompareMenu({ language }: { readonly language: LanguageCode }) {
  const ui = useUiText();
  return (
    <Menu className="compare-menu" summary={ui.t('compare.open', { defaultValue: 'Compare with another language' })}>
      <ul>
        {LANGUAGES.filter((l) => l.code !== language).map((other) => (
          <li key={other.code}>
            <a href={comparePath([language, other.code])} lang={other.code} hrefLang={other.code} data-keep-place="">
              {displayName(other)}
            </a>
          </li>
        ))}
      </ul>
    </Menu>
  );
}
