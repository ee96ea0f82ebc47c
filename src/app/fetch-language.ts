import type { LanguageCode } from '../languages.ts';
import type { LanguageData } from '../core/wire/locale-data.ts';

/**
 * A language's data, fetched as the JSON asset the build emitted for it (src/site/plugins/locale-plugin.ts).
 * A fetch, not a dynamic import(): some Chromium builds keep a failed import() of a URL in the module map,
 * so "Try again" after a failed load would never ask the server again; each fetch is a new request.
 */
export async function fetchLanguage(url: string, code: LanguageCode): Promise<LanguageData> {
  const response = await fetch(url);
  // A host's error page is no language data: the reader then says the language could not be loaded.
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const data = (await response.json()) as LanguageData;
  if (data.code !== code) throw new Error(`${url} holds the data of "${String(data.code)}", not "${code}"`);
  return data;
}
