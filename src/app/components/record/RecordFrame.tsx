import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { LanguageCode } from '../../../languages.ts';
import { readerPath } from '../../routes.ts';
import { LanguageSwitcher } from '../LanguageSwitcher.tsx';
import { PageFrame } from '../PageFrame.tsx';

interface Props {
  readonly language: LanguageCode;
  /** This page in each language. */
  readonly hrefFor: (language: LanguageCode) => string;
  readonly children: ReactNode;
}

/**
 * The frame of the pages about the text rather than the text (history, past versions, glossary): the site's
 * header with every language, and a way back to the current text. Prerendered only, read without scripts.
 */
export function RecordFrame({ language, hrefFor, children }: Props) {
  const { t: rt } = useTranslation('record');
  const ui = { t: rt };
  return (
    <PageFrame
      language={language}
      skipLabel={ui.t('frame.skip', { ns: 'record', defaultValue: 'Skip to the content' })}
      header={
        <>
          <LanguageSwitcher current={language} hrefFor={hrefFor} />
          <a className="record-back" href={readerPath(language)}>
            {ui.t('frame.back', { ns: 'record', defaultValue: 'The declaration' })}
          </a>
        </>
      }
      mainClass="page record"
    >
      {children}
    </PageFrame>
  );
}
