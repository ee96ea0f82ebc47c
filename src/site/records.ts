import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import type { HistoryData } from '../core/wire/history-data.ts';
import { feedPath, glossaryPath, historyPath, versionPath } from '../app/routes.ts';
import { GLOSSARY_FILE } from '../core/common/paths.ts';
import { parseGlossary } from '../core/locale/glossary-file.ts';
import { glossaryEntries } from '../core/glossary/terms.ts';
import { glossarySources } from '../core/glossary/sources.ts';
import type { GlossaryData } from '../core/wire/glossary-data.ts';
import type { HeadData } from '../app/head.ts';
import { escapeHtml, pageHtml } from './html.ts';
import { historyData, languageHistory, type HistorySource } from './history.ts';

export interface RecordServer {
  readonly renderHistory: (language: LanguageCode, history: HistoryData, siteUrl: string) => Promise<{ html: string; head: HeadData }>;
  readonly renderVersion: (
    language: LanguageCode,
    history: HistoryData,
    id: string,
    hrefFor: (language: LanguageCode) => string,
    siteUrl: string,
  ) => Promise<{ html: string; head: HeadData }>;
  readonly renderFeed: (language: LanguageCode, history: HistoryData, siteUrl: string) => Promise<string | undefined>;
  readonly renderGlossary: (language: LanguageCode, glossary: GlossaryData, siteUrl: string) => Promise<{ html: string; head: HeadData }>;
}

export interface RecordsInput {
  readonly server: RecordServer;
  readonly source: HistorySource;
  /** The built record.html. */
  readonly template: string;
  readonly siteUrl: string;
  readonly write: (path: string, content: string) => Promise<void>;
  /** Told of every page written with its head and its last change (when known), for the sitemap. */
  readonly list: (head: HeadData, lastmod: string | undefined) => void;
}

/** The head's link to a language's revision feed. */
export const feedLink = (language: LanguageCode): string =>
  `<link rel="alternate" type="application/atom+xml" href="${escapeHtml(feedPath(language))}" />`;

/** The version of `language` in force at `time` (the newest not later), for the same moment in another language. */
function inForce(history: HistoryData, time: string): string | undefined {
  return history.versions.find((v) => Date.parse(v.time) <= Date.parse(time))?.id;
}

/** Every language's revision history, read from git now. */
export function languageHistories(source: HistorySource): Map<LanguageCode, HistoryData> {
  return new Map(LANGUAGE_CODES.map((code) => [code, historyData(languageHistory(source, code))]));
}

/** Where a version's page leads for another language: that language's version in force then, else its history. */
export function sameMoment(histories: ReadonlyMap<LanguageCode, HistoryData>, time: string): (other: LanguageCode) => string {
  return (other) => {
    const history = histories.get(other);
    const id = history ? inForce(history, time) : undefined;
    return id ? versionPath(other, id) : historyPath(other);
  };
}

/**
 * Every language's revision history, every version of it at its own address (all of them: each is a few
 * kilobytes, see docs), and its Atom feed. Returns the histories, for the sitemap.
 */
export async function writeHistories(input: RecordsInput): Promise<Map<LanguageCode, HistoryData>> {
  const { server, template, siteUrl, write } = input;
  const histories = languageHistories(input.source);
  const feedLinks = (language: LanguageCode): string[] => ((histories.get(language)?.versions.length ?? 0) > 0 ? [feedLink(language)] : []);
  for (const [language, history] of histories) {
    const page = await server.renderHistory(language, history, siteUrl);
    // The page changes when a version is added; files changed since the last one make its date unknown.
    input.list(page.head, history.uncommitted ? undefined : history.versions[0]?.date);
    await write(`${historyPath(language).slice(1)}index.html`, pageHtml(template, page.head, page.html, { moreHead: feedLinks(language) }));
    for (const version of history.versions) {
      const rendered = await server.renderVersion(language, history, version.id, sameMoment(histories, version.time), siteUrl);
      input.list(rendered.head, version.date);
      await write(`${versionPath(language, version.id).slice(1)}index.html`, pageHtml(template, rendered.head, rendered.html));
    }
    const feed = await server.renderFeed(language, history, siteUrl);
    if (feed) await write(feedPath(language).slice(1), feed);
  }
  return histories;
}

export interface GlossariesInput extends Omit<RecordsInput, 'source'> {
  readonly glossaryText: string | undefined;
  /** The day a language's glossary page last changed, when known. */
  readonly lastmod: (language: LanguageCode) => string | undefined;
}

/** What the glossary pages show, from locales/glossary.json's text (none, or a broken file, shows no terms). */
export function glossaryData(glossaryText: string | undefined): GlossaryData {
  const parsed = glossaryText === undefined ? undefined : parseGlossary(GLOSSARY_FILE, glossaryText);
  if (!parsed?.ok) return { entries: [], sources: [] };
  return { entries: glossaryEntries(parsed.value.glossary, LANGUAGE_CODES), sources: glossarySources(parsed.value.sources) };
}

/** Each language's glossary page, from locales/glossary.json as the build reads it (a broken file stops the build earlier). */
export async function writeGlossaries(input: GlossariesInput): Promise<void> {
  const glossary = glossaryData(input.glossaryText);
  for (const language of LANGUAGE_CODES) {
    const page = await input.server.renderGlossary(language, glossary, input.siteUrl);
    input.list(page.head, input.lastmod(language));
    await input.write(`${glossaryPath(language).slice(1)}index.html`, pageHtml(input.template, page.head, page.html));
  }
}
