import { join } from 'node:path';
import { isLanguageCode, SOURCE_LANGUAGE } from '../languages.ts';
import { applyTranslations, type TranslationEdit } from '../sync/apply.ts';
import { fingerprint } from '../sync/hash.ts';
import { loadGlossary, loadLocale, loadState } from '../sync/loaders.ts';
import { GLOSSARY_FILE, isNamespace, localeFile, stateFile } from '../sync/paths.ts';
import type { Problem } from '../sync/problems.ts';
import { formatState } from '../sync/state-file.ts';
import { readProjectFiles, writeAtomic } from './project-io.ts';

export interface SaveRequest {
  readonly language: string;
  readonly namespace: string;
  readonly edits: readonly TranslationEdit[];
  /** Fingerprint of the locale file as the editor loaded it; a different file on disk is a conflict. */
  readonly version?: string;
  /**
   * An editor shows the English of locales/en, so an edit made from any other English means the
   * page or the extraction is behind, and recording it would claim a check nobody made. A PO file
   * may answer to an older English on purpose (a fuzzy entry), which the sync state then records.
   */
  readonly origin: 'editor' | 'po-file';
}

export type SaveOutcome =
  | { readonly ok: true; readonly version: string; readonly changed: readonly string[]; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly reason: 'invalid' | 'conflict' | 'broken'; readonly message: string; readonly problems: readonly Problem[] };

/** The version an editor holds of a locale file: a fingerprint of its text. */
export const fileVersion = (text: string): string => fingerprint(text);

/**
 * Write translations into one locale file of a project and record them in its sync state, as the
 * extraction would: validated first, both files written atomically, nothing written on any problem.
 */
export async function saveTranslations(root: string, request: SaveRequest): Promise<SaveOutcome> {
  const fail = (reason: 'invalid' | 'conflict' | 'broken', message: string, problems: readonly Problem[] = []): SaveOutcome => ({ ok: false, reason, message, problems });
  const { language, namespace } = request;
  if (!isLanguageCode(language) || language === SOURCE_LANGUAGE) return fail('invalid', `"${language}" is not a translated language`);
  if (!isNamespace(namespace)) return fail('invalid', `"${namespace}" is not a namespace`);
  const file = localeFile(language, namespace);
  const englishFile = localeFile(SOURCE_LANGUAGE, namespace);
  const files = await readProjectFiles(root, [file, englishFile, stateFile(language, namespace), GLOSSARY_FILE]);
  const text = files.get(file);
  const englishLoaded = loadLocale(files, SOURCE_LANGUAGE, namespace);
  if (englishLoaded === undefined) return fail('invalid', `there is no ${englishFile}: run npm run extract`);
  if (text === undefined) return fail('invalid', `there is no ${file}: run npm run extract`);
  if (request.version !== undefined && request.version !== fileVersion(text)) {
    return fail('conflict', `${file} changed on disk since this page loaded it. Nothing was saved: reload to see the file as it is now, then make your change again.`);
  }
  if (!englishLoaded.ok) return fail('broken', `${englishFile} is broken`, englishLoaded.problems);
  const english = { catalog: englishLoaded.value.catalog };
  if (request.origin === 'editor') {
    const behind = request.edits.filter((edit) => english.catalog.has(edit.key) && english.catalog.get(edit.key) !== edit.from);
    if (behind.length > 0) {
      return fail(
        'conflict',
        `the English of ${behind.map((e) => `"${e.key}"`).join(', ')} in ${englishFile} is not the English this page showed. Nothing was saved: if the English document changed, run npm run extract; then reload and make your change again.`,
        behind.map((e) => ({ severity: 'error', code: 'english-changed', message: 'the English changed since this page loaded', file: englishFile, language, namespace, key: e.key })),
      );
    }
  }
  const state = loadState(files, language, namespace);
  if (!state.ok) return fail('broken', `${stateFile(language, namespace)} is broken`, state.problems);
  const glossary = loadGlossary(files);
  if (!glossary.ok) return fail('broken', `${GLOSSARY_FILE} is broken`, glossary.problems);
  const stateText = files.get(stateFile(language, namespace));
  const result = applyTranslations({ language, namespace, file, text, english: english.catalog, state: state.value, glossary: glossary.value, edits: request.edits });
  if (!result.ok) {
    const broken = result.problems.some((p) => p.line !== undefined);
    return fail(broken ? 'broken' : 'invalid', broken ? `${file} is broken` : result.problems.map((p) => p.message).join('; '), result.problems);
  }
  if (result.text !== text) await writeAtomic(join(root, file), result.text);
  const newState = formatState(result.state);
  if (newState !== stateText) await writeAtomic(join(root, stateFile(language, namespace)), newState);
  return { ok: true, version: fileVersion(result.text), changed: result.changed, warnings: result.warnings };
}
