import { expect } from 'vitest';
import { DOC_FILE as DOC, flat, type Truth } from './collaboration.ts';
import type { GitProject } from './git-project.ts';

// The two edits of the English that the extraction must refuse, writing nothing, in whatever state the collaboration
// property test has brought the repository to: a paragraph typed under another's marker, and a removed paragraph's id
// used again. Each then mends the English as a person who read the message would, so that the sequence goes on.

/** The Danish locale file and sync state, as text: what a refused extraction must leave as it was. */
const localeFiles = async (p: GitProject): Promise<string[]> =>
  Promise.all(['locales/en/doc.json', 'locales/da/doc.json', 'locales/.sync/da/doc.json'].map((path) => p.read(path).catch(() => '')));

/** A paragraph typed under the marker of `id`: refused, nothing written; then the marker moved down, as the message says. */
export async function typedUnderMarker(p: GitProject, id: string, truth: Truth): Promise<boolean> {
  const doc = await p.read(DOC);
  const marker = `<!-- id: ${id} -->\n`;
  if (!doc.includes(marker)) return false;
  const typed = `A paragraph typed under the marker, number ${++truth.counter}, about air defence.`;
  await p.edit(DOC, doc.replace(marker, `${marker}${typed}\n\n`));
  const before = await localeFiles(p);
  const refused = await p.extract();
  // The extraction stops and writes nothing: no translation moves to the typed paragraph.
  expect(refused.code, refused.err).toBe(2);
  expect(refused.err).toContain(`is under the marker of id "${id}"`);
  expect(await localeFiles(p)).toEqual(before);
  // The fix the message gives: the marker down above its own paragraph; the next extract gives the new one an id.
  await p.edit(DOC, doc.replace(marker, `${typed}\n\n${marker}`));
  return true;
}

/** The paragraph `id` removed, then its id given to another: refused while a translation of the old one is stored. */
export async function reusedId(p: GitProject, id: string, truth: Truth): Promise<boolean> {
  const doc = await p.read(DOC);
  const block = new RegExp(`<!-- id: ${id} -->\\n([^\\n]*)\\n\\n?`).exec(doc);
  if (!block) return false;
  // The paragraph removed (its translations go to the obsolete store)...
  await p.edit(DOC, doc.replace(block[0], ''));
  if ((await p.extract()).code > 1) {
    await p.edit(DOC, doc);
    return false;
  }
  // ...and its id used again for another paragraph: refused while a translation of the old one is stored.
  const stored = (await flat(p, 'locales/.sync/da/doc.json')) as unknown as { obsolete?: Record<string, unknown> };
  await p.edit(DOC, doc.replace(block[0], `<!-- id: ${id} -->\nAnother paragraph, number ${++truth.counter}, on logistics.\n\n`));
  const before = await localeFiles(p);
  const reused = await p.extract();
  if (stored.obsolete?.[id] !== undefined) {
    expect(reused.code, reused.err).toBe(2);
    expect(reused.err).toContain(`id "${id}" belonged to a paragraph removed earlier`);
    expect(await localeFiles(p)).toEqual(before);
  }
  // The removed paragraph put back as it was: its translation returns with it.
  await p.edit(DOC, doc);
  return (await p.extract()).code <= 1;
}
