import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { formatJson } from '../../src/core/common/catalog.ts';

const WORDS = [
  'Nordic',
  'defence',
  'cooperation',
  'Ministers',
  'welcomed',
  'enhanced',
  'operational',
  'airspace',
  'corridors',
  'NATO',
  'support',
  'capability',
  'targets',
  'preparedness',
  'total',
  'security',
];

/** A deterministic sentence of `words` words, so every run works on the same tree (32-bit arithmetic throughout). */
function sentence(seed: number, words: number): string {
  let x = Math.imul(seed, 2654435761) >>> 0;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(WORDS[(x >>> 16) % WORDS.length] ?? 'text');
  }
  return `${out.join(' ')}.`;
}

/**
 * A small project for tests that need many files: `documents` English documents of `paragraphs`
 * paragraphs each (ids p1, p2, …), every paragraph translated as "<language>: <English>" in every
 * target language, no sync state yet (the first extraction makes it). For measuring, see the
 * realistic corpus of src/bench/corpus.ts.
 */
export async function writeCorpus(dir: string, documents: number, paragraphs: number): Promise<void> {
  await mkdir(join(dir, 'src/documents'), { recursive: true });
  for (let d = 0; d < documents; d++) {
    const ns = `doc-${d}`;
    const blocks: string[] = [];
    const english: Record<string, string> = {};
    for (let p = 0; p < paragraphs; p++) {
      const id = `p${p + 1}`;
      const text = sentence(d * 100_003 + p, 40);
      english[id] = text;
      blocks.push(`<!-- id: ${id} -->\n${text}`);
    }
    await writeFile(
      join(dir, 'src/documents', `${ns}.md`),
      `---\nnamespace: ${ns}\ndate: 2024-11-21\nnext-id: ${paragraphs + 1}\n---\n\n${blocks.join('\n\n')}\n`,
    );
    for (const language of TARGET_LANGUAGES) {
      const translated = Object.fromEntries(Object.entries(english).map(([id, text]) => [id, `${language}: ${text}`]));
      await mkdir(join(dir, 'locales', language), { recursive: true });
      await writeFile(join(dir, 'locales', language, `${ns}.json`), formatJson(translated));
    }
  }
}
