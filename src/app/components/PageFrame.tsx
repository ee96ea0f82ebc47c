import type { ReactNode } from 'react';
import { useUiText } from '../ui-text.tsx';
import { useHeaderHeight } from '../use-header-height.ts';

interface Props {
  /** The skip link's text, naming what it skips to. */
  readonly skipLabel: ReactNode;
  /** The header bar's controls (language switcher, menus). */
  readonly header: ReactNode;
  readonly mainClass: string;
  /** Extra attributes of <main> a view needs (busy state, column count). */
  readonly mainProps?: { readonly 'aria-busy'?: boolean; readonly 'data-columns'?: number };
  /** The printed source line and the print button; absent on pages that are not the text. */
  readonly footer?: { readonly source: string };
  readonly children: ReactNode;
}

/** The frame every view shares: skip link, sticky header, the main region, and the page footer. */
export function PageFrame({ skipLabel, header, mainClass, mainProps, footer, children }: Props) {
  useHeaderHeight();
  return (
    <>
      <a className="skip-link" href="#main">
        {skipLabel}
      </a>
      <header className="site-header">
        <div className="header-bar">{header}</div>
      </header>
      <main id="main" className={mainClass} {...mainProps}>
        {children}
        {footer && <PageFooter source={footer.source} />}
      </main>
    </>
  );
}

function PageFooter({ source }: { readonly source: string }) {
  const ui = useUiText();
  return (
    <footer className="page-footer">
      <p className="print-only">{ui.t('print.source', { defaultValue: 'Source: {{url}}', url: source })}</p>
      <button type="button" className="button print-button" onClick={() => window.print()}>
        {ui.t('actions.print', { defaultValue: 'Print' })}
      </button>
    </footer>
  );
}
