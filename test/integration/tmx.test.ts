import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { tmxExport } from '../../src/commands/tmx-export.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { TMX } from '../../src/core/exchange/formats/tmx.ts';
import { docWith, translatedRepo } from '../support/git-project.ts';
import { setUp as setUpDanish } from '../support/po-fixture.ts';
import { runCommand, type TempProject, tempDir } from '../support/project.ts';
import { readWithToolkit, SCHEMAS, TMX_DTD, withTranslateToolkit, withXmllint, xmllint } from '../support/tools.ts';
import { ROOT } from '../support/root.ts';

/** Danish as in the PO fixture (one current, one stale, untranslated, removed), and Swedish with one current translation. */
async function setUp(): Promise<TempProject> {
  const p = await setUpDanish();
  await p.write('locales/sv/doc.json', '{\n  "one": "Första.",\n  "two": "",\n  "three": ""\n}\n');
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  return p;
}

const DA = 'tmx/da.tmx';
const tu = (text: string, id: string): string => {
  const start = text.indexOf(`<tu tuid="${id}">`);
  return start < 0 ? '' : text.slice(start, text.indexOf('</tu>', start) + '</tu>'.length);
};

describe('npm run tmx:export', () => {
  it('writes one memory per language, English and that language only: current translations with the English of now', async () => {
    const p = await setUp();
    const result = await runCommand(tmxExport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`Wrote ${DA}: 1 current, 1 stale (paired with the older English they were made from)`);
    expect(result.out).toContain('Wrote tmx/sv.tmx: 1 current, 0 stale');
    expect((await readdir(join(p.dir, 'tmx'))).sort()).toEqual(TARGET_LANGUAGES.map((l) => `${l}.tmx`).sort());
    const da = await p.read(DA);
    expect(da).toContain('<!DOCTYPE tmx SYSTEM "tmx14.dtd">');
    expect(tu(da, 'doc:one')).toBe(
      '<tu tuid="doc:one">\n      <note>doc 1 of 3 (id doc:one)</note>\n      <tuv xml:lang="en-GB">\n        <seg>First.</seg>\n      </tuv>\n      <tuv xml:lang="da-DK">\n        <seg>Første.</seg>\n      </tuv>\n    </tu>',
    );
    // No other language in a language's memory: a tool would take it for the project's language.
    expect(da).not.toContain('sv-SE');
    expect(await p.read('tmx/sv.tmx')).not.toContain('da-DK');
    // Untranslated and removed entries have no pair.
    expect(da).not.toContain('doc:three');
    expect(da).not.toContain('doc:four');
    expect(await p.exists(`${DA}.record.json`)).toBe(false);
    const again = await runCommand(tmxExport, p.dir);
    expect(again.out).toContain(`Unchanged ${DA}`);
    expect(await p.read(DA)).toBe(da);
  });

  it('pairs a stale translation with the older English it was made from, marked, never with the English of now', async () => {
    const p = await setUp();
    expect((await runCommand(tmxExport, p.dir, ['--lang', 'da', '--dir', 'memory'])).code).toBe(0);
    const two = tu(await p.read('memory/da.tmx'), 'doc:two');
    expect(two).toContain('<prop type="x-state">needs-review: the translation of an older English of this entry</prop>');
    expect(two).toContain('<tuv xml:lang="en-GB">\n        <seg>Second on <ph x="1">{{date}}</ph>.</seg>');
    expect(two).toContain('<seg>Anden den <ph x="1">{{date}}</ph>.</seg>');
    expect(two).not.toContain('The second on');
    const parsed = TMX.parse(await p.read('memory/da.tmx'), { file: 'memory/da.tmx', language: 'da' });
    expect(parsed.ok && parsed.value.map((e) => [e.key, e.source, e.translation, e.reviewed])).toEqual([
      ['one', 'First.', 'Første.', true],
      ['two', 'Second on {{date}}.', 'Anden den {{date}}.', false],
    ]);
  });

  it('leaves out a stale translation with no record of the English it was made from, and says so', async () => {
    const p = await setUp();
    const state = (await p.json('locales/.sync/da/doc.json')) as { entries: Record<string, Record<string, unknown>> };
    state.entries['one'] = { ...state.entries['one'], unverified: true };
    await p.write('locales/.sync/da/doc.json', `${JSON.stringify(state, null, 2)}\n`);
    const result = await runCommand(tmxExport, p.dir, ['--lang', 'da']);
    expect(result.out).toBe(
      `Wrote ${DA}: 0 current, 1 stale (paired with the older English they were made from); 1 stale left out (no record of the English they were made from)`,
    );
    expect(await p.read(DA)).not.toContain('Første.');
  });

  it('--for omegat writes codes as text, as OmegaT matches them', async () => {
    const p = await setUp();
    expect((await runCommand(tmxExport, p.dir, ['--lang', 'da', '--for', 'omegat'])).code).toBe(0);
    expect(tu(await p.read(DA), 'doc:two')).toContain('<seg>Second on {{date}}.</seg>');
    const refused = await runCommand(tmxExport, p.dir, ['--for', 'trados']);
    expect([refused.code, refused.err]).toEqual([2, 'tmx:export: --for trados: one of standard, omegat']);
  });

  it("judges translations with git's evidence, as every export does: a translation committed against the English of now is current", async () => {
    const p = await translatedRepo();
    const english = 'They agreed to strengthen the defence cooperation further.';
    await p.edit('src/documents/doc.md', docWith({ two: english }));
    await p.extract();
    p.commitAll('Revise the English of two');
    p.tick();
    // Translated against that English and committed, without running extract: only history shows which English it answers.
    await p.setValue('locales/da/doc.json', 'two', 'De aftalte at styrke forsvarssamarbejdet yderligere.');
    p.commitAll('Danish: two');
    p.tick();
    const result = await runCommand(tmxExport, p.dir, ['--lang', 'da']);
    expect(result.code, result.err).toBe(0);
    const two = tu(await p.read(DA), 'doc:two');
    expect(two).toContain(`<seg>${english}</seg>`);
    expect(two).toContain('<seg>De aftalte at styrke forsvarssamarbejdet yderligere.</seg>');
    expect(two).not.toContain('x-state');
  });

  withXmllint()('is valid against the TMX 1.4 DTD, for the fixture and for the project itself', async () => {
    const p = await setUp();
    expect((await runCommand(tmxExport, p.dir)).code).toBe(0);
    const out = await tempDir('nordefco-tmx-');
    expect((await runCommand(tmxExport, ROOT, ['--dir', out])).code).toBe(0);
    for (const language of TARGET_LANGUAGES)
      for (const file of [join(p.dir, 'tmx', `${language}.tmx`), join(out, `${language}.tmx`)])
        expect(xmllint('--path', SCHEMAS, '--dtdvalid', TMX_DTD, file)).toEqual({ status: 0, stderr: '' });
  });

  withTranslateToolkit()('reads in translate-toolkit: English sources and the language’s targets', async () => {
    const p = await setUp();
    expect((await runCommand(tmxExport, p.dir)).code).toBe(0);
    expect(readWithToolkit(join(p.dir, DA), 'da-DK').map((u) => [u.source, u.target])).toEqual([
      ['First.', 'Første.'],
      ['Second on {{date}}.', 'Anden den {{date}}.'],
    ]);
    expect(readWithToolkit(join(p.dir, 'tmx/sv.tmx'), 'sv-SE').map((u) => [u.source, u.target])).toEqual([['First.', 'Första.']]);
  });
});

describe('the translation memories of the project', () => {
  it('pair exactly what `npm run status` calls translated with the English of now, per language', async () => {
    const out = await tempDir('nordefco-tmx-');
    expect((await runCommand(tmxExport, ROOT, ['--dir', out])).code).toBe(0);
    const report = await runCommand(status, ROOT, ['--json']);
    expect(report.code, report.err).toBe(0);
    const statuses = JSON.parse(report.out) as Record<string, Record<string, string>>;
    let current = 0;
    for (const language of TARGET_LANGUAGES) {
      const parsed = TMX.parse(await readFileText(join(out, `${language}.tmx`)), { file: `${language}.tmx`, language });
      const translated = Object.entries(statuses[language] ?? {})
        .filter(([, s]) => s === 'translated')
        .map(([id]) => id);
      // A newly added language, all untranslated, has an empty memory and is no failure.
      const reviewed = parsed.ok ? parsed.value.filter((e) => e.reviewed).map((e) => `${e.namespace}:${e.key}`) : [];
      expect(reviewed.sort(), language).toEqual(translated.sort());
      current += translated.length;
    }
    expect(current).toBeGreaterThan(50);
  });
});

async function readFileText(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'utf8');
}
