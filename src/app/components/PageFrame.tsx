import type { ReactNode } from 'react';
import type { LanguageCode } from '../../languages.ts';
import { readerPath, reviewPath } from '../routes.ts';
import { useUiText } from '../ui-text.tsx';
import { PageMessages } from './PageMessages.tsx';

interface Props {
  /** The page's language: the site's name in the header, the footer, the script's messages. */
  readonly language: LanguageCode;
  /** Who publishes the site (SITE_PUBLISHER), named in the header and the footer. */
  readonly publisher?: string | undefined;
  /** The skip link's text, naming what it skips to. */
  readonly skipLabel: ReactNode;
  /** The header bar's controls (language switcher, menus); the pages that only lead elsewhere (`/`, not found) have none. */
  readonly header?: ReactNode;
  /** Where the site's name leads: the text in the page's language, unless the page says otherwise (`/`). */
  readonly home?: string;
  readonly mainClass: string;
  /** Extra attributes of <main> a view needs (busy state, column count). */
  readonly mainProps?: { readonly 'aria-busy'?: boolean; readonly 'data-columns'?: number };
  /** The original's address, printed at the end of the pages that are the text. */
  readonly source?: string;
  readonly children: ReactNode;
}

/**
 * The frame every view shares: skip link; the header (the site's or publisher's name, which scrolls away, and
 * the bar of controls, which stays); the main region; the page footer (a contentinfo landmark, outside
 * <main>); and the polite live region in which the page's script announces a language switch.
 */
export function PageFrame({ language, publisher, skipLabel, header, home, mainClass, mainProps, source, children }: Props) {
  const ui = useUiText();
  const siteName = ui.t('site.name', { defaultValue: 'NORDEFCO joint declaration' });
  return (
    <>
      <a className="skip-link" href="#main">
        {skipLabel}
      </a>
      <header className="site-header">
        <p className="site-brand">
          <a href={home ?? readerPath(language)}>{publisher ?? siteName}</a>
        </p>
        {header && <div className="header-bar">{header}</div>}
        {/* The page's script announces a language switch here (enhance/keep-place.ts); left out of hydration. */}
        <p id="announcer" role="status" className="visually-hidden" dangerouslySetInnerHTML={{ __html: '' }} />
      </header>
      <main id="main" className={mainClass} {...mainProps}>
        {children}
      </main>
      <footer className="site-footer">
        {source && <p className="print-only print-source">{ui.t('print.source', { defaultValue: 'Source: {{url}}', url: source })}</p>}
        <p>
          {publisher ? (
            <>
              {ui.t('about.publisher', { defaultValue: 'Published on this site by' })}: {publisher}
            </>
          ) : (
            siteName
          )}
          {' · '}
          <a href={reviewPath(language)}>{ui.t('footer.review', { defaultValue: 'For translators: the translation review' })}</a>
        </p>
      </footer>
      <PageMessages language={language} />
    </>
  );
}
