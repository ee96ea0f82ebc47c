import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { xliffExport } from '../../src/commands/xliff-export.ts';
import { xliffImport } from '../../src/commands/xliff-import.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { statuses } from '../support/po-fixture.ts';
import { editUnit, exportDa, line, setTarget, setUp as setUpFixture, unit } from '../support/xliff-fixture.ts';
import { runCommand, type TempProject, tempDir, changedFiles } from '../support/project.ts';
import { python, readWithToolkit, withTranslateToolkit, withXmllint, XLIFF_SCHEMA, xmllint } from '../support/tools.ts';
import { ROOT } from '../support/root.ts';

const setUp = (): Promise<TempProject> => setUpFixture();

async function importDa(p: TempProject, ...args: string[]) {
  return runCommand(xliffImport, p.dir, ['--lang', 'da', ...args]);
}

describe('npm run xliff:export (XLIFF 1.2)', () => {
  it('writes one unit per key: translated, stale with the old English, untranslated without a target; removed entries are no units', async () => {
    const p = await setUp();
    const result = await runCommand(xliffExport, p.dir);
    expect(result.out).toContain('Wrote xliff/da.xlf: 2 translated, 1 stale, 2 untranslated, 1 obsolete');
    expect((await readdir(join(p.dir, 'xliff'))).filter((f) => f.endsWith('.xlf')).sort()).toEqual(
      TARGET_LANGUAGES.map((l) => `${l}.xlf`).sort(),
    );
    const da = await p.read('xliff/da.xlf');
    expect(da).toContain('<file original="doc" source-language="en" target-language="da" datatype="plaintext"');
    expect(unit(da, 'doc:one')).toContain('<source>First.</source>\n        <target state="translated">Første.</target>');
    expect(unit(da, 'doc:two')).toContain(
      '<source>The second on <ph id="1">{{date}}</ph>.</source>\n        <target state="needs-review-translation">Anden den <ph id="1">{{date}}</ph>.</target>',
    );
    expect(unit(da, 'doc:two')).toContain(
      '<alt-trans alttranstype="previous-version">\n          <source>Second on <ph id="1">{{date}}</ph>.</source>',
    );
    expect(unit(da, 'doc:two')).toContain('Needs review: translated from an older English: Second on {{date}}.');
    expect(unit(da, 'doc:three')).not.toContain('<target');
    expect(unit(da, 'ui:notice')).toContain(
      '<target state="translated">Den <g id="1" ctype="x-original">engelske tekst</g> er originalen.</target>',
    );
    expect(unit(da, 'doc:one')).toContain('doc 1 of 3 (id doc:one)');
    expect(da).not.toContain('doc:four');
  });

  it('writes the same bytes every time, in both versions', async () => {
    const p = await setUp();
    for (const version of ['1.2', '2.1']) {
      const first = await exportDa(p, '--version', version);
      const again = await runCommand(xliffExport, p.dir, ['--version', version]);
      expect(again.out).toContain('Unchanged xliff/da.xlf');
      expect(await p.read('xliff/da.xlf')).toBe(first);
    }
  });

  withXmllint()('validates against the OASIS XLIFF 1.2 strict schema, for the fixture and for the project itself', async () => {
    const p = await setUp();
    await exportDa(p);
    const out = await tempDir('nordefco-xliff-');
    expect((await runCommand(xliffExport, ROOT, ['--dir', out])).code).toBe(0);
    const files = [...TARGET_LANGUAGES.map((l) => join(p.dir, 'xliff', `${l}.xlf`)), ...TARGET_LANGUAGES.map((l) => join(out, `${l}.xlf`))];
    for (const file of files) expect(xmllint('--schema', XLIFF_SCHEMA, file)).toEqual({ status: 0, stderr: `${file} validates\n` });
  });

  withTranslateToolkit()('reads in translate-toolkit with the expected units, sources, targets and states', async () => {
    const p = await setUp();
    await exportDa(p);
    const units = readWithToolkit(join(p.dir, 'xliff/da.xlf'));
    expect(units.map((u) => u.id)).toEqual(['doc:one', 'doc:two', 'doc:three', 'ui:greeting', 'ui:notice']);
    expect(units.find((u) => u.id === 'doc:one')).toEqual({
      id: 'doc:one',
      source: 'First.',
      target: 'Første.',
      translated: true,
      fuzzy: false,
      state: 'translated',
    });
    expect(units.find((u) => u.id === 'doc:two')).toMatchObject({
      source: 'The second on {{date}}.',
      target: 'Anden den {{date}}.',
      fuzzy: true,
      state: 'needs-review-translation',
    });
    expect(units.find((u) => u.id === 'doc:three')).toMatchObject({ source: 'Third.', target: '', translated: false, fuzzy: false });
    expect(units.find((u) => u.id === 'ui:notice')).toMatchObject({
      source: 'The English text is the original.',
      target: 'Den engelske tekst er originalen.',
      translated: true,
    });
  });
});

describe('npm run xliff:import', () => {
  it.each(['1.2', '2.1'])('changes no file when nothing was edited (XLIFF %s)', async (version) => {
    const p = await setUp();
    await exportDa(p, '--version', version);
    const before = await p.snapshot();
    const result = await importDa(p);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('da (xliff/da.xlf): no changes');
    expect(changedFiles(before, await p.snapshot())).toEqual([]);
  });

  it('changes exactly the edited target and its sync state', async () => {
    const p = await setUp();
    const da = await exportDa(p);
    await p.write('xliff/da.xlf', setTarget(da, 'doc:three', 'Tredje.'));
    const before = await p.snapshot();
    const result = await importDa(p);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('da (xliff/da.xlf): 1 translation(s) changed\n  translated  doc:three');
    const after = await p.snapshot();
    expect(changedFiles(before, after)).toEqual(['locales/.sync/da/doc.json', 'locales/da/doc.json', 'xliff/da.xlf.record.json']);
    expect(after.get('locales/da/doc.json')).toBe(before.get('locales/da/doc.json')?.replace('"three": ""', '"three": "Tredje."'));
    expect((await runCommand(extract, p.dir, ['--check'])).code).toBe(0);
    expect(await statuses(p)).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale', 'doc:three': 'translated' });
  });

  it('counts a target marked translated or final as current for the English in its source, and keeps one left needs-review stale', async () => {
    const p = await setUp();
    const da = await exportDa(p);
    const confirmed = editUnit(da, 'doc:two', (b) => b.replace('state="needs-review-translation"', 'state="final"'));
    await p.write('xliff/da.xlf', setTarget(confirmed, 'doc:three', 'Tredje.', 'needs-review-translation'));
    const result = await importDa(p);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('confirmed   doc:two');
    expect(result.out).toContain('stale       doc:three');
    expect(await statuses(p)).toMatchObject({ 'doc:two': 'translated', 'doc:three': 'stale' });
  });

  it('takes tags back from their codes and refuses a target whose codes are not the source’s', async () => {
    const p = await setUp();
    const da = await exportDa(p);
    await p.write('xliff/da.xlf', setTarget(da, 'ui:notice', 'Den <g id="1" ctype="x-other">engelske</g> tekst er originalen.'));
    expect((await importDa(p)).code).toBe(0);
    expect(await p.json('locales/da/ui.json')).toMatchObject({ notice: 'Den <original>engelske</original> tekst er originalen.' });
    await p.write('xliff/da.xlf', setTarget(da, 'ui:notice', 'Den <g id="7">engelske</g> tekst.'));
    const unknown = await importDa(p);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/xliff\/da\.xlf:\d+:\d+ +da ui:notice +<g id="7"> is not one of the source's codes/);
    await p.write('xliff/da.xlf', setTarget(da, 'doc:two', 'Anden dag.'));
    const missing = await importDa(p);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`xliff/da.xlf:${line(da, 'doc:two')}:`);
    expect(missing.err).toContain('placeholders differ from the English');
  });

  it('refuses a changed source text and a unit id that no longer exists, naming the unit, writing nothing', async () => {
    const p = await setUp();
    const da = await exportDa(p);
    const before = await p.snapshot();
    await p.write('xliff/da.xlf', setTarget(da, 'doc:one', 'Første!').replace('<source>First.</source>', '<source>First!</source>'));
    const changed = await importDa(p);
    expect(changed.code).toBe(2);
    expect(changed.err).toContain(`xliff/da.xlf:${line(da, 'doc:one')}:`);
    expect(changed.err).toContain('the English (source) of "doc:one" was changed in this file');
    await p.write('xliff/da.xlf', da.replace('id="doc:one" resname="doc:one"', 'id="doc:first" resname="doc:one"'));
    const renamed = await importDa(p);
    expect(renamed.code).toBe(2);
    expect(renamed.err).toContain('"doc:first" is not an entry of the English, and was not in the export');
    const after = await p.snapshot();
    after.delete('xliff/da.xlf');
    before.delete('xliff/da.xlf');
    expect(changedFiles(before, after)).toEqual([]);
  });

  it('refuses an entry changed both in the file and in locales/ since the export, unless --force', async () => {
    const p = await setUp();
    const da = await exportDa(p);
    await p.write('locales/da/doc.json', (await p.read('locales/da/doc.json')).replace('"Første."', '"Det første."'));
    expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
    await p.write('xliff/da.xlf', setTarget(da, 'doc:one', 'Første afsnit.'));
    const before = await p.snapshot();
    const refused = await importDa(p);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`xliff/da.xlf:${line(da, 'doc:one')}:`);
    expect(refused.err).toContain('changed since this file was exported');
    expect(changedFiles(before, await p.snapshot())).toEqual([]);
    expect((await importDa(p, '--force')).code).toBe(0);
    expect(await p.json('locales/da/doc.json')).toMatchObject({ one: 'Første afsnit.' });
  });

  it('reports an invalid or truncated file with file:line:column, writing nothing', async () => {
    const p = await setUp();
    const da = await exportDa(p);
    const before = await p.snapshot();
    await p.write('xliff/da.xlf', da.slice(0, Math.floor(da.length / 2)));
    const truncated = await importDa(p);
    expect(truncated.code).toBe(2);
    expect(truncated.err).toMatch(/xliff\/da\.xlf:\d+:\d+ .*not well-formed XML/);
    await p.write('xliff/da.xlf', da.replace('<target state="translated">Første.</target>', '<target state="translated">Første.</targt>'));
    const broken = await importDa(p);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(new RegExp(`xliff/da\\.xlf:${line(da, 'doc:one') + 2}:\\d+ .*not well-formed XML`));
    const after = await p.snapshot();
    after.delete('xliff/da.xlf');
    before.delete('xliff/da.xlf');
    expect(changedFiles(before, after)).toEqual([]);
  });
});

/** What other tools do to a file without changing what it says. */
const REWRITES: readonly (readonly [string, (text: string, dir: string) => string])[] = [
  [
    're-indented by xmllint --format',
    (text, dir) => {
      const result = spawnSync('xmllint', ['--format', '-'], { input: text.replace(/\n\s*/g, ''), encoding: 'utf8', cwd: dir });
      if (result.status !== 0) throw new Error(result.stderr);
      return result.stdout;
    },
  ],
  [
    'attributes reordered',
    (text) =>
      text.replace(
        /<(trans-unit|file|target) ([^>]*?)(\/?)>/g,
        (_, name: string, attributes: string, close: string) =>
          `<${name} ${(attributes.match(/[\w:-]+="[^"]*"/g) ?? []).reverse().join(' ')}${close}>`,
      ),
  ],
  [
    'namespace prefixed',
    (text) =>
      text
        .replace(/<(\/?)([a-z][\w-]*)([\s>/])/g, '<$1x:$2$3')
        .replace('xmlns="urn:oasis:names:tc:xliff:document:1.2"', 'xmlns:x="urn:oasis:names:tc:xliff:document:1.2"'),
  ],
  ['CRLF line ends', (text) => text.replace(/\n/g, '\r\n')],
  ['a byte order mark', (text) => `\uFEFF${text}`],
];

describe('an XLIFF file another tool rewrote', () => {
  withXmllint().each(REWRITES)('imports the same when %s', async (_name, rewrite) => {
    const p = await setUp();
    const edited = setTarget(await exportDa(p), 'doc:three', 'Tredje.');
    const plain = await p.snapshot();
    await p.write('xliff/da.xlf', edited);
    expect((await importDa(p)).code).toBe(0);
    const expected = await p.snapshot();
    // The same edit from a rewritten file, on a fresh copy of the project as it was.
    for (const [path, text] of plain) await p.write(path, text);
    const rewritten = rewrite(edited, p.dir);
    expect(rewritten).not.toBe(edited);
    await p.write('xliff/da.xlf', rewritten);
    const result = await importDa(p);
    expect(result.code, result.err).toBe(0);
    const after = await p.snapshot();
    for (const path of [...expected.keys()].filter((k) => k.startsWith('locales/'))) expect(after.get(path), path).toBe(expected.get(path));
    expect(after.get('xliff/da.xlf.record.json')).toBe(expected.get('xliff/da.xlf.record.json'));
  });
});

describe('a target a tool padded with white space', () => {
  it('is trimmed on import, with a warning at the unit, never stored verbatim', async () => {
    const p = await setUp();
    const padded = setTarget(await exportDa(p), 'doc:three', '\n          Tredje.\n        ');
    await p.write('xliff/da.xlf', padded);
    const result = await importDa(p);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toMatch(
      new RegExp(`xliff/da\\.xlf:${line(padded, 'doc:three')}:\\d+ +da doc:three +the translation began or ended with white space`),
    );
    expect(((await p.json('locales/da/doc.json')) as Record<string, string>)['three']).toBe('Tredje.');
  });
});

describe('XLIFF 2.1', () => {
  it('writes units with segments, states and the original codes', async () => {
    const p = await setUp();
    const da = await exportDa(p, '--version', '2.1');
    expect(da).toContain('<xliff version="2.1" srcLang="en" trgLang="da" xmlns="urn:oasis:names:tc:xliff:document:2.0">');
    expect(unit(da, 'doc:one')).toContain(
      '<segment state="translated">\n        <source>First.</source>\n        <target>Første.</target>',
    );
    expect(unit(da, 'doc:two')).toContain(
      '<segment state="initial">\n        <source>The second on <ph id="1" dataRef="d1"/>.</source>\n        <target>Anden den <ph id="1" dataRef="d1"/>.</target>',
    );
    expect(unit(da, 'doc:two')).toContain(
      '<note id="n3" category="review">Needs review: translated from an older English: Second on {{date}}.</note>',
    );
    expect(unit(da, 'doc:three')).toContain('<segment state="initial">\n        <source>Third.</source>\n      </segment>');
    expect(unit(da, 'ui:notice')).toContain(
      '<target>Den <pc id="1" dataRefStart="d1" dataRefEnd="d2">engelske tekst</pc> er originalen.</target>',
    );
    expect(unit(da, 'ui:notice')).toContain('<data id="d1">&lt;original&gt;</data>');
    expect(spawnSync('xmllint', ['--noout', '-'], { input: da }).status ?? 0).toBe(0);
  });

  it('imports an edited target, and a unit marked translated as current', async () => {
    const p = await setUp();
    const da = await exportDa(p, '--version', '2.1');
    const edited = editUnit(da, 'doc:two', (b) => b.replace('<segment state="initial">', '<segment state="reviewed">')).replace(
      '<target>Den <pc id="1" dataRefStart="d1" dataRefEnd="d2">engelske tekst</pc> er originalen.</target>',
      '<target>Den <pc id="1" dataRefStart="d1" dataRefEnd="d2">engelske</pc> tekst er originalen.</target>',
    );
    await p.write('xliff/da.xlf', edited);
    const result = await importDa(p);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('confirmed   doc:two');
    expect(result.out).toContain('translated  ui:notice');
    expect(await p.json('locales/da/ui.json')).toMatchObject({ notice: 'Den <original>engelske</original> tekst er originalen.' });
    expect(await statuses(p)).toMatchObject({ 'doc:two': 'translated', 'ui:notice': 'translated' });
  });

  it('po:export-like guard: xliff:export will not overwrite a file holding work not yet imported, unless --force', async () => {
    const p = await setUp();
    const da = await exportDa(p, '--version', '2.1');
    const edited = editUnit(da, 'doc:three', (b) =>
      b.replace('<source>Third.</source>', '<source>Third.</source>\n        <target>Tredje.</target>'),
    );
    await p.write('xliff/da.xlf', edited);
    const refused = await runCommand(xliffExport, p.dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('xliff/da.xlf: 1 translation(s) that only this file holds (doc:three)');
    expect(await p.read('xliff/da.xlf')).toBe(edited);
    expect((await runCommand(xliffExport, p.dir, ['--force'])).code).toBe(0);
  });

  it('refuses an unknown --version', async () => {
    const p = await setUp();
    const result = await runCommand(xliffExport, p.dir, ['--version', '2.0']);
    expect(result.code).toBe(2);
    expect(result.err).toBe('xliff:export: --version 2.0: one of 1.2, 2.1');
  });
});

describe('an XLIFF file saved by translate-toolkit (the library Weblate edits XLIFF with)', () => {
  withTranslateToolkit()('imports the units it translated as current and the ones it marked fuzzy as stale', async () => {
    const p = await setUp();
    await exportDa(p);
    python(
      `
import json, sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
for unit in store.units:
    uid = unit.getid().split('\\x04')[-1]
    if uid == 'doc:three':
        unit.target = 'Tredje.'
        unit.markfuzzy(False)
    if uid == 'doc:one':
        unit.markfuzzy(True)
store.save()
print(json.dumps(True))
`,
      join(p.dir, 'xliff/da.xlf'),
    );
    const result = await importDa(p);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('now stale   doc:one');
    expect(result.out).toContain('translated  doc:three');
    expect(await statuses(p)).toMatchObject({
      'doc:one': 'stale',
      'doc:two': 'stale',
      'doc:three': 'translated',
      'ui:notice': 'translated',
    });
    expect(await p.json('locales/da/doc.json')).toMatchObject({ one: 'Første.', three: 'Tredje.' });
  });
});
