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
import { readWithToolkit, withTranslateToolkit, withXmllint, XLIFF_SCHEMA, xmllint } from '../support/tools.ts';
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
