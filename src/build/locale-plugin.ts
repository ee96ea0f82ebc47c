import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '../languages.ts';
import { parseDocument } from '../sync/document.ts';
import { parseLocaleFile } from '../sync/locale-file.ts';
import { DOCUMENTS_DIR, LOCALES_DIR, localeFile, stateFile } from '../sync/paths.ts';
import { statusAtSync } from '../sync/state.ts';
import { parseState } from '../sync/state-file.ts';
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
  const read = (path: string, watch: (file: string) => void): string => {
    const full = join(root, path);
    watch(full);
    return readFileSync(full, 'utf8');
  };
  const namespaces = (): string[] =>
    readdirSync(join(root, LOCALES_DIR, SOURCE_LANGUAGE))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();

  const languageData = (code: string, watch: (file: string) => void): LanguageData => {
    const resources: Record<string, NestedStrings> = {};
    const stale: string[] = [];
    const versions: Record<string, string> = {};
    for (const ns of namespaces()) {
      const englishText = read(localeFile(SOURCE_LANGUAGE, ns), watch);
      const english = parseLocaleFile(localeFile(SOURCE_LANGUAGE, ns), englishText);
      if (!english.ok) fail(english.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n'));
      const path = localeFile(code, ns);
      if (!existsSync(join(root, path))) continue;
      const text = read(path, watch);
      const target = parseLocaleFile(path, text);
      if (!target.ok) fail(target.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n'));
      resources[ns] = JSON.parse(text) as NestedStrings;
      versions[ns] = fingerprint(text);
      if (code === SOURCE_LANGUAGE || !existsSync(join(root, stateFile(code, ns)))) continue;
      const state = parseState(stateFile(code, ns), read(stateFile(code, ns), watch));
      if (!state.ok) fail(state.problems.map((p) => p.message).join('\n'));
      for (const key of english.catalog.keys()) {
        if (statusAtSync(key, english.catalog, target.catalog, state.state) === 'stale') stale.push(`${ns}:${key}`);
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
        const parsed = parseDocument(file, read(file, watch));
        if (!parsed.ok) fail(parsed.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n'));
        const { document } = parsed;
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
