import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { tmxExport } from '../../src/commands/tmx-export.ts';
import { tmxImport } from '../../src/commands/tmx-import.ts';
import { setUp as setUpDanish, statuses } from '../support/po-fixture.ts';
import { changedFiles, runCommand, type TempProject, expectNothingWritten } from '../support/project.ts';

/**
 * tmx:import on the PO fixture's Danish: doc:one current ("Første."), doc:two stale (made from
 * "Second on {{date}}.", now "The second on {{date}}."), doc:three and ui:greeting untranslated.
 */
const setUp = setUpDanish;

interface Unit {
  readonly en: string;
  readonly da: string;
  /** Attributes of the <tu>, e.g. ` tuid="doc:two"`. */
  readonly attributes?: string;
  readonly lang?: string;
}

/** A memory as CAT tools write one: OmegaT's project_save.tmx has no tuids and `lang` attributes (TMX 1.1). */
function memory(units: readonly Unit[], srclang = 'en-GB'): string {
  const body = units
    .map(
      (u) =>
        `    <tu${u.attributes ?? ''}>\n      <tuv lang="en-GB">\n        <seg>${u.en}</seg>\n      </tuv>\n      <tuv lang="${u.lang ?? 'da-DK'}">\n        <seg>${u.da}</seg>\n      </tuv>\n    </tu>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx11.dtd">\n<tmx version="1.1">\n  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="3.6.0_10" segtype="paragraph" srclang="${srclang}"/>\n  <body>\n${body}\n  </body>\n</tmx>\n`;
}

async function importMemory(p: TempProject, units: readonly Unit[], ...args: string[]) {
  await p.write('tmx/da.tmx', memory(units));
  return runCommand(tmxImport, p.dir, ['--lang', 'da', ...args]);
}

const doc = async (p: TempProject): Promise<Record<string, string>> => (await p.json('locales/da/doc.json')) as Record<string, string>;

describe('npm run tmx:import', () => {
  it('fills untranslated entries from units whose English is the English of now, as current', async () => {
    const p = await setUp();
    const result = await importMemory(p, [
      { en: 'Third.', da: 'Tredje.' },
      { en: 'Hello, {{name}}', da: 'Hej, {{name}}' },
    ]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toBe('da (tmx/da.tmx): 2 translation(s) changed\n  translated  doc:three\n  translated  ui:greeting');
    expect((await doc(p))['three']).toBe('Tredje.');
    expect(await statuses(p)).toMatchObject({ 'doc:three': 'translated', 'ui:greeting': 'translated', 'doc:two': 'stale' });
  });

  it('replaces a stale translation with one of the English of now, and confirms a stale one it equals', async () => {
    const p = await setUp();
    const replaced = await importMemory(p, [{ en: 'The second on {{date}}.', da: 'Den anden den {{date}}.' }]);
    expect(replaced.out).toContain('translated  doc:two');
    expect((await doc(p))['two']).toBe('Den anden den {{date}}.');
    expect(await statuses(p)).toMatchObject({ 'doc:two': 'translated' });

    const q = await setUpDanish();
    const confirmed = await importMemory(q, [{ en: 'The second on {{date}}.', da: 'Anden den {{date}}.' }]);
    expect(confirmed.out).toContain('confirmed   doc:two');
    expect(await statuses(q)).toMatchObject({ 'doc:two': 'translated' });
  });

  it('takes a unit with another English as a suggestion for an untranslated entry, stale until reviewed, never current', async () => {
    const p = await setUp();
    const result = await importMemory(p, [{ en: 'A third.', da: 'En tredje.', attributes: ' tuid="doc:three"' }]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('stale       doc:three');
    expect(await statuses(p)).toMatchObject({ 'doc:three': 'stale' });
    const state = (await p.json('locales/.sync/da/doc.json')) as { entries: Record<string, { from?: string }> };
    expect(state.entries['three']?.from).toBe('A third.');
  });

  it("brings back this project's own memory unchanged: nothing to import", async () => {
    const p = await setUp();
    expect((await runCommand(tmxExport, p.dir, ['--lang', 'da'])).code).toBe(0);
    const result = await expectNothingWritten(p, () => runCommand(tmxImport, p.dir, ['--lang', 'da']));
    expect([result.code, result.out]).toEqual([0, 'da (tmx/da.tmx): no changes']);
  });

  it('trims padding a tool added around a translation, with a warning', async () => {
    const p = await setUp();
    const result = await importMemory(p, [{ en: 'Third.', da: '\n          Tredje.  ' }]);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toMatch(/tmx\/da\.tmx:\d+:\d+ .*white space the English does not have .*trimmed/);
    expect((await doc(p))['three']).toBe('Tredje.');

    await p.write('tmx/da.tmx', memory([{ en: 'First.', da: ' Første.\n' }]));
    const same = await expectNothingWritten(p, () => runCommand(tmxImport, p.dir, ['--lang', 'da']));
    expect([same.code, same.out]).toEqual([0, 'da (tmx/da.tmx): no changes']);
    expect(same.err).toMatch(/tmx\/da\.tmx:\d+:\d+ +da doc:one .*white space the English does not have .*trimmed/);
  });

  it('says how many units match no entry, and imports the rest', async () => {
    const p = await setUp();
    const result = await importMemory(p, [
      { en: 'Third.', da: 'Tredje.' },
      { en: 'Something else entirely.', da: 'Noget helt andet.' },
    ]);
    expect(result.code).toBe(0);
    expect(result.err).toContain('1 unit(s) match no entry');
  });
});

describe('what tmx:import refuses, writing nothing', () => {
  async function refused(p: TempProject, text: string, ...args: string[]) {
    await p.write('tmx/da.tmx', text);
    const before = await p.snapshot();
    const result = await runCommand(tmxImport, p.dir, ['--lang', 'da', ...args]);
    expect(changedFiles(before, await p.snapshot())).toEqual([]);
    return result;
  }

  it('a malformed memory, at its line and column (exit 2)', async () => {
    const p = await setUp();
    const result = await refused(p, memory([{ en: 'Third.', da: 'Tredje.' }]).replace('</seg>', '</sg>'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/tmx\/da\.tmx:8:\d+ .*not well-formed XML/);
    // A bad entity at the '&' itself, not at its <seg>: line 11 is `        <seg>Tre &amp dje.</seg>`.
    const entity = await refused(p, memory([{ en: 'Third.', da: 'Tre &amp dje.' }]));
    expect(entity.code).toBe(2);
    expect(entity.err).toMatch(/tmx\/da\.tmx:11:18 .*not well-formed XML/);
  });

  it('a variant in a language the project does not have, a source language that is not English, a memory of another language (exit 2)', async () => {
    const p = await setUp();
    const german = await refused(p, memory([{ en: 'Third.', da: 'Dritte.', lang: 'de-DE' }]));
    expect(german.code).toBe(2);
    expect(german.err).toMatch(/tmx\/da\.tmx:10:7 .*"de-DE" is not a language of this project/);
    const source = await refused(p, memory([{ en: 'Third.', da: 'Tredje.' }], 'fr-FR'));
    expect(source.err).toMatch(/tmx\/da\.tmx:4:3 .*source language is "fr-FR", not English/);
    const swedish = await refused(p, memory([{ en: 'Third.', da: 'Tredje.', lang: 'sv-SE' }]));
    expect(swedish.code).toBe(2);
    expect(swedish.err).toContain('the memory holds no da-DK variant, only sv-SE: it is the memory of another language');
  });

  it('a unit that would overwrite a current translation (exit 1), unless --force', async () => {
    const p = await setUp();
    const units = [{ en: 'First.', da: 'Den første.' }];
    const result = await refused(p, memory(units));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/tmx\/da\.tmx:6:5 +da doc:one .*has a different translation that is current/);
    const forced = await runCommand(tmxImport, p.dir, ['--lang', 'da', '--force']);
    expect(forced.code, forced.err).toBe(0);
    expect((await doc(p))['one']).toBe('Den første.');
  });

  it('a unit that would overwrite a current translation the glossary lists as rightly the same as the English (exit 1)', async () => {
    const p = await setUp();
    await p.write('locales/glossary.json', `${JSON.stringify({ terms: [], sameAsEnglishIn: { da: ['doc:one'] } }, null, 2)}\n`);
    await p.write('locales/da/doc.json', (await p.read('locales/da/doc.json')).replace('"Første."', '"First."'));
    expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
    expect(await statuses(p)).toMatchObject({ 'doc:one': 'translated' });
    const result = await refused(p, memory([{ en: 'First.', da: 'Den første.' }]));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/da doc:one .*has a different translation that is current/);
  });

  it('a unit of another English that would replace an existing translation, and two units that disagree (exit 1)', async () => {
    const p = await setUp();
    const older = await refused(p, memory([{ en: 'Second on {{date}}.', da: 'Nummer to den {{date}}.', attributes: ' tuid="doc:two"' }]));
    expect(older.code).toBe(1);
    expect(older.err).toContain('not older than this unit');
    const two = await refused(
      p,
      memory([
        { en: 'Third.', da: 'Tredje.' },
        { en: 'Third.', da: 'Den tredje.' },
      ]),
    );
    expect(two.code).toBe(1);
    expect(two.err).toMatch(/tmx\/da\.tmx:\d+:5 +da doc:three .*two translations/);
  });

  it('a translation the checks refuse (a placeholder translated), at the unit (exit 1)', async () => {
    const p = await setUp();
    const result = await refused(p, memory([{ en: 'Hello, {{name}}', da: 'Hej, {{navn}}' }]));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/tmx\/da\.tmx:6:5 +da ui:greeting/);
  });
});

describe('tmx:export and a memory holding work', () => {
  it('overwrites its own earlier memory once a stale translation in it was revised: the old pair is superseded, not work', async () => {
    const p = await setUp();
    expect((await runCommand(tmxExport, p.dir, ['--lang', 'da'])).code).toBe(0);
    const earlier = await p.read('tmx/da.tmx');
    expect(earlier).toContain('<seg>Second on ');
    // The stale doc:two revised (here through another memory), as a translator does between two exports.
    await p.write('revised/da.tmx', memory([{ en: 'The second on {{date}}.', da: 'Den anden den {{date}}.' }]));
    expect((await runCommand(tmxImport, p.dir, ['--lang', 'da', '--dir', 'revised'])).code).toBe(0);
    expect(await statuses(p)).toMatchObject({ 'doc:two': 'translated' });

    // The earlier memory brings nothing back and conflicts with nothing: its old pair is an older translation.
    const check = await expectNothingWritten(p, () => runCommand(tmxImport, p.dir, ['--lang', 'da', '--check']));
    expect([check.code, check.out, check.err]).toEqual([0, 'da (tmx/da.tmx): no changes', '']);
    const again = await runCommand(tmxExport, p.dir, ['--lang', 'da']);
    expect(again.code, again.err).toBe(0);
    const memoryNow = await p.read('tmx/da.tmx');
    expect(memoryNow).toContain('<seg>Den anden den ');
    expect(memoryNow).not.toContain('<seg>Second on ');
  });

  it('refuses over a translation nothing orders against locales/, without advising a --force that would lose the newer one', async () => {
    const p = await setUp();
    await p.write('tmx/da.tmx', memory([{ en: 'First.', da: 'Den første.' }]));
    const refused = await runCommand(tmxExport, p.dir, ['--lang', 'da']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('tmx/da.tmx: 1 translation(s) that differ from ones in locales/ nothing shows to be older (doc:one)');
    expect(refused.err).toContain('pass --force only to discard what they hold that locales/ does not');
    const imported = await runCommand(tmxImport, p.dir, ['--lang', 'da', '--check']);
    expect(imported.err).toContain('if locales/ holds the newer one, remove the unit (or rewrite the memory with tmx:export --force)');
  });

  it('will not overwrite a memory with translations not yet imported, unless --force', async () => {
    const p = await setUp();
    await p.write('tmx/da.tmx', memory([{ en: 'Third.', da: 'Tredje.' }]));
    const refused = await runCommand(tmxExport, p.dir, ['--lang', 'da']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('tmx/da.tmx: 1 translation(s) that only this file holds (doc:three)');
    expect(await p.read('tmx/da.tmx')).toContain('Tredje.');
    expect((await runCommand(tmxExport, p.dir, ['--lang', 'da', '--force'])).code).toBe(0);
    expect(await p.read('tmx/da.tmx')).not.toContain('Tredje.');
  });
});
