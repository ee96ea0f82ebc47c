import { describe, expect, it } from 'vitest';
import { sameWords } from '../../src/core/state/same-words.ts';

/** What counts as no change a reviewer made: white space and the Unicode form only. */
const TEXT = 'De blev enige om at uddybe forsvarssamarbejdet, især i Norden.';

describe('sameWords', () => {
  it.each([
    ['a trailing space', `${TEXT} `],
    ['a leading line break', `\n${TEXT}`],
    ['a space doubled', TEXT.replace('enige om', 'enige  om')],
    ['a space become a tab or a line break', TEXT.replace('enige om', 'enige\tom').replace('at uddybe', 'at\nuddybe')],
    ['a space become a no-break space', TEXT.replace('i Norden', 'i\u00a0Norden')],
    ['the same letters decomposed (NFD)', TEXT.normalize('NFD')],
    ['a soft hyphen, shown only where a line breaks', TEXT.replace('forsvars', 'forsvars\u00ad')],
    [
      'a zero-width space, a word joiner or a zero-width no-break space',
      TEXT.replace('om', 'om\u200b').replace('at', 'a\u2060t').replace('i ', 'i\ufeff '),
    ],
    ['nothing at all', TEXT],
  ])('%s changes no word', (_name, after) => {
    expect(sameWords(TEXT, after)).toBe(true);
  });

  it.each([
    ['a word changed', TEXT.replace('uddybe', 'styrke')],
    ['a comma removed (a review may be exactly that)', TEXT.replace(',', '')],
    ['a full stop become a colon', TEXT.replace(/\.$/u, ':')],
    ['a compound written apart', TEXT.replace('forsvarssamarbejdet', 'forsvars samarbejdet')],
    ['two words joined', TEXT.replace('i Norden', 'iNorden')],
    ['a letter in another case', TEXT.replace('Norden', 'norden')],
  ])('%s is a change', (_name, after) => {
    expect(sameWords(TEXT, after)).toBe(false);
  });

  it('a text written where there was none is a change, even one of white space', () => {
    expect(sameWords('', TEXT)).toBe(false);
    expect(sameWords('', ' ')).toBe(false);
    expect(sameWords(' \n', '  ')).toBe(false);
  });
});
