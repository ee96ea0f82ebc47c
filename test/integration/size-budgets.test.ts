import { describe, expect, it } from 'vitest';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { languageDataBudgets, languageDataSizes } from '../support/size-budgets.ts';
import { ROOT } from '../support/root.ts';

describe('the budgets of the language data (.size-limit.json)', () => {
  it('hold for every language in its worst legitimate state: every translation stale', async () => {
    const budgets = languageDataBudgets(ROOT);
    expect(budgets.length).toBeGreaterThan(0);
    // One limit for any language: the largest language's, which a language added later must meet too.
    const limit = Math.min(...budgets.map((b) => b.limit));
    const sizes = await languageDataSizes(ROOT);
    expect(sizes.map((s) => s.language)).toEqual([...TARGET_LANGUAGES]);
    // A figure to read, not a timing: how far each language is from its budget in the worst case.
    process.stdout.write(
      `language data, brotli bytes now / with every translation stale (limit ${limit}):\n${sizes
        .map((s) => `  ${s.language}  ${s.now} / ${s.worst}`)
        .join('\n')}\n`,
    );
    expect(sizes.filter((s) => s.worst > limit)).toEqual([]);
  });
});
