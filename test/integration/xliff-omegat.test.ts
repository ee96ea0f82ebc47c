import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xliffExport } from '../../src/commands/xliff-export.ts';
import { xliffImport } from '../../src/commands/xliff-import.ts';
import { statuses } from '../support/po-fixture.ts';
import { changedFiles, runCommand, type TempProject } from '../support/project.ts';
import { withXmllint, XLIFF_SCHEMA, xmllint } from '../support/tools.ts';
import { editUnit, exportDa, line, setUp as setUpFixture, unit } from '../support/xliff-fixture.ts';

/**
 * `xliff:export --for omegat`: XLIFF 1.2 for OmegaT's built-in filter, which translates the <target>
 * and cannot set a state. The real OmegaT round trip is in omegat.test.ts; here, the file and its import.
 */
const setUp = (): Promise<TempProject> => setUpFixture();
const exportForOmegat = (p: TempProject): Promise<string> => exportDa(p, '--for', 'omegat');

/** What OmegaT writes into a unit's target when the translator translated its segment; the state stays as it was. */
const translateIn = (text: string, id: string, translation: string): string =>
  editUnit(text, id, (block) => block.replace(/(<target[^>]*>).*?(<\/target>)/s, `$1${translation}$2`));

const importDa = (p: TempProject) => runCommand(xliffImport, p.dir, ['--lang', 'da']);

describe('xliff:export --for omegat', () => {
  it('offers every unit’s English in its target, codes as text; a stale unit’s earlier translation in its notes', async () => {
    const p = await setUp();
    const da = await exportForOmegat(p);
    expect(da).toContain(
      '<file original="doc" source-language="en" target-language="da" datatype="plaintext" tool-id="nordefco-reader-omegat"',
    );
    expect(da).toContain('<tool tool-id="nordefco-reader-omegat" tool-name="nordefco-reader, export for OmegaT"/>');
    for (const [id, english] of [
      ['doc:one', 'First.'],
      ['doc:three', 'Third.'],
      ['ui:notice', 'The &lt;original&gt;English text&lt;/original&gt; is the original.'],
    ] as const)
      expect(unit(da, id)).toContain(`<source>${english}</source>\n        <target state="needs-translation">${english}</target>`);
    const two = unit(da, 'doc:two');
    expect(two).toContain('<target state="needs-translation">The second on {{date}}.</target>');
    expect(two).toContain('<note from="nordefco-reader">Needs review: translated from an older English: Second on {{date}}.</note>');
    expect(two).toContain('<note from="nordefco-reader">Earlier translation, to revise: Anden den {{date}}.</note>');
    expect(two).not.toContain('alt-trans');
    // Current translations are the memory's to give (tmx:export --for omegat), not the file's.
    expect(da).not.toContain('Første.');
  });

  withXmllint()('validates against the OASIS XLIFF 1.2 strict schema', async () => {
    const p = await setUp();
    await exportForOmegat(p);
    const file = join(p.dir, 'xliff/da.xlf');
    expect(xmllint('--schema', XLIFF_SCHEMA, file)).toEqual({ status: 0, stderr: `${file} validates\n` });
  });

  it('is XLIFF 1.2 only, and --for takes standard or omegat', async () => {
    const p = await setUp();
    const version = await runCommand(xliffExport, p.dir, ['--for', 'omegat', '--version', '2.1']);
    expect([version.code, version.err]).toEqual([
      2,
      "xliff:export: --for omegat writes XLIFF 1.2, which OmegaT's filter reads; leave out --version 2.1",
    ]);
    const tool = await runCommand(xliffExport, p.dir, ['--for', 'memoq']);
    expect([tool.code, tool.err]).toEqual([2, 'xliff:export: --for memoq: one of standard, omegat']);
  });
});

describe('xliff:import of the file OmegaT wrote', () => {
  it('changes nothing for targets OmegaT left as the English', async () => {
    const p = await setUp();
    await exportForOmegat(p);
    const before = await p.snapshot();
    const result = await importDa(p);
    expect([result.code, result.out]).toEqual([0, 'da (xliff/da.xlf): no changes']);
    expect(changedFiles(before, await p.snapshot())).toEqual([]);
  });

  it('takes a target OmegaT changed as translated from the English in its source, though its state still says needs-translation', async () => {
    const p = await setUp();
    let da = await exportForOmegat(p);
    da = translateIn(da, 'doc:three', 'Tredje.');
    da = translateIn(da, 'doc:two', 'Den anden den {{date}}.');
    da = translateIn(da, 'ui:notice', 'Den &lt;original&gt;engelske tekst&lt;/original&gt; er originalen.');
    await p.write('xliff/da.xlf', da);
    const result = await importDa(p);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toBe('da (xliff/da.xlf): 2 translation(s) changed\n  translated  doc:two\n  translated  doc:three');
    expect(await statuses(p)).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'translated', 'doc:three': 'translated' });
  });

  it('confirms a stale translation the translator kept unchanged (inserted from the memory’s match)', async () => {
    const p = await setUp();
    await p.write('xliff/da.xlf', translateIn(await exportForOmegat(p), 'doc:two', 'Anden den {{date}}.'));
    const result = await importDa(p);
    expect(result.out).toBe('da (xliff/da.xlf): 1 translation(s) changed\n  confirmed   doc:two');
    expect(await statuses(p)).toMatchObject({ 'doc:two': 'translated' });
  });

  it('checks the codes typed as text, at the unit', async () => {
    const p = await setUp();
    const da = translateIn(await exportForOmegat(p), 'doc:two', 'Den anden den {{dato}}.');
    await p.write('xliff/da.xlf', da);
    const result = await importDa(p);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`xliff/da\\.xlf:${line(da, 'doc:two')}:\\d+ +da doc:two`));
  });
});
