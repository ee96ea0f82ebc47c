import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SOURCE_LANGUAGE, TARGET_LANGUAGES } from '../languages.ts';
import { formatCatalog, type Catalog } from '../core/common/catalog.ts';
import { textFingerprint } from '../core/common/hash.ts';
import { DOCUMENTS_DIR, localeFile, stateFile } from '../core/common/paths.ts';
import { parseDocument } from '../core/document/document.ts';
import { parseLocaleFile } from '../core/locale/locale-file.ts';
import { formatState } from '../core/state/state-file.ts';
import { paragraphLength, random, sentences, vocabulary, type Random, type Vocabulary } from './text.ts';

/**
 * A generated project of `paragraphs` blocks in documents of varied size, fully translated into every
 * target language and in sync (its sync state says each translation was made from the English of now),
 * as a project is after translators have done their work. Text as text.ts makes it.
 */
export interface Corpus {
  readonly documents: number;
  readonly paragraphs: number;
  /** Bytes of the documents and of the locale files of all languages. */
  readonly bytes: number;
}

/** The samples to draw words from: the project's documents and their translations. */
async function samples(root: string): Promise<Map<string, Vocabulary>> {
  const english: string[] = [];
  const namespaces: string[] = [];
  for (const name of (await readdir(join(root, DOCUMENTS_DIR))).filter((n) => n.endsWith('.md')).sort()) {
    const parsed = parseDocument(name, await readFile(join(root, DOCUMENTS_DIR, name), 'utf8'));
    if (!parsed.ok) throw new Error(`${name} does not parse: ${parsed.problems[0]?.message ?? ''}`);
    english.push(...parsed.value.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
    namespaces.push(parsed.value.namespace);
  }
  const out = new Map([[SOURCE_LANGUAGE, vocabulary(english)]]);
  for (const language of TARGET_LANGUAGES) {
    const texts: string[] = [];
    for (const namespace of namespaces) {
      const path = localeFile(language, namespace);
      const parsed = parseLocaleFile(path, await readFile(join(root, path), 'utf8').catch(() => '{}'));
      if (parsed.ok) texts.push(...parsed.value.catalog.values());
    }
    out.set(language, texts.length > 0 ? vocabulary(texts) : vocabulary(english));
  }
  return out;
}

/** Document sizes between 10 and 400 blocks, log-uniform (many short documents, a few long ones), summing to `total`. */
function documentSizes(rng: Random, total: number): number[] {
  const sizes: number[] = [];
  for (let left = total; left > 0;) {
    const size = Math.min(left, Math.round(10 * Math.exp(rng.next() * Math.log(40))));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

const words = (text: string): number => text.split(' ').length;

interface Block {
  readonly id: string;
  readonly markdown: string;
  readonly english: string;
}

/** A document's blocks: a title, then paragraphs with a heading now and then. Ids as the tools make them. */
function documentBlocks(count: number, rng: Random, english: Vocabulary, seen: Set<string>): Block[] {
  const blocks: Block[] = [];
  while (blocks.length < count) {
    const heading = blocks.length === 0 ? '# ' : rng.next() < 0.1 ? '## ' : '';
    const text = sentences(english, rng, heading ? rng.between(3, 9) : paragraphLength(english, rng)).replace(heading ? /\.$/ : /$/, '');
    if (seen.has(text)) continue;
    seen.add(text);
    const id = `p-${rng
      .between(0, 2 ** 20 - 1)
      .toString(32)
      .padStart(4, '0')}${rng
      .between(0, 2 ** 20 - 1)
      .toString(32)
      .padStart(4, '0')}`;
    blocks.push({ id, markdown: `<!-- id: ${id} -->\n${heading}${text}`, english: text });
  }
  return blocks;
}

/** A translation of the same shape: about as many words as the English, scaled as the language's sample is. */
function translate(english: string, rng: Random, sample: Vocabulary, ratio: number): string {
  const text = sentences(sample, rng, Math.max(1, Math.round(words(english) * ratio)));
  return english.endsWith('.') ? text : text.replace(/\.$/, '');
}

export async function writeCorpus(dir: string, root: string, paragraphs: number, seed = 24): Promise<Corpus> {
  const vocabularies = await samples(root);
  const english = vocabularies.get(SOURCE_LANGUAGE);
  if (!english) throw new Error('no English sample');
  const mean = (v: Vocabulary): number => v.words.length / v.paragraphLengths.length;
  const rng = random(seed);
  const seen = new Set<string>();
  const sizes = documentSizes(rng, paragraphs);
  let bytes = 0;
  const write = async (path: string, text: string): Promise<void> => {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
    bytes += Buffer.byteLength(text);
  };
  for (const [d, size] of sizes.entries()) {
    const namespace = `doc-${d}`;
    const blocks = documentBlocks(size, rng, english, seen);
    const source: Catalog = new Map(blocks.map((b) => [b.id, b.english]));
    await write(
      `${DOCUMENTS_DIR}/${namespace}.md`,
      `---\nnamespace: ${namespace}\ndate: 2024-11-21\n---\n\n${blocks.map((b) => b.markdown).join('\n\n')}\n`,
    );
    await write(localeFile(SOURCE_LANGUAGE, namespace), formatCatalog(source));
    for (const language of TARGET_LANGUAGES) {
      const sample = vocabularies.get(language) ?? english;
      const target = new Map(blocks.map((b) => [b.id, translate(b.english, rng, sample, mean(sample) / mean(english))]));
      await write(localeFile(language, namespace), formatCatalog(target));
      const entries = new Map([...target].map(([id, text]) => [id, { from: source.get(id) ?? '', seen: textFingerprint(text) }]));
      await write(stateFile(language, namespace), formatState({ entries, obsolete: new Map() }));
    }
  }
  return { documents: sizes.length, paragraphs, bytes };
}

/**
 * The maintainer's correction pass the benchmark times: one paragraph's English changed in every tenth
 * document (a sentence added at its end), so that paragraph goes stale in every language.
 */
export async function editEnglish(dir: string, corpus: Corpus): Promise<void> {
  for (let d = 0; d < corpus.documents; d += 10) {
    const path = join(dir, DOCUMENTS_DIR, `doc-${d}.md`);
    const text = await readFile(path, 'utf8');
    // The last paragraph, which is never the title.
    const end = text.trimEnd().length;
    await writeFile(path, `${text.slice(0, end)} The Ministers agreed.${text.slice(end)}`);
  }
}
