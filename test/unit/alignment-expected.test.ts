import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { alignParagraph } from '../../src/core/align/paragraph.ts';
import { fingerprint } from '../../src/core/common/hash.ts';
import { parseGlossary } from '../../src/core/locale/glossary-file.ts';
import { ENGLISH, EXPECTED, type Side } from '../support/expected-alignment.ts';
import { ROOT } from '../support/root.ts';

const catalog = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(ROOT, 'locales', language, 'declaration.json'), 'utf8')) as Record<string, string>;
const glossaryFile = parseGlossary('locales/glossary.json', readFileSync(join(ROOT, 'locales/glossary.json'), 'utf8'));
const glossary = glossaryFile.ok ? glossaryFile.value.glossary : [];
const english = catalog('en');
const list = (side: Side): readonly string[] => (typeof side === 'string' ? [side] : side);

/** Which sentence (by its opening words, as read) each sentence of a text is. */
function openings(text: string, spans: readonly { start: number; end: number }[], read: readonly string[]): number[] {
  return spans.map((s) => read.findIndex((opening) => text.slice(s.start, s.end).startsWith(opening)));
}

describe('the declaration is aligned sentence by sentence as a native reader aligns it', () => {
  // The paragraphs come from the data: a paragraph added, changed or removed is never a failure here, but
  // it is not checked either, and says so in the test's name.
  for (const language of TARGET_LANGUAGES) {
    const translation = catalog(language);
    for (const id of Object.keys(english)) {
      const en = english[id] ?? '';
      const tr = translation[id] ?? '';
      const expected = EXPECTED[language]?.[id];
      const readEnglish = ENGLISH[id];
      const asRead = expected?.text === fingerprint(tr) && readEnglish?.text === fingerprint(en);
      if (!asRead || !tr) {
        it.skip(`${language} ${id}: NOT CHECKED, the text is not the one read (re-read it and update test/support/expected-alignment.ts)`);
        continue;
      }
      it(`${language} ${id}: ${expected.beads.length} bead(s)`, () => {
        const aligned = alignParagraph({ english: en, translation: tr, language, glossary });
        const enRead = expected.beads.flatMap(([e]) => list(e));
        const trRead = expected.beads.flatMap(([, t]) => list(t));
        // The splitter finds the sentences a reader sees, each once, in order.
        expect(openings(en, aligned.english, enRead)).toEqual(enRead.map((_, i) => i));
        expect(openings(tr, aligned.translation, trRead)).toEqual(trRead.map((_, i) => i));
        // And each translated sentence is linked to exactly the English sentences it renders.
        const want = expected.beads.flatMap(([e, t]) => {
          const ens = list(e).map((o) => enRead.indexOf(o));
          return list(t).map(() => ens);
        });
        expect(aligned.links).toEqual(want);
        expect(aligned.source).toBe('aligner');
      });
    }
  }
});
