import type { Plugin } from 'vite';

const APP_SOURCE = /\/src\/app\/.*\.tsx?$/;

/**
 * The English of every interface string written twice would ship twice: once as the `defaultValue` (or a
 * <Trans>'s `defaults`) beside its `t()` call, where the extraction reads it, and once in the English locale
 * data that the app bundles. `npm run extract -- --check` guarantees the English data has every key, and
 * i18next falls back to English, so in the browser build the copies beside the calls are never read.
 */
export function stripDefaults(source: string): string {
  return source.replace(/\bdefaultValue: '(?:[^'\\\n]|\\.)*'/g, "defaultValue: ''").replace(/ defaults="[^"]*"/g, '');
}

/** Applies stripDefaults to the app's modules in the browser build only (the dev server and SSR keep them). */
export function stripDefaultValues(): Plugin {
  return {
    name: 'nordefco-strip-default-values',
    apply: 'build',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr || !APP_SOURCE.test(id)) return null;
      const stripped = stripDefaults(code);
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
