import { words } from './words.mjs';

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
