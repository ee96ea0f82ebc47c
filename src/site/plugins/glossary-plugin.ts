import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGE_CODES } from '../../languages.ts';
import { GLOSSARY_FILE } from '../../core/common/paths.ts';
import { parseGlossary } from '../../core/locale/glossary-file.ts';
import { glossaryEntries } from '../../core/glossary/terms.ts';

const ID = 'virtual:glossary-names';

/** Each term's name in every language, for the pop-up of a term marked in the text. */
function names(root: string): Record<string, Record<string, string>> {
  let text: string;
  try {
    text = readFileSync(join(root, GLOSSARY_FILE), 'utf8');
  } catch {
    return {};
  }
  const parsed = parseGlossary(GLOSSARY_FILE, text);
  // A broken glossary stops the build in the locale plugin, with its position.
  if (!parsed.ok) return {};
  const out: Record<string, Record<string, string>> = {};
  for (const entry of glossaryEntries(parsed.value.glossary, LANGUAGE_CODES))
    out[entry.id] = Object.fromEntries(LANGUAGE_CODES.map((code) => [code, entry.names[code] ?? entry.forms[code]?.[0] ?? '']));
  return out;
}

/**
 * `virtual:glossary-names`: `loadGlossaryNames()`. In the browser's build the names are a hashed JSON asset,
 * fetched the first time a reader focuses or taps a term (a reader who does not pays nothing for them).
 */
export function glossaryNames(root: string): Plugin {
  let building = false;
  return {
    name: 'nordefco-glossary-names',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      this.addWatchFile(join(root, GLOSSARY_FILE));
      const data = JSON.stringify(names(root));
      if (!(building && this.environment.config.consumer === 'client')) return `export const loadGlossaryNames = async () => (${data});`;
      const reference = this.emitFile({ type: 'asset', name: 'glossary.json', source: data });
      return `export const loadGlossaryNames = () => fetch(import.meta.ROLLUP_FILE_URL_${reference}).then((r) => (r.ok ? r.json() : {}));`;
    },
  };
}
