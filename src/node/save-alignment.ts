import { isLanguageCode, SOURCE_LANGUAGE } from '../languages.ts';
import { fingerprint } from '../core/common/hash.ts';
import { isNamespace, localeFile, stateFile } from '../core/common/paths.ts';
import { makeCorrection } from '../core/align/paragraph.ts';
import { loadLocale, loadState } from '../core/locale/loaders.ts';
import { formatState } from '../core/state/state-file.ts';
import type { SaveAlignmentRequest } from '../core/wire/dev-api.ts';
import { LockBusy, withProjectLock } from './lock.ts';
import { readProjectFiles } from './project-io.ts';
import { commitWrites } from './transaction.ts';
import type { SaveOutcome } from './save-translations.ts';

const isLinks = (value: unknown): value is number[][] =>
  Array.isArray(value) && value.every((l) => Array.isArray(l) && l.every((i) => Number.isInteger(i) && i >= 0));

export function isAlignmentBody(body: unknown): body is SaveAlignmentRequest {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return ['language', 'namespace', 'key', 'english', 'translation'].every((k) => typeof b[k] === 'string') && isLinks(b['links']);
}

/**
 * Record a translator's correction of a paragraph's sentence alignment in its sync state entry, under the
 * project lock and through the journal, as a translation is saved. Refused when the English or the translation
 * is no longer the one the page showed (the correction would describe other texts).
 */
export async function saveAlignment(root: string, request: SaveAlignmentRequest): Promise<SaveOutcome> {
  const fail = (reason: 'invalid' | 'conflict' | 'broken', message: string): SaveOutcome => ({ ok: false, reason, message, problems: [] });
  const { language, namespace, key } = request;
  if (!isLanguageCode(language) || language === SOURCE_LANGUAGE || !isNamespace(namespace)) return fail('invalid', 'no such translation');
  try {
    return await withProjectLock(root, { command: 'an alignment save from the development server', waitMs: 15_000 }, async () => {
      const files = await readProjectFiles(root, [
        localeFile(SOURCE_LANGUAGE, namespace),
        localeFile(language, namespace),
        stateFile(language, namespace),
      ]);
      const english = loadLocale(files, SOURCE_LANGUAGE, namespace);
      const translation = loadLocale(files, language, namespace);
      const state = loadState(files, language, namespace);
      if (!english?.ok || !translation?.ok || !state.ok)
        return fail('broken', `the files of ${language}:${namespace} cannot be read: run npm run extract`);
      const source = english.value.catalog.get(key) ?? '';
      const text = translation.value.catalog.get(key) ?? '';
      const entry = state.value.entries.get(key);
      if (!entry || fingerprint(source) !== request.english || fingerprint(text) !== request.translation)
        return fail(
          'conflict',
          'Not saved: the English or the translation changed since this page loaded it. Reload and check the alignment again.',
        );
      const correction = makeCorrection(source, text, language, request.links);
      if (correction.links.length !== correction.counts[1] || correction.links.some((l) => l.some((i) => i >= correction.counts[0])))
        return fail('invalid', 'Not saved: the links do not fit the sentences of these texts.');
      const entries = new Map(state.value.entries);
      entries.set(key, { ...entry, align: correction });
      const written = formatState({ entries, obsolete: state.value.obsolete });
      const path = stateFile(language, namespace);
      // Re-checked just before writing: a state file someone changed since it was read is left alone, nothing saved.
      const committed = await commitWrites(root, new Map([[path, written]]), {
        command: 'an alignment save from the development server',
        read: new Map([[path, files.get(path) ?? null]]),
      });
      if (!committed.ok) return fail('conflict', `Not saved: ${committed.changed.join(', ')} changed meanwhile. Reload and try again.`);
      return { ok: true, version: fingerprint(files.get(localeFile(language, namespace)) ?? ''), changed: [key], warnings: [] };
    });
  } catch (error) {
    if (!(error instanceof LockBusy)) throw error;
    return fail('conflict', `Nothing was saved: ${error.message}`);
  }
}
