import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * What every page's head starts with, whatever its entry (index.html for the reading, comparison and review
 * pages, root.html for the chooser at `/`, not-found.html for the not-found pages): written once here, not
 * in each template. The charset comes first, within the first bytes as HTML requires.
 */
const SHELL_HEAD: readonly HtmlTagDescriptor[] = [
  { tag: 'meta', attrs: { charset: 'UTF-8' }, injectTo: 'head-prepend' },
  { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' }, injectTo: 'head-prepend' },
  { tag: 'meta', attrs: { name: 'color-scheme', content: 'light dark' }, injectTo: 'head-prepend' },
  { tag: 'link', attrs: { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }, injectTo: 'head-prepend' },
];

/** Puts SHELL_HEAD into each HTML entry, in the build and the development server alike. */
export function pageShell(): Plugin {
  return { name: 'nordefco-page-shell', transformIndexHtml: () => [...SHELL_HEAD] };
}
