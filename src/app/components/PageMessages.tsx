import { useTranslation } from 'react-i18next';
import { getLanguage, nameInText, type LanguageCode } from '../../languages.ts';
import { accessedTemplate } from '../edition.ts';
import { MESSAGES_ID } from '../enhance/messages.ts';
import { editionOf } from '../i18n.ts';
import { useUiText } from '../ui-text.tsx';

/**
 * What the page's script says (enhance/messages.ts), in the page's language, kept hidden in the page so the
 * script holds no strings: the outcome of a copy, the language switch, and the date of access of a citation
 * (its template, and the language's calendar as Node formatted it at build time).
 */
export function PageMessages({ language }: { readonly language: LanguageCode }) {
  const { t, i18n } = useTranslation();
  const ui = useUiText();
  const calendar = editionOf(i18n, language)?.calendar;
  const accessed = accessedTemplate(t);
  return (
    <div id={MESSAGES_ID} hidden data-calendar={calendar ? JSON.stringify(calendar) : undefined}>
      <span data-message="link-copied">{ui.t('paragraph.copied', { defaultValue: 'Link copied' })}</span>
      <span data-message="link-failed">
        {ui.t('paragraph.copyFailed', { defaultValue: 'Could not copy the link. It is now in the address bar.' })}
      </span>
      <span data-message="cite-copied">{ui.t('cite.copied', { defaultValue: 'Citation copied' })}</span>
      <span data-message="cite-failed">
        {ui.t('cite.copyFailed', { defaultValue: 'Could not copy. The citation is selected: copy it by hand.' })}
      </span>
      <span data-message="switched">
        {ui.t('languages.switched', { defaultValue: 'Language changed: {{language}}', language: nameInText(getLanguage(language)) })}
      </span>
      <span data-message="accessed">{accessed}</span>
    </div>
  );
}
