/**
 * A short, stable fingerprint of a translation, so the sync state can tell whether a
 * translator edited it since the last sync without storing the text twice.
 * 53-bit (cyrb53) is ample for "did this one string change"; it is not a security measure.
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The fingerprint the sync state keeps of a translation. Canonically composed first, so a tool that
 * re-normalises a file to NFD (macOS, some editors) has not "edited" every translation in it.
 */
export function textFingerprint(text: string): string {
  return fingerprint(text.normalize('NFC'));
}
