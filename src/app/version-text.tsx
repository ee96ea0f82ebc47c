import type { ReactNode } from 'react';
import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import type { RevisionText } from './edition.ts';
import { useUiText } from './ui-text.tsx';

/** What this version is, in the page's language: the original, or an unofficial translation into it. */
export function useVersionText(language: LanguageCode): ReactNode {
  const ui = useUiText();
  return language === SOURCE_LANGUAGE
    ? ui.t('about.versionOriginal', { defaultValue: 'The English original, with its misprints corrected' })
    : ui.t('about.versionTranslation', { defaultValue: 'Unofficial translation. Only the English text is official.' });
}

export function useRevisionText(revision: RevisionText): ReactNode {
  const ui = useUiText();
  if ('date' in revision) return revision.date;
  return revision.unknown === 'uncommitted'
    ? ui.t('about.revisedUncommitted', {
        defaultValue: 'Not yet recorded: this copy of the site was built with changes not yet in its version history.',
      })
    : ui.t('about.revisedUnknown', { defaultValue: 'Revision date unknown: this copy of the site was built without its version history.' });
}
