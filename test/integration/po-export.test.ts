import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { poExport } from '../../src/commands/po-export.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { runCommand } from '../support/project.ts';
import { entry, exportAll, lineOf, setUp as setUpDanish } from '../support/po-fixture.ts';

const setUp = setUpDanish;

describe('npm run po:export', () => {
  it('writes one file per language: translated as is, stale as fuzzy with the old English as #| msgid, untranslated empty, removed as #~', async () => {
    const p = await setUp();
    const result = await runCommand(poExport, p.dir);
    expect(result.out).toContain('Wrote po/da.po: 1 translated, 1 stale, 2 untranslated, 1 obsolete');
    expect(result.out).toContain('Wrote po/nb.po: 0 translated, 0 stale, 4 untranslated');
    expect((await readdir(join(p.dir, 'po'))).sort()).toEqual(TARGET_LANGUAGES.flatMap((l) => [`${l}.po`, `${l}.po.record.json`]).sort());
    const da = await p.read('po/da.po');
    expect(entry(da, 'doc:one')).toBe('#. doc 1 of 3 (id doc:one)\nmsgctxt "doc:one"\nmsgid "First."\nmsgstr "Første."');
    expect(entry(da, 'doc:two')).toBe(
      `#. doc 2 of 3 (id doc:two)\n#. Keep as they are: {{date}}\n#, fuzzy\n#| msgid "Second on {{date}}."\nmsgctxt "doc:two"\nmsgid "The second on {{date}}."\nmsgstr "Anden den {{date}}."`,
    );
    expect(entry(da, 'doc:three')).toBe('#. doc 3 of 3 (id doc:three)\nmsgctxt "doc:three"\nmsgid "Third."\nmsgstr ""');
    expect(entry(da, 'ui:greeting')).toContain('msgid "Hello, {{name}}"\nmsgstr ""');
    expect(da).toContain('#~ msgctxt "doc:four"\n#~ msgid "Fourth \\"quoted\\" one."\n#~ msgstr "Fjerde \\"citerede\\"."');
    // Namespaces sorted, keys in English order.
    expect(['doc:one', 'doc:two', 'doc:three', 'ui:greeting'].map((c) => lineOf(da, c))).toEqual(
      [...['doc:one', 'doc:two', 'doc:three', 'ui:greeting'].map((c) => lineOf(da, c))].sort((a, b) => a - b),
    );
    expect(da).toMatch(/^"Language: da\\n"$/m);
    expect(da).toMatch(/^"Plural-Forms: nplurals=2; plural=\(n != 1\);\\n"$/m);
  });

  it('writes the same bytes every time', async () => {
    const p = await setUp();
    const first = await exportAll(p);
    const again = await runCommand(poExport, p.dir);
    expect(again.out).toContain('Unchanged po/da.po');
    expect(await p.read('po/da.po')).toBe(first);
  });

  it('refuses broken input, writing nothing', async () => {
    const p = await setUp();
    await p.write('locales/da/doc.json', '{ "one": "Første." ');
    const result = await runCommand(poExport, p.dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('locales/da/doc.json');
    expect((await p.snapshot()).has('po/da.po')).toBe(false);
  });
});
