import { isLanguageCode, SOURCE_LANGUAGE } from '../languages.ts';
import { applyTranslations, type TranslationEdit } from '../core/sync/apply.ts';
import { fingerprint } from '../core/common/hash.ts';
import { loadGlossaryFile, loadLocale, loadState } from '../core/locale/loaders.ts';
import { GLOSSARY_FILE, isNamespace, localeFile, stateFile } from '../core/common/paths.ts';
import type { Problem } from '../core/common/problems.ts';
import type { SaveReply } from '../core/wire/dev-api.ts';
import { formatState } from '../core/state/state-file.ts';
import { withLineEndingsOf } from '../core/common/line-endings.ts';
import { LockBusy, withProjectLock } from './lock.ts';
import { BrokenInput, readProjectFiles } from './project-io.ts';
import { commitWrites } from './transaction.ts';

export interface SaveRequest {
  readonly language: string;
  readonly namespace: string;
  readonly edits: readonly TranslationEdit[];
  /** Fingerprint of the locale file as the editor loaded it; a different file on disk is a conflict. */
  readonly version?: string;
  /**
   * An editor shows the English of locales/en, so an edit made from any other English means the
   * page or the extraction is behind, and recording it would claim a check nobody made. An imported
   * file (PO, XLIFF or TMX) may answer to an older English on purpose (a fuzzy entry, a stale unit),
   * which the sync state then records.
   */
  readonly origin: 'editor' | 'import';
}

type Refused = Extract<SaveReply, { ok: false }>;

/** The development server's reply (the wire's shape, sent as it is), with what only this side knows. */
export type SaveOutcome =
  | (Extract<SaveReply, { ok: true }> & { readonly changed: readonly string[]; readonly warnings: readonly Problem[] })
  | (Refused & { readonly reason: Exclude<Refused['reason'], 'unreachable'>; readonly problems: readonly Problem[] });

const SAVE = 'a save from the development server';

/** The version an editor holds of a locale file: a fingerprint of its text. */
export const fileVersion = (text: string): string => fingerprint(text);

export type SavePlan =
  | {
      readonly ok: true;
      readonly version: string;
      readonly changed: readonly string[];
      readonly warnings: readonly Problem[];
      readonly writes: ReadonlyMap<string, string>;
      /** What was read of each file written (null: none), for commitWrites' check just before writing. */
      readonly read: ReadonlyMap<string, string | null>;
    }
  | Extract<SaveOutcome, { ok: false }>;

/**
 * Write translations into one locale file of a project and record them in its sync state, as the
 * extraction would: validated first, under the project lock (a save while extract runs waits for it),
 * both files written as one run, nothing written on any problem.
 */
export async function saveTranslations(root: string, request: SaveRequest): Promise<SaveOutcome> {
  try {
    return await withProjectLock(root, { command: SAVE, waitMs: 15_000 }, async () => {
      const plan = await planSave(root, request);
      if (!plan.ok) return plan;
      const committed = await commitWrites(root, plan.writes, { command: SAVE, read: plan.read });
      if (!committed.ok || committed.kept.length > 0) {
        const files = committed.ok ? committed.kept : committed.changed;
        return {
          ok: false,
          reason: 'conflict',
          message: `${files.join(' and ')} changed on disk while saving. ${committed.ok ? 'Your text may be only partly saved' : 'Nothing was saved'}: reload to see the files as they are now, then make your change again.`,
          problems: [],
        };
      }
      return { ok: true, version: plan.version, changed: plan.changed, warnings: plan.warnings };
    });
  } catch (error) {
    if (error instanceof BrokenInput)
      return { ok: false, reason: 'broken', message: `Nothing was saved: ${error.message}`, problems: error.problems };
    if (!(error instanceof LockBusy)) throw error;
    return { ok: false, reason: 'conflict', message: `Nothing was saved: ${error.message}`, problems: [] };
  }
}

type Refusal = Extract<SavePlan, { ok: false }>;

function refuse(reason: Refusal['reason'], message: string, problems: readonly Problem[] = []): Refusal {
  return { ok: false, reason, message, problems };
}

/** What a save would write (paths relative to the root), or why it cannot; reads only. Call holding the lock. */
export async function planSave(root: string, request: SaveRequest): Promise<SavePlan> {
  const { language, namespace } = request;
  if (!isLanguageCode(language) || language === SOURCE_LANGUAGE) return refuse('invalid', `"${language}" is not a translated language`);
  if (!isNamespace(namespace)) return refuse('invalid', `"${namespace}" is not a namespace`);
  const file = localeFile(language, namespace);
  const englishFile = localeFile(SOURCE_LANGUAGE, namespace);
  const files = await readProjectFiles(root, [file, englishFile, stateFile(language, namespace), GLOSSARY_FILE]);
  const text = files.get(file);
  const englishLoaded = loadLocale(files, SOURCE_LANGUAGE, namespace);
  if (englishLoaded === undefined) return refuse('invalid', `there is no ${englishFile}: run npm run extract`);
  if (text === undefined) return refuse('invalid', `there is no ${file}: run npm run extract`);
  if (request.version !== undefined && request.version !== fileVersion(text)) {
    return refuse(
      'conflict',
      `${file} changed on disk since this page loaded it. Nothing was saved: reload to see the file as it is now, then make your change again.`,
    );
  }
  if (!englishLoaded.ok) return refuse('broken', `${englishFile} is broken`, englishLoaded.problems);
  const english = englishLoaded.value.catalog;
  const behind = request.origin === 'editor' ? englishBehind(request, english, englishFile) : undefined;
  if (behind) return behind;
  const state = loadState(files, language, namespace);
  if (!state.ok) return refuse('broken', `${stateFile(language, namespace)} is broken`, state.problems);
  const glossary = loadGlossaryFile(files);
  if (!glossary.ok) return refuse('broken', `${GLOSSARY_FILE} is broken`, glossary.problems);
  const result = applyTranslations({
    language,
    namespace,
    file,
    text,
    english,
    state: state.value,
    glossary: glossary.value.glossary,
    same: glossary.value.same,
    edits: request.edits,
  });
  if (!result.ok) {
    const broken = result.problems.some((p) => p.line !== undefined);
    return refuse(
      broken ? 'broken' : 'invalid',
      broken ? `${file} is broken` : result.problems.map((p) => p.message).join('; '),
      result.problems,
    );
  }
  const writes = new Map<string, string>();
  if (result.value.text !== text) writes.set(file, result.value.text);
  const stateText = files.get(stateFile(language, namespace));
  const newState = withLineEndingsOf(stateText, formatState(result.value.state));
  if (newState !== stateText) writes.set(stateFile(language, namespace), newState);
  const read = new Map([...writes.keys()].map((path) => [path, files.get(path) ?? null]));
  return { ok: true, version: fileVersion(result.value.text), changed: result.value.changed, warnings: result.warnings, writes, read };
}

/** The editor's edits made from an English the file no longer holds: a conflict, unless there are none. */
function englishBehind(request: SaveRequest, english: ReadonlyMap<string, string>, englishFile: string): Refusal | undefined {
  const { language, namespace } = request;
  const behind = request.edits.filter((edit) => english.has(edit.key) && english.get(edit.key) !== edit.from);
  if (behind.length === 0) return undefined;
  return refuse(
    'conflict',
    `the English of ${behind.map((e) => `"${e.key}"`).join(', ')} in ${englishFile} is not the English this page showed. Nothing was saved: if the English document changed, run npm run extract; then reload and make your change again.`,
    behind.map((e) => ({
      severity: 'error',
      code: 'english-changed',
      message: 'the English changed since this page loaded',
      file: englishFile,
      language,
      namespace,
      key: e.key,
    })),
  );
}
