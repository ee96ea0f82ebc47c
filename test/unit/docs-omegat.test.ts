import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLanguage, TARGET_LANGUAGES } from '../../src/languages.ts';
import { ROOT } from '../support/root.ts';

/** The OmegaT steps in docs/translating.md, from their heading to the next one. */
function omegatSection(): string {
  const text = readFileSync(join(ROOT, 'docs/translating.md'), 'utf8');
  const start = text.indexOf('\n### OmegaT\n');
  const end = text.indexOf('\n#', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

describe("docs/translating.md's OmegaT steps", () => {
  it('name the target language OmegaT needs for every language, as the exports write it', () => {
    const section = omegatSection();
    for (const code of TARGET_LANGUAGES) {
      const { locale } = getLanguage(code);
      expect(section, `${code}: ${locale}`).toMatch(new RegExp(`\\| \`${code}\` +\\| \`${locale}\` +\\|`));
    }
  });

  it('say that OmegaT reports legitimately reordered codes as out of order, harmlessly', () => {
    expect(omegatSection()).toMatch(/"out of order": that warning is harmless/);
  });
});
