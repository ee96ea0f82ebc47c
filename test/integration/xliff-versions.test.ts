import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xliffExport } from '../../src/commands/xliff-export.ts';
import { xliffImport } from '../../src/commands/xliff-import.ts';
import { statuses } from '../support/po-fixture.ts';
import { editUnit, exportDa, line, setTarget, setUp as setUpFixture, unit } from '../support/xliff-fixture.ts';
import { runCommand, type TempProject } from '../support/project.ts';
import { python, withTranslateToolkit, withXmllint } from '../support/tools.ts';

const setUp = (): Promise<TempProject> => setUpFixture();

async function importDa(p: TempProject, ...args: string[]) {
  return runCommand(xliffImport, p.dir, ['--lang', 'da', ...args]);
}

// XLIFF after other tools: rewritten, padded, saved by translate-toolkit; and XLIFF 2.1.
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
