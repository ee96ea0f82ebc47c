import { failure, success, type Result } from '../core/common/result.ts';

/** Where the site is served from when SITE_URL is not set: right for `npm start`, wrong for a published site. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173';

const refused = (message: string): Result<string> => failure([{ severity: 'error', code: 'site-url', message }]);

/**
 * The site's address for canonical links, hreflang and the sitemap, from SITE_URL. Without it the build
 * still works (local preview, tests) but says loudly that its links point at this machine.
 */
export function siteUrlFrom(value: string | undefined): Result<string> {
  if (value === undefined || value.trim() === '') {
    return success(DEFAULT_SITE_URL, [
      {
        severity: 'warning',
        code: 'site-url-unset',
        message: `SITE_URL is not set: canonical links, hreflang alternates and the sitemap point at ${DEFAULT_SITE_URL}, this machine. Fine for npm start and the tests; for a site to publish, build with SITE_URL=https://your.host npm run build`,
      },
    ]);
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return refused(
      `SITE_URL=${value}: not an address; give the site's origin and path, e.g. https://example.org or https://example.org/nordefco`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return refused(`SITE_URL=${value}: must start with https:// (or http://)`);
  if (parsed.search || parsed.hash || value.includes('#'))
    return refused(`SITE_URL=${value}: no query or fragment, just the site's address`);
  return success(`${parsed.origin}${parsed.pathname}`.replace(/\/+$/, ''));
}

/** A message that cannot be missed among the build's output. */
export function loudBanner(text: string): string {
  const bar = '!'.repeat(78);
  return `\n${bar}\n!! WARNING: ${text}\n${bar}\n`;
}
