import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { it } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../src/languages.ts';
import { parseXml, childElements, writeXml, XML_NS } from '../../src/core/exchange/formats/xml.ts';
import { haveTool, OMEGAT } from './system-tools.ts';
import type { TestFunction } from './tools.ts';
import { tempDir } from './project.ts';

/**
 * An OmegaT 3.6 project driven headless, as a translator's would be: omegat.project with sentence
 * segmentation off (one unit, one segment), the files to translate in source/, memories in tm/ and
 * tm/auto/, and the translator's work in omegat/project_save.tmx, written here as OmegaT keeps it
 * (TMX 1.1, default translations by source text). OmegaT's own settings go to a folder of their own,
 * never to the user's ~/.omegat.
 */

/** `it` when Debian's OmegaT is installed (skipped loudly elsewhere, a failure in CI). */
export const withOmegat = (): TestFunction => (haveTool(OMEGAT) ? it : it.skip);

/** The locale OmegaT is told for a language (da-DK). */
const localeOf = (code: string): string => LANGUAGES.find((l) => l.code === code)?.locale ?? code;

export interface OmegatProject {
  readonly dir: string;
  /** A file the translator is given, into source/. */
  source(name: string, text: string): Promise<void>;
  /** A memory: into tm/auto/ (applied as exact matches when the project opens) or tm/ (offered as matches). */
  memory(name: string, text: string, where: 'auto' | 'matches'): Promise<void>;
  /** The source segments OmegaT offers for translation, from its pseudo-translated memory. */
  offered(): string[];
  /** What the translator typed, by source segment, saved as OmegaT saves it. */
  work(translations: ReadonlyMap<string, string>): Promise<void>;
  /** `--mode=console-translate`: the translated files into target/; how long it took, in milliseconds. */
  translate(): number;
  target(name: string): Promise<string>;
  /** The project's memory OmegaT writes beside the project when it translates (`<project>-level2.tmx`, TMX 1.4). */
  projectMemory(): Promise<string>;
  remove(): Promise<void>;
}

function projectFile(language: string): string {
  const entries: readonly (readonly [string, string])[] = [
    ['source_dir', '__DEFAULT__'],
    ['target_dir', '__DEFAULT__'],
    ['tm_dir', '__DEFAULT__'],
    ['glossary_dir', '__DEFAULT__'],
    ['glossary_file', '__DEFAULT__'],
    ['dictionary_dir', '__DEFAULT__'],
    ['source_lang', localeOf(SOURCE_LANGUAGE)],
    ['target_lang', localeOf(language)],
    ['source_tok', 'org.omegat.tokenizer.LuceneEnglishTokenizer'],
    ['target_tok', 'org.omegat.tokenizer.DefaultTokenizer'],
    ['sentence_seg', 'false'],
    ['support_default_translations', 'true'],
    ['remove_tags', 'false'],
  ];
  return writeXml(null, {
    name: 'omegat',
    children: [
      { name: 'project', attributes: [['version', '1.0']], children: entries.map(([name, value]) => ({ name, children: [value] })) },
    ],
  });
}

/** omegat/project_save.tmx as OmegaT 3.6 writes it (ProjectTMX.save: TMX 1.1, `lang`, level 1 segments). */
function projectSave(language: string, translations: ReadonlyMap<string, string>): string {
  const tuv = (
    lang: string,
    text: string,
    extra: [string, string][] = [],
  ): { name: string; attributes: [string, string][]; children: { name: string; children: string[] }[] } => ({
    name: 'tuv',
    attributes: [['lang', lang], ...extra],
    children: [{ name: 'seg', children: [text] }],
  });
  const stamp: [string, string][] = [
    ['changeid', 'translator'],
    ['changedate', '20241201T120000Z'],
    ['creationid', 'translator'],
    ['creationdate', '20241201T120000Z'],
  ];
  const units = [...translations]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([source, target]) => ({
      name: 'tu',
      children: [tuv(localeOf(SOURCE_LANGUAGE), source), tuv(localeOf(language), target, stamp)],
    }));
  const header = {
    name: 'header',
    attributes: [
      ['creationtool', 'OmegaT'],
      ['o-tmf', 'OmegaT TMX'],
      ['adminlang', 'EN-US'],
      ['datatype', 'plaintext'],
      ['creationtoolversion', '3.6.0_10'],
      ['segtype', 'paragraph'],
      ['srclang', localeOf(SOURCE_LANGUAGE)],
    ] as [string, string][],
  };
  return writeXml(
    null,
    { name: 'tmx', attributes: [['version', '1.1']], children: [header, { name: 'body', children: units }] },
    { name: 'tmx', systemId: '"tmx11.dtd"' },
  );
}

/** The source segments of a TMX (OmegaT's pseudo-translation lists every segment it offers). */
function sourcesOf(text: string): string[] {
  const xml = parseXml(text, 'pseudo.tmx');
  if (!xml.ok || !xml.value.documentElement) throw new Error('OmegaT wrote no readable pseudo-translated memory');
  const sources: string[] = [];
  for (const body of childElements(xml.value.documentElement, null, 'body'))
    for (const tu of childElements(body, null, 'tu')) {
      const source = childElements(tu, null, 'tuv').find(
        (v) => (v.getAttributeNS(XML_NS, 'lang') ?? v.getAttribute('lang')) === localeOf(SOURCE_LANGUAGE),
      );
      const [seg] = source ? childElements(source, null, 'seg') : [];
      if (seg) sources.push(seg.textContent ?? '');
    }
  return sources;
}

export async function omegatProject(language: string): Promise<OmegatProject> {
  const root = await tempDir('nordefco-omegat-');
  const dir = join(root, 'project');
  const config = join(root, 'config');
  for (const folder of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat'])
    await mkdir(join(dir, folder), { recursive: true });
  await mkdir(config);
  await writeFile(join(dir, 'omegat.project'), projectFile(language));
  const run = (...args: string[]): number => {
    const started = performance.now();
    const result = spawnSync('omegat', [dir, ...args, `--config-dir=${config}`, '--disable-project-locking', '--no-team', '--quiet'], {
      encoding: 'utf8',
      // Java keeps preferences under HOME: the run's own, never the user's.
      env: { ...process.env, HOME: config },
      timeout: 300_000,
    });
    if (result.status !== 0)
      throw new Error(`omegat ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
    return performance.now() - started;
  };
  return {
    dir,
    source: (name, text) => writeFile(join(dir, 'source', name), text),
    memory: (name, text, where) => writeFile(join(dir, where === 'auto' ? 'tm/auto' : 'tm', name), text),
    offered() {
      const out = join(root, 'pseudo.tmx');
      run('--mode=console-createpseudotranslatetmx', `--pseudotranslatetmx=${out}`, '--pseudotranslatetype=empty');
      return sourcesOf(readFileSync(out, 'utf8'));
    },
    work: (translations) => writeFile(join(dir, 'omegat/project_save.tmx'), projectSave(language, translations)),
    translate: () => run('--mode=console-translate'),
    target: (name) => readFile(join(dir, 'target', name), 'utf8'),
    projectMemory: () => readFile(join(dir, `${basename(dir)}-level2.tmx`), 'utf8'),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
