import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '../languages.ts';
import { unflatten } from '../sync/catalog.ts';
import { loadDocument, loadLocale, loadState } from '../sync/loaders.ts';
import type { Problem } from '../sync/problems.ts';
import { renderProblem } from '../cli/render.ts';
import { DOCUMENTS_DIR, LOCALES_DIR, localeFile, stateFile } from '../sync/paths.ts';
import { statusAtSync } from '../sync/state.ts';
import type { DocumentOutline, LanguageData, NestedStrings } from '../app/locale-data.ts';
import { formatDate } from '../app/format.ts';
import { fingerprint } from '../sync/hash.ts';
import { planExtraction } from '../sync/extraction.ts';
import { reviewData } from '../sync/review.ts';
import { readSnapshot } from '../cli/project-io.ts';

const MAIN = 'virtual:locale-data';
const REVIEW = 'virtual:review-data';
const PREFIX = `${MAIN}/`;

function fail(message: string): never {
  throw new Error(`locale data: ${message}`);
}

/**
 * Serves the locale files to the app as one module per language (so a language switch
 * fetches one small chunk) with the stale keys worked out from the sync state at build time,
 * and the documents' outline (block ids and kinds) from the English Markdown.
 */
export function localeData(root: string): Plugin {
  const namespaces = (): string[] =>
    readdirSync(join(root, LOCALES_DIR, SOURCE_LANGUAGE))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();

  /** The files a module is built from, read for the loaders and watched for a rebuild. */
  const filesOf = (paths: readonly string[], watch: (file: string) => void): Map<string, string> => {
    const files = new Map<string, string>();
    for (const path of paths) {
      const full = join(root, path);
      if (!existsSync(full)) continue;
      watch(full);
      files.set(path, readFileSync(full, 'utf8'));
    }
    return files;
  };
  const describe = (problems: readonly Problem[]): string => problems.map(renderProblem).join('\n');

  const languageData = (code: string, watch: (file: string) => void): LanguageData => {
    const resources: Record<string, NestedStrings> = {};
    const stale: string[] = [];
    const versions: Record<string, string> = {};
    for (const ns of namespaces()) {
      const files = filesOf([localeFile(SOURCE_LANGUAGE, ns), localeFile(code, ns), stateFile(code, ns)], watch);
      const english = loadLocale(files, SOURCE_LANGUAGE, ns);
      if (!english?.ok) fail(english ? describe(english.problems) : `no ${localeFile(SOURCE_LANGUAGE, ns)}`);
      const target = loadLocale(files, code, ns);
      if (!target) continue;
      if (!target.ok) fail(describe(target.problems));
      resources[ns] = unflatten(target.value.catalog) as NestedStrings;
      versions[ns] = fingerprint(target.value.text);
      if (code === SOURCE_LANGUAGE || !files.has(stateFile(code, ns))) continue;
      const state = loadState(files, code, ns);
      if (!state.ok) fail(describe(state.problems));
      for (const key of english.value.catalog.keys()) {
        if (statusAtSync(key, english.value.catalog, target.value.catalog, state.value) === 'stale') stale.push(`${ns}:${key}`);
      }
    }
    const dates: Record<string, string> = {};
    for (const outline of outlines(watch)) if (outline.date) dates[outline.date] = formatDate(outline.date, code as LanguageData['code']);
    return { code: code as LanguageData['code'], resources, stale, dates, versions };
  };

  const outlines = (watch: (file: string) => void): DocumentOutline[] =>
    readdirSync(join(root, DOCUMENTS_DIR))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => {
        const file = `${DOCUMENTS_DIR}/${f}`;
        const loaded = loadDocument(file, filesOf([file], watch).get(file) ?? '');
        if (!loaded.ok) fail(describe(loaded.problems));
        const document = loaded.value;
        const blocks = document.blocks.map((b) => ({ id: b.id ?? fail(`${file}:${b.line} has no id: run npm run extract`), kind: b.kind }));
        return { namespace: document.namespace, date: document.meta.get('date') ?? '', source: document.meta.get('source') ?? '', blocks };
      });

  return {
    name: 'nordefco-locale-data',
    resolveId(id) {
      return id === MAIN || id === REVIEW || id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      const watch = (file: string): void => this.addWatchFile(file);
      if (id === `\0${REVIEW}`) {
        const snapshot = await readSnapshot(root);
        for (const file of snapshot.locales.keys()) watch(join(root, file));
        return `export default ${JSON.stringify(reviewData(planExtraction(snapshot), snapshot.locales))};`;
      }
      if (!id.startsWith(`\0${MAIN}`)) return undefined;
      if (id === `\0${MAIN}`) {
        const others = LANGUAGE_CODES.filter((c) => c !== SOURCE_LANGUAGE);
        return [
          `import english from '${PREFIX}${SOURCE_LANGUAGE}';`,
          'export { english };',
          `export const loaders = {${others.map((c) => `\n  ${JSON.stringify(c)}: () => import('${PREFIX}${c}'),`).join('')}\n};`,
          `export const documents = ${JSON.stringify(outlines(watch))};`,
        ].join('\n');
      }
      const code = id.slice(`\0${PREFIX}`.length);
      if (!(LANGUAGE_CODES as readonly string[]).includes(code)) fail(`unknown language ${code}`);
      return `export default ${JSON.stringify(languageData(code, watch))};`;
    },
  };
}
