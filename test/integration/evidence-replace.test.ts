import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { DA_FILE, editedBeforePull, expectTwoCurrent, expectTwoStale } from '../support/evidence-scenario.ts';
import { TWO_NEW, TWO_OLD_EDIT } from '../support/git-project.ts';

/**
 * A search and replace across the file after a pull reviews nothing, also over an edit made against
 * the old English before the pull and never extracted: git never held that edit, so the replace is
 * told from an edit by the text the pull's record kept. Real git, real hooks.
 */
describe('a replace across the file after the pull', () => {
  it('leaves a paragraph edited against the old English before the pull stale', async () => {
    const p = await editedBeforePull(TWO_OLD_EDIT);
    // A glossary change: "De" becomes "Disse" wherever it stands, in two paragraphs.
    const file = join(p.dir, DA_FILE);
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('"De ', '"Disse '));
    await expectTwoStale(p);
  });

  it('but a revision of that paragraph after the pull counts', async () => {
    const p = await editedBeforePull(TWO_OLD_EDIT);
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    await expectTwoCurrent(p);
  });
});
