import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCharacter, forbiddenCharacters } from '../../src/core/common/characters.ts';
import { copyProject } from './fixture-site.ts';
import { ROOT } from '../support/root.ts';

/**
 * The published site never carries a character no text may hold (controls, lone surrogates, bidi
 * embedding/override/isolate controls): a Danish paragraph planted with U+202E and one with NUL are
 * built as untranslated, the English shown in their place, and no built file holds either character.
 */
let dir: string;
let planted: { readonly bidi: string; readonly nul: string };
let extracted: { code: number; output: string; stdout: string };

/** Every built file a reader downloads as text: pages and language data. */
const builtTexts = (dist: string): [string, string][] =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|json|js|xml)$/.test(f))
    .map((f) => [f, readFileSync(join(dist, f), 'utf8')]);

const named = (text: string): string[] => forbiddenCharacters(text).map((f) => describeCharacter(f.codePoint));

function run(cmd: string, args: string[]): { code: number; output: string; stdout: string } {
  try {
    const out = execFileSync(join(dir, 'node_modules/.bin', cmd), args, {
      cwd: dir,
      stdio: 'pipe',
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    return { code: 0, output: out, stdout: out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}`, stdout: e.stdout };
  }
}

beforeAll(async () => {
  dir = await copyProject(ROOT);
  const path = join(dir, 'locales/da/declaration.json');
  const danish = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
  // Two paragraphs of the document, whichever they are today: the third and the last.
  const keys = Object.keys(danish);
  const [bidi = '', nul = ''] = [keys[2], keys[keys.length - 1]];
  planted = { bidi, nul };
  danish[bidi] = `${danish[bidi] ?? ''} \u202eraeh siht\u202c`;
  danish[nul] = `${danish[nul] ?? ''}\u0000`;
  await writeFile(path, `${JSON.stringify(danish, null, 2)}\n`);
  extracted = run('tsx', ['src/commands/extract.ts', '--quiet']);
  for (const [cmd, args] of [
    ['vite', ['build', '--logLevel', 'error']],
    ['vite', ['build', '--ssr', 'src/site/entry-server.tsx', '--outDir', 'dist-ssr', '--logLevel', 'error']],
    ['tsx', ['src/commands/prerender.ts']],
  ] as const) {
    const built = run(cmd, [...args]);
    if (built.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${built.output}`);
  }
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('characters no text may hold, planted in Danish', () => {
  it('are errors naming the file, key and character, and the paragraphs count as untranslated', () => {
    expect(extracted.code, extracted.output).toBe(1);
    expect(extracted.output).toContain(`da declaration:${planted.bidi}  the translation holds U+202E RIGHT-TO-LEFT OVERRIDE`);
    expect(extracted.output).toContain(`da declaration:${planted.nul}  the translation holds U+0000 NULL`);
    const status = JSON.parse(run('tsx', ['src/commands/status.ts', '--json', '--lang', 'da']).stdout) as Record<
      string,
      Record<string, string>
    >;
    expect(status['da']?.[`declaration:${planted.bidi}`]).toBe('untranslated');
    expect(status['da']?.[`declaration:${planted.nul}`]).toBe('untranslated');
  });

  it('are in no built page or language file; the Danish page shows those paragraphs in English, marked', async () => {
    const dist = join(dir, 'dist');
    for (const [file, text] of builtTexts(dist)) expect(named(text), file).toEqual([]);
    const page = await readFile(join(dist, 'da/index.html'), 'utf8');
    const english = JSON.parse(await readFile(join(dir, 'locales/en/declaration.json'), 'utf8')) as Record<string, string>;
    for (const key of [planted.bidi, planted.nul]) {
      const block = new RegExp(`<[^>]+id="${key}"[\\s\\S]*?</(p|h[1-6])>`).exec(page)?.[0] ?? '';
      expect(block, key).toContain('lang="en"');
      expect(block, key).toContain((english[key] ?? '').slice(0, 40));
    }
  });
});

describe('the real built site', () => {
  it('holds none of them in any page or language file', () => {
    for (const [file, text] of builtTexts(join(ROOT, 'dist'))) expect(named(text), file).toEqual([]);
  });
});
