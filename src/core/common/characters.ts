/**
 * Characters a published text or an exchange file must never carry, found by code point so that a
 * message can name each one ("U+202E RIGHT-TO-LEFT OVERRIDE") and say where it is.
 */

/** What XML 1.0 cannot carry at all, not even as a character reference (its `Char` production). */
const XML_UNWRITABLE = /(?![\t\n\r\u007F-\u009F])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;

/**
 * What a translation or the English may not hold: the controls of C0 (but tab and line breaks),
 * DEL and C1, which show as nothing or as boxes and break XML exports; lone surrogates (half of a
 * UTF-16 pair, from a `\ud800` escape), which no encoding can write; noncharacters; and the bidi
 * embedding, override and isolate controls, which make a page show words in another order than the
 * file holds (Trojan Source, CVE-2021-42574). The marks LRM, RLM and ALM stay allowed: they reorder
 * nothing on their own and right-to-left text needs them.
 */
const FORBIDDEN = /(?![\t\n\r])\p{Cc}|[\u202A-\u202E\u2066-\u2069]|\p{Cs}|\p{Noncharacter_Code_Point}/gu;

/**
 * Every UTF-16 unit that may be part of a FORBIDDEN or XML_UNWRITABLE match (surrogates stand for any
 * character beyond U+FFFF, whose noncharacters they may spell): text without one, nearly all text, is
 * cleared by this one quick test instead of the Unicode property classes' slower one.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const MAYBE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/** Characters that show nothing and join or split words: in a glossary term they make it match nothing. */
const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/gu;

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xad: 'SOFT HYPHEN',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

export interface FoundCharacter {
  /** Offset in the string, in UTF-16 code units. */
  readonly index: number;
  readonly codePoint: number;
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE`, or the kind of character where it has no name here. */
export function describeCharacter(codePoint: number): string {
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    NAMES[codePoint] ??
    (codePoint >= 0xd800 && codePoint <= 0xdfff
      ? '(a lone surrogate: half of a UTF-16 pair)'
      : codePoint < 0x20
        ? '(a control character)'
        : codePoint >= 0x80 && codePoint <= 0x9f
          ? '(a C1 control character)'
          : (codePoint & 0xfffe) === 0xfffe || (codePoint >= 0xfdd0 && codePoint <= 0xfdef)
            ? '(a noncharacter)'
            : '');
  return name ? `${code} ${name}` : code;
}

function find(text: string, pattern: RegExp): FoundCharacter[] {
  if (pattern !== ZERO_WIDTH && !MAYBE.test(text)) return [];
  return [...text.matchAll(pattern)].map((m) => ({ index: m.index, codePoint: m[0].codePointAt(0) ?? 0 }));
}

/** Characters of `text` that XML 1.0 cannot carry: an exchange writer refuses them. */
export const xmlUnwritable = (text: string): FoundCharacter[] => find(text, XML_UNWRITABLE);

/** Characters no translation (nor the English) may hold. */
export const forbiddenCharacters = (text: string): FoundCharacter[] => find(text, FORBIDDEN);

/** Zero-width characters, which a glossary term should not hold. */
export const zeroWidthCharacters = (text: string): FoundCharacter[] => find(text, ZERO_WIDTH);

/**
 * JSON text with every forbidden character written as a `\\uXXXX` escape: kept (it is someone's
 * text, to fix), but visible in any editor instead of silently reordering or hiding words there.
 */
export function escapeForbidden(json: string): string {
  if (!MAYBE.test(json)) return json;
  return json.replace(FORBIDDEN, (found) =>
    [...Array(found.length).keys()].map((i) => `\\u${found.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}

/**
 * The text with every forbidden character shown as its code (`⟨U+202E⟩`), for a page or a terminal that
 * shows a translator's text with the problem in it: the character itself would act (reorder, hide) there.
 */
export function visibleCharacters(text: string): string {
  return text.replace(FORBIDDEN, (found) => `⟨${describeCharacter(found.codePointAt(0) ?? 0).split(' ')[0] ?? ''}⟩`);
}

/** "U+202E RIGHT-TO-LEFT OVERRIDE and U+0000 NULL": each character found once, in order. */
export function listCharacters(found: readonly FoundCharacter[]): string {
  const names = [...new Set(found.map((f) => f.codePoint))].map(describeCharacter);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
