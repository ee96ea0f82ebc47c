import { Trans, useTranslation } from 'react-i18next';
import { displayName, getLanguage, LANGUAGES, nameInText, SOURCE_LANGUAGE, type LanguageCode } from '../../../languages.ts';
import { comparePath, MAX_COMPARED, readerPath } from '../../routes.ts';
import { useUiText } from '../../ui-text.tsx';
import { Menu } from '../Menu.tsx';

/** A language's name within a sentence ("Fjern svenska"). */
const nameWithin = (code: LanguageCode): string => nameInText(getLanguage(code));

/**
 * The links that change which languages are compared; plain links, each to a prerendered page, opened at the
 * reader's paragraph. On phones they sit behind one control (a menu, as the language switcher's list), so the
 * header stays one row; wider, they are in the header as they are.
 */
export function CompareControls({ languages }: { readonly languages: readonly LanguageCode[] }) {
  const { t } = useTranslation();
  const ui = useUiText();
  const [first = SOURCE_LANGUAGE, ...others] = languages;
  const addable = LANGUAGES.filter((l) => !languages.includes(l.code));
  const label = t('compare.controls', { defaultValue: 'Languages compared' });
  return (
    <nav className="compare-controls" aria-label={label} data-menu="">
      <details className="controls-toggle">
        <summary>{ui.t('compare.controls', { defaultValue: 'Languages compared' })}</summary>
      </details>
      <div className="compare-panel">
        <ul className="compare-shown">
          {others.map((code) => (
            <li key={code}>
              <a href={comparePath(languages.filter((c) => c !== code))} lang={ui.langOf('compare.remove')} data-keep-place="">
                <Trans
                  i18nKey="compare.remove"
                  defaults="Remove <name>{{language}}</name>"
                  values={{ language: nameWithin(code) }}
                  components={{ name: <span lang={code} /> }}
                />
              </a>
            </li>
          ))}
          <li>
            <a href={readerPath(first)} data-keep-place="">
              {ui.t('compare.leave', { defaultValue: 'Leave the comparison' })}
            </a>
          </li>
        </ul>
        {languages.length < MAX_COMPARED && (
          <Menu className="compare-add" summary={ui.t('compare.add', { defaultValue: 'Add a language' })}>
            <ul>
              {addable.map((l) => (
                <li key={l.code}>
                  <a href={comparePath([...languages, l.code])} lang={l.code} hrefLang={l.code} data-keep-place="">
                    {displayName(l)}
                  </a>
                </li>
              ))}
            </ul>
          </Menu>
        )}
      </div>
    </nav>
  );
}
