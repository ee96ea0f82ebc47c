import type { i18n, ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getLanguage, isLanguageCode, SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { hasTranslation } from './paragraphs.ts';

export interface UiText {
  /**
   * An interface string as page content: the translation, or the English with `lang="en"` when the
   * language has none yet, so a screen reader speaks it as English. (Named `t` so the extraction finds it.)
   */
  t(key: ParseKeys<'ui'>, options: { readonly defaultValue: string; readonly [value: string]: unknown }): ReactNode;
  /**
   * The `lang` of the text i18next shows for `key`: undefined when the language has it, else the fallback's
   * code. For an element whose content is not a plain string (a <Trans>) or a string that must stay a string.
   */
  langOf(key: ParseKeys<'ui'>): LanguageCode | undefined;
}

export function uiText(instance: i18n, language: LanguageCode): UiText {
  const fixed = instance.getFixedT(language, 'ui') as unknown as (key: string, options: object) => string;
  const langOf = (key: string): LanguageCode | undefined => {
    if (language === SOURCE_LANGUAGE || hasTranslation(instance, language, 'ui', key)) return undefined;
    // i18next took it from the first fallback that has it (languages.ts), else from English.
    return (
      (getLanguage(language).fallbacks.find((code) => hasTranslation(instance, code as LanguageCode, 'ui', key)) as
        LanguageCode | undefined) ?? SOURCE_LANGUAGE
    );
  };
  return {
    t(key, options) {
      const text = fixed(key, options);
      const from = langOf(key);
      return from ? <span lang={from}>{text}</span> : text;
    },
    langOf,
  };
}

/** uiText in the language shown. */
export function useUiText(): UiText {
  const { i18n } = useTranslation();
  const shown = i18n.resolvedLanguage ?? SOURCE_LANGUAGE;
  return uiText(i18n, isLanguageCode(shown) ? shown : SOURCE_LANGUAGE);
}
