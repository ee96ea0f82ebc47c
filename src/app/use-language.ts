import type { i18n } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getLanguage, SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { rememberLanguage } from './remember.ts';
import { addLanguage } from './i18n.ts';
import type { LanguageData } from '../core/wire/locale-data.ts';

export type Loader = (language: LanguageCode) => Promise<LanguageData>;

export interface LanguageState {
  /** The language the address asks for. */
  readonly requested: LanguageCode;
  /** The language whose text is on screen: English while `failed` is set. */
  readonly shown: LanguageCode;
  /** Set when the requested language's data could not be loaded. */
  readonly failed: LanguageCode | undefined;
  readonly loading: boolean;
  readonly stale: ReadonlySet<string>;
}

export interface LanguageControls {
  readonly state: LanguageState;
  readonly retry: () => void;
  /** The version of a namespace's locale file that the shown language was loaded from. */
  readonly versionOf: (namespace: string) => string;
  /** A translation of the shown language was saved (development server): show it as current. */
  readonly translationSaved: (saved: SavedTranslation) => void;
}

/** A translation saved through the development server, and the version of its locale file after the save. */
export interface SavedTranslation {
  readonly namespace: string;
  readonly key: string;
  readonly translation: string;
  readonly version: string;
}

type Cache = Map<LanguageCode, LanguageData>;

/** Loads a language with its fallbacks (languages.ts) first: i18next takes untranslated interface strings from them. */
async function loadWithFallbacks(instance: i18n, language: LanguageCode, cache: Cache, load: Loader): Promise<LanguageData | undefined> {
  let data: LanguageData | undefined;
  for (const code of [...(getLanguage(language).fallbacks as readonly LanguageCode[]), language]) {
    const loaded = cache.get(code) ?? (await load(code));
    addLanguage(instance, loaded);
    cache.set(code, loaded);
    data = loaded;
  }
  return data;
}

/**
 * The language of a reading page the app renders (the development server; the built pages are not hydrated):
 * English with a notice when the language's data could not be loaded, and a retry that loads it again;
 * translations saved in the page's editor shown as current. A language switch is a link to that language's
 * page. `load` is absent when prerendering.
 */
export function useLanguage(
  instance: i18n,
  initial: LanguageState,
  loaded: ReadonlyMap<LanguageCode, LanguageData>,
  load?: Loader,
): LanguageControls {
  const [state, setState] = useState(initial);
  const cache = useRef(new Map(loaded));

  const show = useCallback(
    async (language: LanguageCode): Promise<void> => {
      let data = cache.current.get(language);
      if (!data && load) {
        setState((s) => ({ ...s, requested: language, loading: true }));
        try {
          data = await loadWithFallbacks(instance, language, cache.current, load);
        } catch {
          await instance.changeLanguage(SOURCE_LANGUAGE);
          setState({ requested: language, shown: SOURCE_LANGUAGE, failed: language, loading: false, stale: new Set() });
          return;
        }
      }
      await instance.changeLanguage(language);
      setState({ requested: language, shown: language, failed: undefined, loading: false, stale: new Set(data?.stale ?? []) });
    },
    [instance, load],
  );

  const retry = useCallback((): void => {
    void show(state.requested);
  }, [show, state.requested]);

  useEffect(() => {
    if (!state.failed) rememberLanguage(state.shown);
  }, [state.shown, state.failed]);

  const versionOf = useCallback((namespace: string): string => cache.current.get(state.shown)?.versions[namespace] ?? '', [state.shown]);

  const translationSaved = useCallback(
    (saved: SavedTranslation): void => {
      const staleKey = addSaved(instance, state.shown, cache.current, saved);
      setState((s) => ({ ...s, stale: new Set([...s.stale].filter((k) => k !== staleKey)) }));
    },
    [instance, state.shown],
  );
  return { state, retry, versionOf, translationSaved };
}

/** A saved translation in i18next and in the cached language data, as current; gives its stale-list key. */
function addSaved(
  instance: i18n,
  language: LanguageCode,
  cache: Cache,
  { namespace, key, translation, version }: SavedTranslation,
): string {
  const staleKey = `${namespace}:${key}`;
  instance.addResource(language, namespace, key, translation);
  const data = cache.get(language);
  if (data)
    cache.set(language, { ...data, stale: data.stale.filter((k) => k !== staleKey), versions: { ...data.versions, [namespace]: version } });
  return staleKey;
}
