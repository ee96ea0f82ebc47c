import { LANGUAGE_CODES, SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { alignParagraph } from '../core/align/paragraph.ts';
import { splitSentences } from '../core/align/sentences.ts';
import { loadGlossary, loadState } from '../core/locale/loaders.ts';
import type { AlignmentData, SentenceAlignment } from '../core/wire/alignment-data.ts';
import { formatDate } from '../app/format.ts';
import type { Planned } from './plugins/locale-plugin.ts';

export interface AlignmentInput {
  readonly planned: Planned;
  readonly documents: readonly { readonly namespace: string; readonly date: string }[];
  /** The text a language publishes for a key ('' where it shows the English). */
  readonly shown: (language: LanguageCode, namespace: string, key: string) => string;
}

const PLACEHOLDER = /\{\{\s*date\s*\}\}/g;

/** Sentence ends in a raw text, moved to where they fall once `{{date}}` is filled in (as the pages show it). */
function shownEnds(raw: string, ends: readonly number[], date: string, language: LanguageCode): number[] {
  const filled = date ? formatDate(date, language) : '';
  const placeholders = [...raw.matchAll(PLACEHOLDER)];
  return ends.map((end) => end + placeholders.filter((m) => m.index < end).reduce((shift, m) => shift + filled.length - m[0].length, 0));
}

/**
 * Every language's sentences and their English counterparts, from the texts the site publishes: a
 * translator's correction (kept in the sync state) where one was made on these texts, else the aligner's.
 */
export function alignmentData(input: AlignmentInput): AlignmentData {
  const { planned } = input;
  const glossary = loadGlossary(planned.snapshot.locales);
  const out: Record<string, Record<string, SentenceAlignment>> = {};
  for (const language of LANGUAGE_CODES) {
    const own: Record<string, SentenceAlignment> = {};
    for (const document of input.documents) {
      const english = planned.plan.english.get(document.namespace);
      const state = language === SOURCE_LANGUAGE ? undefined : loadState(planned.snapshot.locales, language, document.namespace);
      for (const [key, raw] of english ?? []) {
        if (language === SOURCE_LANGUAGE) {
          own[`${document.namespace}:${key}`] = {
            ends: shownEnds(
              raw,
              splitSentences(raw, 'en').map((s) => s.end),
              document.date,
              'en',
            ),
          };
          continue;
        }
        const shown = input.shown(language, document.namespace, key);
        if (!shown) continue;
        // Aligned as stored (placeholders unfilled), as translators' corrections are made and fingerprinted.
        const correction = state?.ok ? state.value.entries.get(key)?.align : undefined;
        const aligned = alignParagraph({
          english: raw,
          translation: shown,
          language,
          glossary: glossary.ok ? glossary.value : [],
          ...(correction ? { correction } : {}),
        });
        const ends = shownEnds(
          shown,
          aligned.translation.map((s) => s.end),
          document.date,
          language,
        );
        own[`${document.namespace}:${key}`] = { ends, links: aligned.links, source: aligned.source };
      }
    }
    out[language] = own;
  }
  return out;
}
