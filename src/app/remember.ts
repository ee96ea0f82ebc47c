import type { LanguageCode } from '../languages.ts';

/** Where the reader's last chosen language is kept on this device (read back by the language detector at `/`). */
export const STORAGE_KEY = 'nordefco-reader.language';

/**
 * Remember the reader's language for the next visit to `/`. Written directly rather than through the
 * detector, so language pages do not download the detector just to store one value.
 */
export function rememberLanguage(language: LanguageCode): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled (private mode, blocked cookies); the address still carries the choice.
  }
}
