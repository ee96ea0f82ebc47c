/**
 * Sentence alignment in the Gale–Church family: a dynamic programme over "beads" (one English sentence
 * to one translated, one to two, two to one, two to two, one to none), each costed by how far the
 * translated length strays from the English length times the paragraph's own ratio, plus anchors that
 * must fall in the same bead: numbers, names, agreed terms (from the glossary) and punctuation such as
 * parentheses. Monotonic, as translations of official texts are; a translator corrects the rest.
 */

/** One English sentence group and the translated sentences that render it (indices, ascending). */
export interface Bead {
  readonly en: readonly number[];
  readonly tr: readonly number[];
}

export interface AlignInput {
  /** The paragraph's English sentences. */
  readonly english: readonly string[];
  /** The translation's sentences. */
  readonly translation: readonly string[];
  /** Anchor keys of each English and each translated sentence (see anchorsOf); the same key on both sides pulls them together. */
  readonly englishAnchors: readonly (readonly string[])[];
  readonly translationAnchors: readonly (readonly string[])[];
}

export interface Alignment {
  readonly beads: readonly Bead[];
  /** A boundary the aligner could almost as well have drawn elsewhere: worth a translator's look. */
  readonly unsure: boolean;
}

/** Bead shapes with their prior probabilities (Gale and Church 1993, table 5), and two to two. */
const SHAPES: readonly (readonly [number, number, number])[] = [
  [1, 1, 0.89],
  [1, 0, 0.0099 / 2],
  [0, 1, 0.0099 / 2],
  [2, 1, 0.089 / 2],
  [1, 2, 0.089 / 2],
  [2, 2, 0.011],
];
/** Variance of the length ratio per character (Gale and Church). */
const VARIANCE = 6.8;
/** Cost of an anchor found on one side of a bead only, and the gain of one found on both. */
const ANCHOR_MISS = 2.5;
const ANCHOR_HIT = 1.5;
/** Within this many nats of the best, another boundary is as good as a guess. */
const UNSURE_MARGIN = 1.5;

/** Two-sided tail of the standard normal distribution, by the Abramowitz–Stegun approximation of erfc. */
function normalTail(z: number): number {
  const t = 1 / (1 + 0.3275911 * (z / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-(z * z) / 2);
}

function lengthCost(en: number, tr: number, ratio: number): number {
  if (en === 0 && tr === 0) return 0;
  const mean = (en + tr / ratio) / 2;
  const delta = (tr - en * ratio) / Math.sqrt(Math.max(mean, 1) * VARIANCE);
  return -Math.log(Math.max(normalTail(Math.abs(delta)), 1e-12));
}

function anchorCost(en: readonly string[], tr: readonly string[]): number {
  const left = new Map<string, number>();
  for (const key of en) left.set(key, (left.get(key) ?? 0) + 1);
  let hits = 0;
  let misses = 0;
  for (const key of tr) {
    const n = left.get(key) ?? 0;
    if (n > 0) {
      hits++;
      left.set(key, n - 1);
    } else misses++;
  }
  for (const n of left.values()) misses += n;
  return misses * ANCHOR_MISS - hits * ANCHOR_HIT;
}

const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);
const sum = (list: readonly number[]): number => list.reduce((a, b) => a + b, 0);

/** The costs of every bead ending at each grid point, forwards (best path from the start) and backwards (to the end). */
function grid(input: AlignInput) {
  const n = input.english.length;
  const m = input.translation.length;
  const enLength = input.english.map((s) => s.length);
  const trLength = input.translation.map((s) => s.length);
  const ratio = sum(enLength) > 0 && sum(trLength) > 0 ? sum(trLength) / sum(enLength) : 1;
  const beadCost = (i: number, j: number, di: number, dj: number, prior: number): number =>
    -Math.log(prior) +
    lengthCost(sum(enLength.slice(i, i + di)), sum(trLength.slice(j, j + dj)), ratio) +
    anchorCost(input.englishAnchors.slice(i, i + di).flat(), input.translationAnchors.slice(j, j + dj).flat());
  const forward = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back = Array.from({ length: n + 1 }, () => new Array<[number, number] | undefined>(m + 1).fill(undefined));
  (forward[0] as number[])[0] = 0;
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++)
      for (const [di, dj, prior] of SHAPES) {
        const from = forward[i - di]?.[j - dj];
        if (from === undefined || from === Infinity) continue;
        const cost = from + beadCost(i - di, j - dj, di, dj, prior);
        if (cost < (forward[i]?.[j] ?? Infinity)) {
          (forward[i] as number[])[j] = cost;
          (back[i] as ([number, number] | undefined)[])[j] = [di, dj];
        }
      }
  const backward = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  (backward[n] as number[])[m] = 0;
  for (let i = n; i >= 0; i--)
    for (let j = m; j >= 0; j--)
      for (const [di, dj, prior] of SHAPES) {
        const to = backward[i + di]?.[j + dj];
        if (to === undefined || to === Infinity) continue;
        const cost = to + beadCost(i, j, di, dj, prior);
        if (cost < (backward[i]?.[j] ?? Infinity)) (backward[i] as number[])[j] = cost;
      }
  return { n, m, forward, backward, back };
}

/** The best monotonic alignment of a paragraph's sentences, and whether any of its boundaries is a close call. */
export function alignSentences(input: AlignInput): Alignment {
  const { n, m, forward, backward, back } = grid(input);
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const [di, dj] = back[i]?.[j] ?? [Math.min(i, 1), Math.min(j, 1)];
    beads.unshift({ en: range(i - di, di), tr: range(j - dj, dj) });
    i -= di;
    j -= dj;
  }
  const best = forward[n]?.[m] ?? 0;
  // Min-marginals: at each English boundary the path crosses, the best path through another translated boundary.
  let unsure = false;
  let i = 0;
  let j = 0;
  for (const bead of beads.slice(0, -1)) {
    i += bead.en.length;
    j += bead.tr.length;
    for (let k = 0; k <= m; k++) {
      if (k === j) continue;
      const through = (forward[i]?.[k] ?? Infinity) + (backward[i]?.[k] ?? Infinity);
      if (through - best < UNSURE_MARGIN) unsure = true;
    }
  }
  return { beads, unsure };
}

/**
 * Per translated sentence, the English sentences it renders: the form the pages and translators' corrections use
 * (a correction may also link sentences out of order, which beads cannot).
 */
export function linksOf(beads: readonly Bead[], translationCount: number): number[][] {
  const links: number[][] = Array.from({ length: translationCount }, () => []);
  for (const bead of beads) for (const t of bead.tr) links[t] = [...bead.en];
  return links;
}
