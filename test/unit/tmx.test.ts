import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { tmxExport } from '../../src/commands/tmx-export.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { TMX } from '../../src/core/exchange/formats/tmx.ts';
import { setUp as setUpDanish } from '../support/po-fixture.ts';
import { runCommand, type TempProject } from '../support/project.ts';
import { readWithToolkit, ROOT, SCHEMAS, TMX_DTD, withTranslateToolkit, withXmllint, xmllint } from '../support/tools.ts';

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

/** Danish as in the PO fixture (one current, one stale, untranslated, removed), and Swedish with one current translation. */
async function setUp(): Promise<TempProject> {
  const p = await setUpDanish((created) => (project = created));
  await p.write('locales/sv/doc.json', '{\n  "one": "Första.",\n  "two": "",\n  "three": ""\n}\n');
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  return p;
}

const MEMORY = 'tmx/nordefco-reader.tmx';

describe('npm run tmx:export', () => {
  it('writes one <tu> per entry with a translation, with the English and each current translation only', async () => {
    const p = await setUp();
    const result = await runCommand(tmxExport, p.dir);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toBe(`Wrote ${MEMORY}: 2 current translations`);
    const text = await p.read(MEMORY);
    expect(text).toContain('<!DOCTYPE tmx SYSTEM "tmx14.dtd">');
    expect(text).toContain(
      '<tu tuid="doc:one">\n      <note>doc 1 of 3 (id doc:one)</note>\n      <tuv xml:lang="en-GB">\n        <seg>First.</seg>\n      </tuv>\n      <tuv xml:lang="da-DK">\n        <seg>Første.</seg>\n      </tuv>\n      <tuv xml:lang="sv-SE">\n        <seg>Första.</seg>\n      </tuv>\n    </tu>',
    );
    // doc:two is stale in Danish and untranslated elsewhere; doc:three and the removed doc:four have no current translation.
    expect(text).not.toContain('doc:two');
    expect(text).not.toContain('doc:three');
    expect(text).not.toContain('doc:four');
    const again = await runCommand(tmxExport, p.dir);
    expect(again.out).toBe(`Unchanged ${MEMORY}: 2 current translations`);
    expect(await p.read(MEMORY)).toBe(text);
  });

  it('includes stale translations only with --include-stale, each marked by a <prop>', async () => {
    const p = await setUp();
    const result = await runCommand(tmxExport, p.dir, ['--include-stale', '--out', 'memory.tmx']);
    expect(result.out).toBe('Wrote memory.tmx: 2 current translations, 1 stale (marked)');
    const text = await p.read('memory.tmx');
    expect(text).toContain(
      '<tuv xml:lang="da-DK">\n        <prop type="x-state">needs-review: translated from an older English</prop>\n        <seg>Anden den <ph x="1">{{date}}</ph>.</seg>',
    );
    const parsed = TMX.parse(text, { file: 'memory.tmx', language: 'da' });
    expect(parsed.ok && parsed.entries.map((e) => [e.key, e.source, e.translation, e.reviewed])).toEqual([
      ['one', 'First.', 'Første.', true],
      ['two', 'The second on {{date}}.', 'Anden den {{date}}.', false],
    ]);
  });

  withXmllint()('is valid against the TMX 1.4 DTD, for the fixture and for the project itself', async () => {
    const p = await setUp();
    expect((await runCommand(tmxExport, p.dir, ['--include-stale'])).code).toBe(0);
    const out = await mkdtemp(join(tmpdir(), 'nordefco-tmx-'));
    try {
      expect((await runCommand(tmxExport, ROOT, ['--out', join(out, 'all.tmx')])).code).toBe(0);
      for (const file of [join(p.dir, MEMORY), join(out, 'all.tmx')])
        expect(xmllint('--path', SCHEMAS, '--dtdvalid', TMX_DTD, file)).toEqual({ status: 0, stderr: '' });
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  withTranslateToolkit()('reads in translate-toolkit: units, English sources and each language’s targets', async () => {
    const p = await setUp();
    expect((await runCommand(tmxExport, p.dir)).code).toBe(0);
    const path = join(p.dir, MEMORY);
    expect(readWithToolkit(path, 'da-DK').map((u) => [u.source, u.target])).toEqual([['First.', 'Første.']]);
    expect(readWithToolkit(path, 'sv-SE').map((u) => [u.source, u.target])).toEqual([['First.', 'Första.']]);
    const out = await mkdtemp(join(tmpdir(), 'nordefco-tmx-'));
    try {
      expect((await runCommand(tmxExport, ROOT, ['--out', join(out, 'all.tmx')])).code).toBe(0);
      const units = readWithToolkit(join(out, 'all.tmx'), 'fi-FI');
      expect(units.length).toBeGreaterThan(50);
      expect(units.every((u) => u.source !== '' && u.target !== '' && u.target !== u.source)).toBe(true);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe('the translation memory of the project', () => {
  it('holds the current translations of every language and no stale one', async () => {
    const out = await mkdtemp(join(tmpdir(), 'nordefco-tmx-'));
    try {
      expect((await runCommand(tmxExport, ROOT, ['--out', join(out, 'all.tmx')])).code).toBe(0);
      const text = await readFile(join(out, 'all.tmx'), 'utf8');
      expect(text).not.toContain('x-state');
      // Exactly what `npm run status` calls translated, per language: a newly added language, all untranslated,
      // has nothing in the memory and is no failure.
      const report = await runCommand(status, ROOT, ['--json']);
      expect(report.code, report.err).toBe(0);
      const statuses = JSON.parse(report.out) as Record<string, Record<string, string>>;
      let current = 0;
      for (const language of TARGET_LANGUAGES) {
        const parsed = TMX.parse(text, { file: 'all.tmx', language });
        const translated = Object.entries(statuses[language] ?? {})
          .filter(([, s]) => s === 'translated')
          .map(([id]) => id);
        expect(parsed.ok && parsed.entries.map((e) => `${e.namespace}:${e.key}`).sort(), language).toEqual(translated.sort());
        current += translated.length;
      }
      // The project's languages are translated: the memory is not empty.
      expect(current).toBeGreaterThan(50);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
