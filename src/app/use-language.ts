import type { i18n } from 'i18next';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { getLanguage, SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { rememberLanguage } from './remember.ts';
import { addLanguage } from './i18n.ts';
import type { LanguageData } from '../core/wire/locale-data.ts';
import { parseRoute, readerPath } from './routes.ts';
import { captureAnchor, restoreAnchor, type ScrollAnchor } from './scroll-anchor.ts';

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
  readonly switchTo: (language: LanguageCode) => void;
  readonly retry: () => void;
  /** The version of a namespace's locale file that the shown language was loaded from. */
  readonly versionOf: (namespace: string) => string;
  /** A translation of the shown language was saved (development server): show it as current. */
  readonly translationSaved: (namespace: string, key: string, translation: string, version: string) => void;
}

/**
 * The reader's language: switching loads only the new language's chunk, keeps the reader at the
 * same paragraph, updates the address without a reload, and falls back to English (with a notice)
 * when the data cannot be loaded. `load` is absent when prerendering.
 */
export function useLanguage(
  instance: i18n,
  initial: LanguageState,
  loaded: ReadonlyMap<LanguageCode, LanguageData>,
  load?: Loader,
): LanguageControls {
  const [state, setState] = useState(initial);
  const cache = useRef(new Map(loaded));
  const anchor = useRef<ScrollAnchor | undefined>(undefined);

  const show = useCallback(
    async (language: LanguageCode): Promise<void> => {
      let data = cache.current.get(language);
      if (!data && load) {
        setState((s) => ({ ...s, requested: language, loading: true }));
        try {
          // The language's fallbacks first (languages.ts): i18next takes untranslated interface strings from them.
          for (const code of [...(getLanguage(language).fallbacks as readonly LanguageCode[]), language]) {
            const loaded = cache.current.get(code) ?? (await load(code));
            addLanguage(instance, loaded);
            cache.current.set(code, loaded);
            data = loaded;
          }
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

  const switchTo = useCallback(
    (language: LanguageCode): void => {
      anchor.current = captureAnchor(document);
      window.history.pushState(null, '', `${readerPath(language)}${window.location.hash}`);
      void show(language);
    },
    [show],
  );

  const retry = useCallback((): void => {
    void show(state.requested);
  }, [show, state.requested]);

  useEffect(() => {
    const onPop = (): void => {
      const route = parseRoute(window.location.pathname);
      if (route.kind === 'reader') void show(route.language);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [show]);

  useEffect(() => {
    if (!state.failed) rememberLanguage(state.shown);
  }, [state.shown, state.failed]);

  useLayoutEffect(() => {
    if (anchor.current && !state.loading) {
      restoreAnchor(document, anchor.current);
      anchor.current = undefined;
    }
  }, [state]);

  const versionOf = useCallback((namespace: string): string => cache.current.get(state.shown)?.versions[namespace] ?? '', [state.shown]);

  const translationSaved = useCallback(
    (namespace: string, key: string, translation: string, version: string): void => {
      const language = state.shown;
      const staleKey = `${namespace}:${key}`;
      instance.addResource(language, namespace, key, translation);
      const data = cache.current.get(language);
      if (data)
        cache.current.set(language, {
          ...data,
          stale: data.stale.filter((k) => k !== staleKey),
          versions: { ...data.versions, [namespace]: version },
        });
      setState((s) => ({ ...s, stale: new Set([...s.stale].filter((k) => k !== staleKey)) }));
    },
    [instance, state.shown],
  );

  return { state, switchTo, retry, versionOf, translationSaved };
}
