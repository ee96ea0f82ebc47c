import { generateAtomFeed } from 'feedsmith';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { getLanguage, LANGUAGES, nameInText, type LanguageCode } from '../languages.ts';
import type { HistoryData } from '../core/wire/history-data.ts';
import { ChangeList, blockName, changeReason } from '../app/components/record/ChangeList.tsx';
import { HistoryPage } from '../app/components/record/HistoryPage.tsx';
import { VersionPage } from '../app/components/record/VersionPage.tsx';
import { formatDate } from '../app/format.ts';
import type { HeadData } from '../app/head.ts';
import { documentDate } from '../app/i18n.ts';
import { feedPath, glossaryPath, historyPath, versionPath } from '../app/routes.ts';
import { GlossaryPage } from '../app/components/record/GlossaryPage.tsx';
import { READER_EXTRAS_NAMESPACE, type DocumentOutline, type ReaderExtras } from '../core/wire/locale-data.ts';
import type { GlossaryData } from '../core/wire/glossary-data.ts';
import { prepareApp } from '../app/prepare-app.ts';

export interface RecordPage {
  readonly html: string;
  readonly head: HeadData;
}

async function setup(
  language: LanguageCode,
): Promise<{ instance: i18n; declaration: string; document: DocumentOutline; publisher?: string }> {
  const props = await prepareApp({ kind: 'reader', language }, '');
  const t = props.i18n.getFixedT(language, 'ui');
  const date = documentDate(props.i18n, language, props.document.date);
  const declaration = t('meta.title', { defaultValue: 'Joint declaration of the Nordic Ministers of Defence, {{date}}', date });
  return {
    instance: props.i18n,
    declaration,
    document: props.document,
    ...(props.document.publisher ? { publisher: props.document.publisher } : {}),
  };
}

const render = (instance: i18n, node: ReactNode): string => renderToString(<I18nextProvider i18n={instance}>{node}</I18nextProvider>);

/** `indexable`: search engines may list the page; `alternates`: the same page in the other languages. */
function head(
  language: LanguageCode,
  title: string,
  url: string,
  { indexable, alternates = [] }: { readonly indexable: boolean; readonly alternates?: HeadData['alternates'] },
): HeadData {
  return { lang: language, title, description: title, canonical: url, alternates, indexable, url };
}

/** A language version's revision history page (`/da/history/`), with a link to its feed in the head. */
export async function renderHistory(language: LanguageCode, history: HistoryData, siteUrl: string): Promise<RecordPage> {
  const { instance, declaration } = await setup(language);
  const base = siteUrl.replace(/\/+$/, '');
  const t = instance.getFixedT(language, 'record');
  const title = `${t('history.title', { ns: 'record', defaultValue: 'Revision history' })}: ${nameInText(getLanguage(language))} – ${declaration}`;
  const alternates = LANGUAGES.map((l) => ({ hreflang: l.code, href: `${base}${historyPath(l.code)}` }));
  return {
    html: render(instance, <HistoryPage language={language} history={history} />),
    head: head(language, title, `${base}${historyPath(language)}`, { indexable: true, alternates }),
  };
}

/** One version's page (`/da/history/2026-12-03-ad3121a4f0/`); `hrefFor` leads to the same moment in another language. */
export async function renderVersion(
  language: LanguageCode,
  history: HistoryData,
  id: string,
  hrefFor: (language: LanguageCode) => string,
  siteUrl: string,
): Promise<RecordPage> {
  const { instance, declaration } = await setup(language);
  const version = history.versions.find((v) => v.id === id);
  if (!version) throw new Error(`no version ${id} in the ${language} history`);
  const t = instance.getFixedT(language, 'record');
  const url = `${siteUrl.replace(/\/+$/, '')}${versionPath(language, id)}`;
  const title = `${declaration} (${t('version.short', { ns: 'record', defaultValue: 'version of {{date}}', date: formatDate(version.date, language) })})`;
  return {
    html: render(instance, <VersionPage language={language} history={history} version={version} hrefFor={hrefFor} siteUrl={siteUrl} />),
    // Search engines should lead to the current text; a past version is for those who cite or check it.
    head: head(language, title, url, { indexable: false }),
  };
}

/** The history as an Atom feed (RFC 4287): one entry per version, newest first; none without a dated version. */
export async function renderFeed(language: LanguageCode, history: HistoryData, siteUrl: string): Promise<string | undefined> {
  const [latest] = history.versions;
  if (!latest) return undefined;
  const { instance, declaration, publisher } = await setup(language);
  const t = instance.getFixedT(language, 'record');
  const base = siteUrl.replace(/\/+$/, '');
  const page = `${base}${historyPath(language)}`;
  const entries = history.versions.map((version) => {
    const url = `${base}${versionPath(language, version.id)}`;
    const summary =
      version.changes.length === 0
        ? t('history.first', { ns: 'record', defaultValue: 'The first version recorded.' })
        : version.changes.map((c) => `${blockName(t, c)}: ${c.kinds.map((k) => changeReason(t, k)).join('; ')}`).join(' · ');
    const content = renderToStaticMarkup(
      <I18nextProvider i18n={instance}>
        <ChangeList changes={version.changes} href={(id) => `${url}#${id}`} />
      </I18nextProvider>,
    );
    return {
      id: url,
      title: { value: `${formatDate(version.date, language)}: ${summary}`, type: 'text' },
      updated: new Date(version.time),
      links: [{ href: url, rel: 'alternate', type: 'text/html', hreflang: language }],
      ...(version.changes.length > 0 ? { content: { value: content, type: 'html' } } : {}),
    };
  });
  const xml = generateAtomFeed({
    id: page,
    title: {
      value: `${t('history.title', { ns: 'record', defaultValue: 'Revision history' })}: ${declaration} (${nameInText(getLanguage(language))})`,
      type: 'text',
    },
    updated: new Date(latest.time),
    authors: [{ name: publisher ?? new URL(base).host }],
    links: [
      { href: `${base}${feedPath(language)}`, rel: 'self', type: 'application/atom+xml' },
      { href: page, rel: 'alternate', type: 'text/html', hreflang: language },
    ],
    entries,
  });
  // The feed's language, for readers that show or speak it (xml:lang is Atom's way, RFC 4287 section 2).
  return xml.replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`);
}

/** Where each term is first marked in a language's text: the paragraph and its number. */
function firstUses(instance: i18n, language: LanguageCode, document: DocumentOutline): Map<string, { id: string; number: number }> {
  const extras = instance.getResourceBundle(language, READER_EXTRAS_NAMESPACE) as Partial<ReaderExtras> | undefined;
  const found = new Map<string, { id: string; number: number }>();
  let number = 0;
  for (const block of document.blocks) {
    if (block.kind !== 'paragraph') continue;
    number++;
    for (const [, , term] of extras?.terms?.[`${document.namespace}:${block.id}`] ?? [])
      if (!found.has(term)) found.set(term, { id: block.id, number });
  }
  return found;
}

/** A language's glossary page (`/da/glossary/`): every agreed term in all seven languages. */
export async function renderGlossary(language: LanguageCode, glossary: GlossaryData, siteUrl: string): Promise<RecordPage> {
  const { instance, declaration, document } = await setup(language);
  const base = siteUrl.replace(/\/+$/, '');
  const t = instance.getFixedT(language, 'record');
  const title = `${t('glossary.title', { ns: 'record', defaultValue: 'Agreed terms' })} – ${declaration}`;
  const alternates = LANGUAGES.map((l) => ({ hreflang: l.code, href: `${base}${glossaryPath(l.code)}` }));
  return {
    html: render(instance, <GlossaryPage language={language} glossary={glossary} firstUse={firstUses(instance, language, document)} />),
    head: head(language, title, `${base}${glossaryPath(language)}`, { indexable: true, alternates }),
  };
}
