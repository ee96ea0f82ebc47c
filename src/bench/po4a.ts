import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SOURCE_LANGUAGE, TARGET_LANGUAGES } from '../languages.ts';
import { DOCUMENTS_DIR, localeFile } from '../core/common/paths.ts';
import { parseLocaleFile } from '../core/locale/locale-file.ts';

/**
 * po4a (https://po4a.org; Debian and Ubuntu: `apt-get install po4a`, which brings gettext's msgmerge)
 * on the same documents as the tool, for the benchmark's comparison: one POT and one PO per language
 * for the whole corpus (po4a's usual layout, and its faster one), the Markdown read by its text module
 * in Markdown mode. Set up fully translated, as the tool's side is, so that the timed run is the same
 * work: bring every language's catalog in line with edited English, marking the edited paragraphs.
 */
const PO4A_CONFIG = 'po4a.cfg';

export function po4aVersion(): string | undefined {
  const run = spawnSync('po4a', ['--version'], { encoding: 'utf8' });
  return run.status === 0 ? /po4a version ([\d.]*\d)/.exec(run.stdout)?.[1] : undefined;
}

/** The timed command: update the POT and every PO file, write no translated documents. */
export const PO4A_UPDATE = ['po4a', '--no-translations', '--quiet', PO4A_CONFIG] as const;

async function documentNames(dir: string): Promise<string[]> {
  return (await readdir(join(dir, DOCUMENTS_DIR))).filter((n) => n.endsWith('.md')).sort();
}

function catalog(path: string, text: string): ReadonlyMap<string, string> {
  const parsed = parseLocaleFile(path, text);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.problems[0]?.message ?? 'unreadable'}`);
  return parsed.value.catalog;
}

/** English paragraph text -> its translation, for every language, from the corpus's locale files. */
async function translationsByEnglish(dir: string, names: readonly string[]): Promise<Map<string, Map<string, string>>> {
  const out = new Map(TARGET_LANGUAGES.map((l) => [l, new Map<string, string>()]));
  for (const name of names) {
    const namespace = name.replace(/\.md$/, '');
    const read = async (language: string): Promise<ReadonlyMap<string, string>> =>
      catalog(localeFile(language, namespace), await readFile(join(dir, localeFile(language, namespace)), 'utf8'));
    const english = await read(SOURCE_LANGUAGE);
    for (const language of TARGET_LANGUAGES) {
      const target = await read(language);
      const into = out.get(language);
      for (const [id, text] of english) into?.set(text, target.get(id) ?? '');
    }
  }
  return out;
}

/** The English a po4a msgid carries: the id comment above a paragraph and the final newline are po4a's framing. */
function englishOf(msgid: string): string {
  return msgid.replace(/^<!--[^>]*-->\n/, '').replace(/\n$/, '');
}

/** The text of a PO string's lines ("…"\n"…"), its escapes undone. */
function unquote(lines: string): string {
  return lines
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as string)
    .join('');
}

/** One PO string line: JSON's escapes for quotes, backslashes and line breaks are PO's. */
const quote = (text: string): string => JSON.stringify(text);

/** A message's translation, framed as the msgid is (the id comment, the final newline msgfmt -c wants matched). */
function fill(msgid: string, byEnglish: ReadonlyMap<string, string>): string {
  const english = englishOf(msgid);
  // A message that is only an id comment (above a heading) is no text: its "translation" is itself.
  if (english === '' || english.startsWith('<!--')) return msgid;
  const translation = byEnglish.get(english);
  if (translation === undefined) throw new Error(`po4a's message ${JSON.stringify(msgid.slice(0, 60))} is no paragraph of the corpus`);
  return `${/^<!--[^>]*-->\n/.exec(msgid)?.[0] ?? ''}${translation}${msgid.endsWith('\n') ? '\n' : ''}`;
}

/**
 * Write po4a's configuration, let po4a extract the corpus once (untimed), then fill every PO file's
 * messages with the corpus's translations. Returns the number of messages per language.
 */
export async function preparePo4a(dir: string): Promise<number> {
  const names = await documentNames(dir);
  // yfm_keys names a key the front matter does not have: namespace and date are not for translators.
  const config = [
    `[po4a_langs] ${TARGET_LANGUAGES.join(' ')}`,
    '[po4a_paths] po/corpus.pot $lang:po/$lang.po',
    '[options] --master-charset UTF-8 --localized-charset UTF-8',
    ...names.map((n) => `[type: text] ${DOCUMENTS_DIR}/${n} $lang:out/$lang/${n} opt:"-o markdown -o yfm_keys=title"`),
  ];
  await writeFile(join(dir, PO4A_CONFIG), `${config.join('\n')}\n`);
  const setup = spawnSync(PO4A_UPDATE[0], PO4A_UPDATE.slice(1), { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (setup.status !== 0) throw new Error(`po4a failed in ${dir}:\n${setup.stderr}`);
  const translations = await translationsByEnglish(dir, names);
  let messages = 0;
  for (const language of TARGET_LANGUAGES) {
    const path = join(dir, 'po', `${language}.po`);
    const byEnglish = translations.get(language) ?? new Map<string, string>();
    const blocks = (await readFile(path, 'utf8')).split('\n\n').map((block) => {
      const message = /^msgid ((?:".*"\n)+)msgstr ""$/m.exec(block);
      const msgid = message ? unquote(message[1] ?? '') : '';
      if (!message || msgid === '') return block;
      return block.replace(/^msgstr ""$/m, `msgstr ${quote(fill(msgid, byEnglish))}`);
    });
    // The header (msgid "") aside.
    messages = blocks.filter((b) => /^msgid "[^"]/m.test(b) || /^msgid ""\n"/m.test(b)).length;
    await writeFile(path, blocks.join('\n\n'));
  }
  return messages;
}
