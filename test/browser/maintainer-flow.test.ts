import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { languageDataBudgets, languageDataSizes } from '../support/size-budgets.ts';
import { describeInBrowser, open } from './browser.ts';
import { expectedStatusLines } from './document-status.ts';

/**
 * The maintainer's flow on a copy: the fixture project had a word of the English changed after every translation
 * was made, then `npm run extract` and the build (global-setup.ts). The checks that once failed on such an edit, the
 * size budgets and the provenance of each page, must pass on it: they follow the content.
 */
const fixture = inject('fixtureUrl');
const project = dirname(inject('fixtureDist'));

describeInBrowser('after an edit of the English and npm run extract (a copy)', (browser) => {
  it('passes the size check (npm run size) on the copy, and its language data fits the budgets with every translation stale', async () => {
    const result = spawnSync(join(project, 'node_modules/.bin/size-limit'), [], { cwd: project, encoding: 'utf8' });
    expect({ status: result.status, output: result.status === 0 ? '' : `${result.stdout}${result.stderr}` }).toEqual({
      status: 0,
      output: '',
    });
    const limit = Math.min(...languageDataBudgets(project).map((b) => b.limit));
    const sizes = await languageDataSizes(project);
    expect(sizes.map((s) => s.language)).toEqual([...TARGET_LANGUAGES]);
    expect(sizes.filter((s) => s.now > limit || s.worst > limit)).toEqual([]);
  });

  it('says on every translation’s page how much is current, stale and untranslated, as the copy’s data has it', async () => {
    const lines = await expectedStatusLines(project);
    for (const language of TARGET_LANGUAGES) {
      const { page, close } = await open(browser(), `${fixture}/${language}/`, { javaScriptEnabled: false });
      const about = (await page.textContent('#about')) ?? '';
      expect(lines.get(language)?.length).toBeGreaterThan(1);
      for (const line of lines.get(language) ?? []) expect(about).toContain(line);
      await close();
    }
  });
});
