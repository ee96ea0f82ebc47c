import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '../../languages.ts';
import type { LanguageData } from '../../core/wire/locale-data.ts';
import { reviewData } from '../../core/report/review.ts';
import { alignmentData } from '../alignment-data.ts';
import type { Outline, Planned } from './locale-plugin.ts';

/**
 * The text of each virtual module the locale plugin serves (locale-plugin.ts), from what the plugin
 * reads: the plan of the tree, the documents' outlines and each language's data.
 */
export interface ModuleSources {
  readonly plan: () => Promise<Planned>;
  readonly outlines: () => Outline[];
  readonly languageData: (code: string, options: { readonly client: boolean }) => Promise<LanguageData>;
  /** What a language publishes (the texts only), for the alignment. */
  readonly texts: (planned: Planned, code: string) => LanguageData['resources'];
  /** The browser's build: data goes out as hashed assets, fetched when needed, not as modules. */
  readonly client: boolean;
  /** Emits an asset and gives its reference (for import.meta.ROLLUP_FILE_URL_…). */
  readonly emitAsset: (name: string, source: string) => string;
  /** The module the browser fetches a language's asset with. */
  readonly fetchLanguage: string;
  /** The prefix of each language's own module id. */
  readonly prefix: string;
}

export async function reviewModule(sources: ModuleSources): Promise<string> {
  const { snapshot, plan } = await sources.plan();
  const data = reviewData(
    plan,
    snapshot.locales,
    sources.outlines().map((o) => o.namespace),
  );
  return `export default ${JSON.stringify(data)};`;
}

export async function alignmentModule(sources: ModuleSources): Promise<string> {
  const planned = await sources.plan();
  const texts = new Map(LANGUAGE_CODES.map((code) => [code, sources.texts(planned, code)]));
  const shown = (language: string, ns: string, key: string): string => {
    const value = texts.get(language as LanguageData['code'])?.[ns]?.[key];
    return typeof value === 'string' ? value : '';
  };
  const data = JSON.stringify(alignmentData({ planned, documents: sources.outlines(), shown }));
  // The comparison's pages fetch it as an asset; a reading page never does.
  if (!sources.client) return `export const loadAlignment = async () => (${data});`;
  const reference = sources.emitAsset('alignment.json', data);
  return `export const loadAlignment = () => fetch(import.meta.ROLLUP_FILE_URL_${reference}).then((r) => (r.ok ? r.json() : {}));`;
}

/**
 * The English, a loader for each other language, and the documents' outlines. The browser's build fetches
 * each language as a hashed JSON asset (see fetch-language.ts for why not import()); the prerender (SSR),
 * the development server and the tests import its module.
 */
export async function mainModule(sources: ModuleSources): Promise<string> {
  const { client, prefix } = sources;
  const loaders: string[] = [];
  for (const c of LANGUAGE_CODES.filter((code) => code !== SOURCE_LANGUAGE)) {
    if (!client) {
      loaders.push(`${JSON.stringify(c)}: () => import('${prefix}${c}').then((m) => m.default)`);
      continue;
    }
    const reference = sources.emitAsset(`${c}.json`, JSON.stringify(await sources.languageData(c, { client: true })));
    loaders.push(`${JSON.stringify(c)}: () => fetchLanguage(import.meta.ROLLUP_FILE_URL_${reference}, ${JSON.stringify(c)})`);
  }
  return [
    `import english from '${prefix}${SOURCE_LANGUAGE}';`,
    ...(client ? [`import { fetchLanguage } from ${JSON.stringify(sources.fetchLanguage)};`] : []),
    'export { english };',
    `export const loaders = {${loaders.map((l) => `\n  ${l},`).join('')}\n};`,
    `export const documents = ${JSON.stringify(sources.outlines().map(({ file: _file, ...outline }) => outline))};`,
  ].join('\n');
}
