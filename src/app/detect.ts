import LanguageDetector from 'i18next-browser-languagedetector';
import { pickLanguage, type LanguageCode } from '../languages.ts';
import { STORAGE_KEY } from './remember.ts';

function detector(): LanguageDetector {
  // A languageUtils with getBestMatchFromCodes makes detect() return the whole preference list, not just its head.
  return new LanguageDetector(
    { languageUtils: { getBestMatchFromCodes: () => undefined } },
    { order: ['localStorage', 'navigator'], lookupLocalStorage: STORAGE_KEY, caches: [] },
  );
}

/** The language for `/`: one chosen earlier on this device, else the browser's list, else English. */
function preferredLanguage(): LanguageCode {
  const found = detector().detect();
  return pickLanguage(typeof found === 'string' ? [found] : (found ?? []));
}

export function redirectToPreferredLanguage(location: Location): void {
  location.replace(`/${preferredLanguage()}/${location.hash}`);
}
