import { fingerprint } from '../common/hash.ts';
import type { Glossary } from '../sync/checks.ts';
import { alignSentences, linksOf } from './aligner.ts';
import { anchorsOf, termForms } from './anchors.ts';
import { splitSentences, type Span } from './sentences.ts';

/**
 * A translator's correction of one paragraph's alignment, kept in the sync state beside the entry it
 * belongs to (state-file.ts) and valid only for the texts it was made on: fingerprints of the English
 * and of the translation, and the sentence counts the splitter gave them then.
 */
export interface AlignmentCorrection {
  readonly english: string;
  readonly translation: string;
  /** Per translated sentence, the English sentences it renders. */
  readonly links: readonly (readonly number[])[];
  readonly counts: readonly [number, number];
}

export type AlignmentSource = 'aligner' | 'translator';

/** One paragraph of one language, aligned with the English: what the comparison marks up and the review shows. */
export interface ParagraphAlignment {
  readonly english: readonly Span[];
  readonly translation: readonly Span[];
  /** Per translated sentence, the indices of the English sentences it renders. */
  readonly links: readonly (readonly number[])[];
  readonly source: AlignmentSource;
  /** The aligner's boundaries include a close call (no correction applies). */
  readonly unsure: boolean;
  /** A correction was made on other texts (the English or the translation changed since): shown, not applied. */
  readonly outdated?: AlignmentCorrection;
}

export interface ParagraphTexts {
  readonly english: string;
  readonly translation: string;
  readonly language: string;
  readonly glossary: Glossary;
  readonly correction?: AlignmentCorrection;
}

/** Whether a correction was made on exactly these texts, as the splitter divides them now. */
function correctionApplies(
  correction: AlignmentCorrection,
  english: string,
  translation: string,
  counts: readonly [number, number],
): boolean {
  return (
    correction.english === fingerprint(english) &&
    correction.translation === fingerprint(translation) &&
    correction.counts[0] === counts[0] &&
    correction.counts[1] === counts[1] &&
    correction.links.length === counts[1] &&
    correction.links.every((l) => l.every((i) => Number.isInteger(i) && i >= 0 && i < counts[0]))
  );
}

/** A paragraph's alignment: the translator's correction where one was made on these texts, else the aligner's. */
export function alignParagraph(texts: ParagraphTexts): ParagraphAlignment {
  const english = splitSentences(texts.english, 'en');
  const translation = splitSentences(texts.translation, texts.language);
  const counts: [number, number] = [english.length, translation.length];
  const { correction } = texts;
  if (correction && correctionApplies(correction, texts.english, texts.translation, counts)) {
    return { english, translation, links: correction.links, source: 'translator', unsure: false };
  }
  const slice = (text: string) => (s: Span) => text.slice(s.start, s.end);
  const enTerms = termForms(texts.glossary, 'en');
  const trTerms = termForms(texts.glossary, texts.language);
  const enSentences = english.map(slice(texts.english));
  const trSentences = translation.map(slice(texts.translation));
  const found = alignSentences({
    english: enSentences,
    translation: trSentences,
    englishAnchors: enSentences.map((s) => anchorsOf(s, 'en', enTerms)),
    translationAnchors: trSentences.map((s) => anchorsOf(s, texts.language, trTerms)),
  });
  return {
    english,
    translation,
    links: linksOf(found.beads, translation.length),
    source: 'aligner',
    unsure: found.unsure,
    ...(correction ? { outdated: correction } : {}),
  };
}

/** A correction of `links` for these texts, as the review's editor saves it. */
export function makeCorrection(
  english: string,
  translation: string,
  language: string,
  links: readonly (readonly number[])[],
): AlignmentCorrection {
  return {
    english: fingerprint(english),
    translation: fingerprint(translation),
    links: links.map((l) => [...new Set(l)].sort((a, b) => a - b)),
    counts: [splitSentences(english, 'en').length, splitSentences(translation, language).length],
  };
}
