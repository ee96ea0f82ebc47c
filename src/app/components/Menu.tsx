import type { ReactNode } from 'react';

interface Props {
  readonly className: string;
  readonly summary: ReactNode;
  readonly children: ReactNode;
}

/**
 * A menu of links in a native disclosure: it opens before anything has loaded and without scripts. The
 * page's script (enhance/menus.ts) makes it close as a menu should: on Escape, on a click outside it and when
 * the focus leaves it.
 */
export function Menu({ className, summary, children }: Props) {
  return (
    <details className={`menu ${className}`} data-menu="">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
