/**
 * Realistic text for the extraction benchmark: words drawn from the declaration and its translations
 * (each language from its own text, so word lengths and letters are that language's), strung together
 * the way the text strings them, in paragraphs as long as the declaration's. Every paragraph of a
 * corpus is distinct, as in real documents: a generator whose output repeats would flatter any tool
 * that deduplicates (gettext does).
 */

/** A pseudo-random number generator: sfc32 (Chris Doty-Humphrey's small fast counter), 2^128 state, seeded by splitmix32. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [low, high]. */
  between(low: number, high: number): number;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function random(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    // All arithmetic is on 32-bit integers (>>> 0, |), so nothing overflows into floating point.
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return { next, between: (low, high) => low + Math.floor(next() * (high - low + 1)) };
}

/** A language's running text as words, with what the generator needs to imitate it. */
export interface Vocabulary {
  readonly words: readonly string[];
  /** Words per paragraph in the sample, to draw paragraph lengths from. */
  readonly paragraphLengths: readonly number[];
}

/** A word as it may stand in a generated sentence: letters and digits, inner apostrophes and hyphens, a comma after. */
const WORD = /^\(?[\p{L}\p{N}][\p{L}\p{N}’'-]*\)?[,;]?$/u;

/** The words of each paragraph of a sample (Markdown or plain text); markup, placeholders and comments left out. */
export function vocabulary(paragraphs: readonly string[]): Vocabulary {
  const words: string[] = [];
  const paragraphLengths: number[] = [];
  for (const paragraph of paragraphs) {
    const found = paragraph
      .replace(/<!--[\s\S]*?-->|\{\{[^}]*\}\}/g, ' ')
      .split(/\s+/)
      .map((w) => w.replace(/[.:!?]+$/, ''))
      .filter((w) => WORD.test(w));
    if (found.length === 0) continue;
    words.push(...found);
    paragraphLengths.push(found.length);
  }
  if (!words.some((w) => /^\p{L}/u.test(w))) throw new Error('the benchmark needs sample text to draw words from');
  return { words, paragraphLengths };
}

const capitalise = (word: string): string => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/**
 * `count` words as sentences of 6 to 30 words. Each word follows the previous one in the sample
 * three times in four (phrases as the text has them), else starts afresh somewhere random.
 */
export function sentences(vocabulary: Vocabulary, rng: Random, count: number): string {
  const { words } = vocabulary;
  const out: string[] = [];
  let at = rng.between(0, words.length - 1);
  let left = rng.between(6, 30);
  let start = true;
  for (let i = 0; i < count; i++) {
    at = rng.next() < 0.75 ? (at + 1) % words.length : rng.between(0, words.length - 1);
    // A sentence opens with a word, never "(" or a number ("2030)" opening a line is a Markdown list).
    while (start && !/^\p{L}/u.test(words[at] ?? '')) at = rng.between(0, words.length - 1);
    const word = words[at] ?? 'text';
    const last = i === count - 1 || left === 1;
    const bare = last ? word.replace(/[,;)]+$/, '').replace(/^\(/, '') : word;
    out.push(`${start ? capitalise(bare) : bare}${last ? '.' : ''}`);
    start = last;
    left = last ? rng.between(6, 30) : left - 1;
  }
  return out.join(' ');
}

/** A paragraph length in words: one of the sample's, scaled by a factor between 0.5 and 1.5. */
export function paragraphLength(vocabulary: Vocabulary, rng: Random): number {
  const lengths = vocabulary.paragraphLengths;
  const base = lengths[rng.between(0, lengths.length - 1)] ?? 40;
  return Math.max(3, Math.round(base * (0.5 + rng.next())));
}
