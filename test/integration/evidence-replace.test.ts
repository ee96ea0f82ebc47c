import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BLOCKS,
  reviseEnglishOn,
  stateOf,
  translatedRepo,
  TWO_NEW,
  TWO_OLD_EDIT,
  TWO_V2,
  type GitProject,
} from '../support/git-project.ts';

/**
 * A search and replace across the file after a pull reviews nothing, also over an edit made against
 * the old English before the pull and never extracted: git never held that edit, so the replace is
 * told from an edit by the text the pull's record kept. Real git, real hooks.
 */
const TWO_V1 = BLOCKS[1]?.[1] ?? '';

/** Danish current on main, the revised English of `two` on maint, Danish `two` edited against the old English. */
async function editedBeforePull(): Promise<GitProject> {
  const p = await translatedRepo();
  await reviseEnglishOn(p, 'maint');
  p.git('checkout', '-q', 'main');
  await p.setValue('locales/da/doc.json', 'two', TWO_OLD_EDIT);
  p.git('merge', '-q', '--ff-only', 'maint');
  return p;
}

describe('a replace across the file after the pull', () => {
  it('leaves a paragraph edited against the old English before the pull stale', async () => {
    const p = await editedBeforePull();
    // A glossary change: "De" becomes "Disse" wherever it stands, in two paragraphs.
    const file = join(p.dir, 'locales/da/doc.json');
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('"De ', '"Disse '));
    const run = await p.extract();
    expect(run.code, run.err).toBe(0);
    expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale', 'doc:three': 'translated' });
    expect((await stateOf(p, 'two'))?.from).toBe(TWO_V1);
  });

  it('but a revision of that paragraph after the pull counts', async () => {
    const p = await editedBeforePull();
    await p.setValue('locales/da/doc.json', 'two', TWO_NEW);
    const run = await p.extract();
    expect(run.code, run.err).toBe(0);
    expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'translated', 'doc:three': 'translated' });
    expect((await stateOf(p, 'two'))?.from).toBe(TWO_V2);
  });
});
