/**
 * The words a reader sees in a translation: its canonical Unicode form (NFC, as the sync state's
 * fingerprint), every run of white space (spaces, no-break spaces, tabs, line breaks) one space, none
 * at either end. A space added or removed between two words changes them (a compound written apart
 * is a real correction in Danish, Norwegian and Swedish); punctuation is part of the words.
 */
function words(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * True when `after` changes no word of `before`: only white space, or only the Unicode form. Such a
 * change is no change a reviewer made, so it reviews nothing: the text keeps the standing of the one
 * it rewrote. A changed comma or full stop is a change (the English's revision may be exactly that,
 * and a comma changes a Nordic sentence's reading), as is any text that was empty before.
 */
export function sameWords(before: string, after: string): boolean {
  const was = words(before);
  return was !== '' && was === words(after);
}
