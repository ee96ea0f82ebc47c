import { ogLocale, type HeadData } from '../app/head.ts';
import { LANGUAGES } from '../languages.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The policy every page carries: scripts, styles and everything else from this origin only,
 * no inline script, no eval. Hosts should send it as a header too (docs/reading-and-deploying.md, "Serving and hosting").
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

function headTags(head: HeadData): string {
  const tags = [
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}" />`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
  ];
  // Open Graph: what a link to this page shows when shared, in the page's language.
  tags.push(
    `<meta property="og:type" content="article" />`,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(head.url)}" />`,
    `<meta property="og:locale" content="${ogLocale(head.lang)}" />`,
  );
  if (head.indexable) {
    for (const l of LANGUAGES) if (l.code !== head.lang) tags.push(`<meta property="og:locale:alternate" content="${ogLocale(l.code)}" />`);
    tags.push(`<link rel="canonical" href="${escapeHtml(head.canonical)}" />`);
    for (const a of head.alternates) tags.push(`<link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}" />`);
  } else {
    tags.push('<meta name="robots" content="noindex" />');
  }
  for (const pdf of head.pdfs ?? []) tags.push(`<link rel="alternate" type="application/pdf" href="${escapeHtml(pdf)}" />`);
  // A data block (not executed, so script-src does not apply to it): the CSP needs no exception.
  if (head.jsonLd) tags.push(`<script type="application/ld+json">${head.jsonLd}</script>`);
  return tags.join('\n    ');
}

export interface PageParts {
  /** Marks the root element with the language rendered, so the client knows it can hydrate. */
  readonly prerendered?: string;
  /** Start the app at once instead of on the first interaction (see enhance-page.ts). */
  readonly eager?: boolean;
  /** Tags after the page's own head tags (a redirect's canonical link and refresh). */
  readonly moreHead?: readonly string[];
  /** Stylesheets after the template's own, so that their rules come later in the cascade (the views' styles). */
  readonly stylesheets?: readonly string[];
}

/**
 * One page of the site: the built HTML template (index.html, root.html or not-found.html after `vite build`)
 * with the page's language, title and head tags from its head data, and its rendered body.
 */
export function pageHtml(template: string, head: HeadData, body: string, parts: PageParts = {}): string {
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${head.lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
    .replace('<!--app-head-->', [headTags(head), ...(parts.moreHead ?? [])].join('\n    '))
    .replace(
      '</head>',
      `${(parts.stylesheets ?? []).map((href) => `  <link rel="stylesheet" href="${escapeHtml(href)}">\n`).join('')}  </head>`,
    )
    .replace(
      '<div id="root"><!--app-html--></div>',
      `<div id="root"${parts.prerendered ? ` data-prerendered="${parts.prerendered}"` : ''}${parts.eager ? ' data-hydrate="eager"' : ''}>${body}</div>`,
    );
}
