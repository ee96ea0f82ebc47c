import { describe, expect, it } from 'vitest';
import { alignParagraph, makeCorrection } from '../../src/core/align/paragraph.ts';
import { splitSentences } from '../../src/core/align/sentences.ts';

const sentences = (text: string, language: string): string[] => splitSentences(text, language).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at a stop before a capital, not at abbreviations, initials or inside placeholders', () => {
    expect(sentences('The Ministers met. They agreed (e.g. on Oslo). J. Smith spoke.', 'en')).toEqual([
      'The Ministers met.',
      'They agreed (e.g. on Oslo).',
      'J. Smith spoke.',
    ]);
    expect(sentences('Ráðherrarnir fögnuðu stefnurammanum (e. Nordic Defence Concept). Þeir funduðu.', 'is')).toHaveLength(2);
    expect(sentences('Ministrene møttes bl.a. i Oslo. De ble enige.', 'nb')).toEqual(['Ministrene møttes bl.a. i Oslo.', 'De ble enige.']);
    expect(sentences('Meeting {{date}}. Next', 'en')).toEqual(['Meeting {{date}}.', 'Next']);
    expect(sentences('Kokous pidettiin EU:ssa. Se päättyi 2024.', 'fi')).toHaveLength(2);
  });

  it('gives spans without the white space between sentences', () => {
    const text = '  One.  Two?   Three!  ';
    expect(splitSentences(text, 'en').map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two?', 'Three!']);
  });
});

const ENGLISH =
  'The Ministers met in Copenhagen on 21 November 2024 and discussed NATO. They signed a Letter of Intent on military corridors. They will meet again in Oslo.';

describe('alignParagraph, a length- and anchor-based aligner', () => {
  it('finds a translation that splits one English sentence in two, and one that joins two', () => {
    const split =
      'Ministrene mødtes i København den 21. november 2024. De drøftede NATO. De undertegnede en hensigtserklæring om militære korridorer. De mødes igen i Oslo.';
    expect(alignParagraph({ english: ENGLISH, translation: split, language: 'da', glossary: [] }).links).toEqual([[0], [0], [1], [2]]);
    const joined =
      'Ministrene mødtes i København den 21. november 2024, drøftede NATO og undertegnede en hensigtserklæring om militære korridorer. De mødes igen i Oslo.';
    expect(alignParagraph({ english: ENGLISH, translation: joined, language: 'da', glossary: [] }).links).toEqual([[0, 1], [2]]);
  });

  it('lets anchors decide where lengths alone would not: numbers and names pull sentences together', () => {
    const english = 'The Ministers met in Oslo for talks. They agreed on NATO. The plan runs until 2030 for all.';
    // Joined: the second and third English sentences in one; by length alone the first two would look joined.
    const translation =
      'Ministrene mødtes i Oslo til lange og grundige drøftelser om samarbejdet. De blev enige om NATO, og planen løber til 2030.';
    expect(alignParagraph({ english, translation, language: 'da', glossary: [] }).links).toEqual([[0], [1, 2]]);
    const withoutAnchors = alignParagraph({
      english: english.replace('NATO', 'it').replace('2030', 'then').replace('Oslo', 'town'),
      translation: translation.replace('NATO', 'den').replace('2030', 'da').replace('Oslo', 'byen'),
      language: 'da',
      glossary: [],
    });
    expect(withoutAnchors.links).toEqual([[0, 1], [2]]);
  });

  it('applies a translator’s correction made on exactly these texts, and only shows one made on others', () => {
    const translation =
      'Ministrene mødtes i København den 21. november 2024 og drøftede NATO. De undertegnede en hensigtserklæring. De mødes i Oslo.';
    const links = [[0], [1, 2], [2]];
    const correction = makeCorrection(ENGLISH, translation, 'da', links);
    const corrected = alignParagraph({ english: ENGLISH, translation, language: 'da', glossary: [], correction });
    expect(corrected).toMatchObject({ links, source: 'translator', unsure: false });
    const changed = alignParagraph({ english: ENGLISH, translation: `${translation} Nyt.`, language: 'da', glossary: [], correction });
    expect(changed.source).toBe('aligner');
    expect(changed.outdated).toEqual(correction);
  });
});
