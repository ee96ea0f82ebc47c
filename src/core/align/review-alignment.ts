import { fingerprint } from '../common/hash.ts';
import type { Glossary } from '../sync/checks.ts';
import type { ReviewAlignment } from '../wire/review-data.ts';
import { alignParagraph, type AlignmentCorrection } from './paragraph.ts';

export interface ReviewAlignmentInput {
  readonly namespace: string;
  readonly key: string;
  readonly english: string;
  readonly translation: string;
  readonly language: string;
  readonly glossary: Glossary;
  readonly correction: AlignmentCorrection | undefined;
}

/** A paragraph's alignment with its sentences spelt out, for the review. */
export function reviewAlignment(input: ReviewAlignmentInput): ReviewAlignment {
  const aligned = alignParagraph({
    english: input.english,
    translation: input.translation,
    language: input.language,
    glossary: input.glossary,
    ...(input.correction ? { correction: input.correction } : {}),
  });
  const text = (of: string) => (s: { start: number; end: number }) => of.slice(s.start, s.end);
  return {
    namespace: input.namespace,
    key: input.key,
    english: aligned.english.map(text(input.english)),
    translation: aligned.translation.map(text(input.translation)),
    links: aligned.links,
    source: aligned.source,
    unsure: aligned.unsure,
    ...(aligned.outdated ? { outdated: aligned.outdated.links } : {}),
    fingerprints: { english: fingerprint(input.english), translation: fingerprint(input.translation) },
  };
}
