import LanguageDetector from 'i18next-browser-languagedetector';
import { pickLanguage, type LanguageCode } from '../languages.ts';

/** Where the reader's last chosen language is remembered on this device. */
export const STORAGE_KEY = 'nordefco-reader.language';

function detector(): LanguageDetector {
  // A languageUtils with getBestMatchFromCodes makes detect() return the whole preference list, not just its head.
  return new LanguageDetector(
    { languageUtils: { getBestMatchFromCodes: () => undefined } },
    { order: ['localStorage', 'navigator'], lookupLocalStorage: STORAGE_KEY, caches: ['localStorage'] },
  );
}

/** The language for `/`: one chosen earlier on this device, else the browser's list, else English. */
export function preferredLanguage(): LanguageCode {
  const found = detector().detect();
  return pickLanguage(typeof found === 'string' ? [found] : (found ?? []));
}

/** Remember the reader's language for the next visit to `/`. */
export function rememberLanguage(language: LanguageCode): void {
  try {
    detector().cacheUserLanguage(language);
  } catch {
    // Storage may be disabled (private mode, blocked cookies); the address still carries the choice.
  }
}

export function redirectToPreferredLanguage(location: Location): void {
  location.replace(`/${preferredLanguage()}/${location.hash}`);
}
