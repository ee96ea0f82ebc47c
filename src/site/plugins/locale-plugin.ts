import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '../../languages.ts';
import { loadDocument } from '../../core/locale/loaders.ts';
import { DOCUMENTS_DIR, localeFile } from '../../core/common/paths.ts';
import type { DocumentOutline, LanguageData, NestedStrings } from '../../core/wire/locale-data.ts';
import { calendarOf, formatDate } from '../../app/format.ts';
import { revisionOf, type Revision } from '../../node/revision.ts';
import { fingerprint } from '../../core/common/hash.ts';
import { unflatten } from '../../core/common/catalog.ts';
import type { ExtractionPlan, ProjectSnapshot } from '../../core/sync/extraction.ts';
import { planProject } from '../../node/plan.ts';
import { readSnapshot } from '../../node/project-io.ts';
import { renderProblem, renderWrites } from '../../core/report/render.ts';
import { readerExtras } from '../reader-extras.ts';
import { alignmentModule, mainModule, reviewModule, type ModuleSources } from './locale-modules.ts';

const MAIN = 'virtual:locale-data';
const REVIEW = 'virtual:review-data';
const ALIGNMENT = 'virtual:alignment-data';
/** Namespaces only the build renders (src/app/components/record/: history, versions, glossary). */
const BUILD_ONLY: readonly string[] = ['record'];
const PREFIX = `${MAIN}/`;
/** The browser's loader of a language's JSON asset. */
const FETCH_LANGUAGE = fileURLToPath(new URL('../../app/fetch-language.ts', import.meta.url));

function fail(message: string): never {
  throw new Error(`locale data: ${message}`);
}

export interface Planned {
  readonly snapshot: ProjectSnapshot;
  readonly plan: ExtractionPlan;
}

/**
 * Why a build may not publish this tree, or undefined: the published page must never show an English
 * the documents no longer hold, nor a translation the sync has not judged.
 */
export function unpublishable({ plan }: Planned): string | undefined {
  if (plan.fatal.length > 0) return `the locale files or documents are broken:\n${plan.fatal.map(renderProblem).join('\n')}`;
  if (plan.writes.size > 0) {
    return `locales/ is out of step with the English documents and the code (${plan.writes.size} file(s) would change):\n${renderWrites(plan)}\nRun \`npm run extract\`, then build again.`;
  }
  return undefined;
}

/**
 * What a language publishes, from the extraction plan (the status `npm run status` reports): translated
 * and stale texts (stale ones listed, so the reader marks them); an untranslated, invalid or copied-English
 * entry as "", so the reader shows the English with the untranslated marker.
 */
export function published(planned: Planned, code: string): Pick<LanguageData, 'resources' | 'stale' | 'versions'> {
  const resources: Record<string, NestedStrings> = {};
  const stale: string[] = [];
  const versions: Record<string, string> = {};
  const { plan, snapshot } = planned;
  if (code === SOURCE_LANGUAGE) {
    for (const [ns, catalog] of plan.english) {
      resources[ns] = unflatten(catalog) as NestedStrings;
      const text = snapshot.locales.get(localeFile(code, ns));
      if (text !== undefined) versions[ns] = fingerprint(text);
    }
    return { resources, stale, versions };
  }
  const report = plan.languages.find((l) => l.language === code);
  for (const ns of report?.namespaces ?? []) {
    const text = snapshot.locales.get(localeFile(code, ns.namespace));
    if (text === undefined || !plan.english.has(ns.namespace)) continue;
    versions[ns.namespace] = fingerprint(text);
    const shown = new Map<string, string>();
    for (const entry of ns.entries) {
      if (entry.status === 'obsolete') continue;
      const publish = entry.status === 'translated' || entry.status === 'stale';
      shown.set(entry.key, publish ? (entry.translation ?? '') : '');
      if (entry.status === 'stale') stale.push(`${ns.namespace}:${entry.key}`);
    }
    resources[ns.namespace] = unflatten(shown) as NestedStrings;
  }
  return { resources, stale, versions };
}

export interface SiteOptions {
  /** Who publishes the site (SITE_PUBLISHER), shown on every page and in its metadata; '' when not stated. */
  readonly publisher?: string;
}

/** A source document's outline, with the file it was read from. */
export type Outline = DocumentOutline & { readonly file: string };

/** The outline of every source document, read with `read` (a project-relative path). */
export function documentOutlines(root: string, site: SiteOptions, read: (path: string) => string): Outline[] {
  return readdirSync(join(root, DOCUMENTS_DIR))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const file = `${DOCUMENTS_DIR}/${f}`;
      const loaded = loadDocument(file, read(file));
      if (!loaded.ok) fail(loaded.problems.map(renderProblem).join('\n'));
      const document = loaded.value;
      const blocks = document.blocks.map((b) => ({ id: b.id ?? fail(`${file}:${b.line} has no id: run npm run extract`), kind: b.kind }));
      const published = document.meta.get('published');
      return {
        file,
        namespace: document.namespace,
        date: document.meta.get('date') ?? '',
        source: document.meta.get('source') ?? '',
        ...(published ? { published } : {}),
        ...(site.publisher ? { publisher: site.publisher } : {}),
        blocks,
      };
    });
}

/** What the site ships for one language (its JSON asset, or its module for the prerender and the dev server). */
export function languageDataOf(
  root: string,
  planned: Planned,
  code: string,
  documents: readonly Outline[],
  { client = false }: { readonly client?: boolean } = {},
): LanguageData {
  const language = code as LanguageData['code'];
  // A broken file stops the build (and the dev server's module) with its position, never a guess.
  if (planned.plan.fatal.length > 0) fail(planned.plan.fatal.map(renderProblem).join('\n'));
  const all = published(planned, code);
  // The browser never renders the pages about the text: their strings stay out of what it downloads.
  const data = client
    ? { ...all, resources: Object.fromEntries(Object.entries(all.resources).filter(([ns]) => !BUILD_ONLY.includes(ns))) }
    : all;
  // When each namespace's text last changed: the English on the page is the source document's, a translation's its locale file.
  const revised: Record<string, Revision> = {};
  for (const ns of Object.keys(data.resources)) {
    revised[ns] = revisionOf(
      root,
      code === SOURCE_LANGUAGE ? (documents.find((d) => d.namespace === ns)?.file ?? localeFile(code, ns)) : localeFile(code, ns),
    );
  }
  const dates: Record<string, string> = {};
  const isoDates = [
    ...documents.flatMap((o) => [o.date, o.published ?? '']),
    ...Object.values(revised).map((r) => ('date' in r ? r.date : '')),
  ];
  const shown = (ns: string, key: string): string => {
    const value = data.resources[ns]?.[key];
    return typeof value === 'string' ? value : '';
  };
  const reader = readerExtras({ root, planned, language, documents, shown });
  for (const r of Object.values(reader.revisions)) dates[r.date] = formatDate(r.date, language);
  for (const date of isoDates) if (date) dates[date] = formatDate(date, language);
  return { code: language, ...data, dates, edition: { revised, calendar: calendarOf(language) }, reader };
}

export function localeData(root: string, site: SiteOptions = {}): Plugin {
  const read = (path: string, watch: (file: string) => void): string => {
    const full = join(root, path);
    watch(full);
    return readFileSync(full, 'utf8');
  };
  // One plan per state of the tree: each language's module and the review read the same one.
  let cached: { key: string; planned: Planned } | undefined;
  const plan = async (watch: (file: string) => void): Promise<Planned> => {
    const snapshot = await readSnapshot(root);
    for (const file of snapshot.locales.keys()) watch(join(root, file));
    for (const file of snapshot.documents) watch(join(root, file.file));
    const key = fingerprint(
      [...snapshot.locales, ...snapshot.documents.map((d) => [d.file, d.text]), JSON.stringify(snapshot.code)].flat().join('\u0000'),
    );
    if (cached?.key !== key) cached = { key, planned: { snapshot, plan: await planProject(root, snapshot) } };
    return cached.planned;
  };
  let building = false;

  const languageData = async (code: string, watch: (file: string) => void, client = false): Promise<LanguageData> =>
    languageDataOf(root, await plan(watch), code, outlines(watch), { client });
  const outlines = (watch: (file: string) => void): Outline[] => documentOutlines(root, site, (path) => read(path, watch));

  return {
    name: 'nordefco-locale-data',
    configResolved(config) {
      building = config.command === 'build';
    },
    async buildStart() {
      if (!building) return;
      const reason = unpublishable(await plan((file) => this.addWatchFile(file)));
      if (reason) this.error(`The build publishes nothing out of step with the English. ${reason}`);
    },
    resolveId(id) {
      return id === MAIN || id === REVIEW || id === ALIGNMENT || id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id !== `\0${REVIEW}` && id !== `\0${ALIGNMENT}` && !id.startsWith(`\0${MAIN}`)) return undefined;
      const watch = (file: string): void => this.addWatchFile(file);
      const client = building && this.environment.config.consumer === 'client';
      const sources: ModuleSources = {
        plan: () => plan(watch),
        outlines: () => outlines(watch),
        languageData: (code, options) => languageData(code, watch, options.client),
        texts: (planned, code) => published(planned, code).resources,
        client,
        emitAsset: (name, source) => this.emitFile({ type: 'asset', name, source }),
        fetchLanguage: FETCH_LANGUAGE,
        prefix: PREFIX,
      };
      if (id === `\0${REVIEW}`) return reviewModule(sources);
      if (id === `\0${ALIGNMENT}`) return alignmentModule(sources);
      if (id === `\0${MAIN}`) return mainModule(sources);
      const code = id.slice(`\0${PREFIX}`.length);
      if (!(LANGUAGE_CODES as readonly string[]).includes(code)) fail(`unknown language ${code}`);
      return `export default ${JSON.stringify(await languageData(code, watch, client))};`;
    },
  };
}
