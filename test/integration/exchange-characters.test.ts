import { describe, expect, it } from 'vitest';
import { poExport } from '../../src/commands/po-export.ts';
import { tmxExport } from '../../src/commands/tmx-export.ts';
import { xliffExport } from '../../src/commands/xliff-export.ts';
import type { LanguageExport } from '../../src/core/exchange/exchange.ts';
import { PO } from '../../src/core/exchange/formats/po.ts';
import { TMX, TMX_FOR_OMEGAT } from '../../src/core/exchange/formats/tmx.ts';
import { XLIFF_VERSIONS } from '../../src/core/exchange/formats/xliff.ts';
import { twoParagraphs } from '../support/po-fixture.ts';
import { type TempProject, expectRefused } from '../support/project.ts';

/** Every exchange writer refuses text that XML 1.0 cannot carry, naming the entry, and writes nothing. */
const model = (translation: string): LanguageExport => ({
  language: 'da',
  endonym: 'dansk',
  units: [
    { namespace: 'doc', key: 'one', english: 'First.', translation, state: 'translated', position: 1, total: 1, terms: [], codes: [] },
  ],
  obsolete: [],
});

const WRITERS = [
  ['PO', PO],
  ['XLIFF 1.2', XLIFF_VERSIONS['1.2']],
  ['XLIFF 2.1', XLIFF_VERSIONS['2.1']],
  ['TMX', TMX],
  ['TMX for OmegaT', TMX_FOR_OMEGAT],
] as const;

describe('the exchange writers', () => {
  it.each(WRITERS)('%s refuses NUL, a lone surrogate and U+FFFF, and writes the same text without them', (_label, format) => {
    for (const bad of ['Før\u0000ste.', 'Før\ud800ste.', 'Første\uffff.', 'Første\u0001.'])
      expect(() => format?.build([model(bad)]), JSON.stringify(bad)).toThrow(/XML 1\.0 cannot carry/);
    const [file] = format?.build([model('Første\t.')]) ?? [];
    expect(file?.text).toContain('Første');
  });
});

describe('the export commands', () => {
  async function setUp(): Promise<TempProject> {
    const p = await twoParagraphs('{\n  "one": "Første.",\n  "two": "Anden."\n}\n');
    // What reaches a writer past the loaders: an English in the sync state's record, an obsolete translation, both edited by hand.
    const state = JSON.parse(await p.read('locales/.sync/da/doc.json')) as {
      entries: Record<string, { from: string }>;
      obsolete: Record<string, unknown>;
    };
    state.entries['two'] = { ...state.entries['two'], from: 'Second\u0000.' } as { from: string };
    state.obsolete['gone'] = { translation: 'Væk\u0000.', from: 'Gone.' };
    await p.write('locales/.sync/da/doc.json', `${JSON.stringify(state, null, 2)}\n`);
    return p;
  }

  it.each([
    ['po:export', poExport, []],
    ['xliff:export', xliffExport, []],
    ['xliff:export --version 2.1', xliffExport, ['--version', '2.1']],
    ['xliff:export --for omegat', xliffExport, ['--for', 'omegat']],
    ['tmx:export', tmxExport, []],
    ['tmx:export --for omegat', tmxExport, ['--for', 'omegat']],
  ] as const)('%s: exit 2, the entry and U+0000 named, nothing written', async (_name, command, args) => {
    const p = await setUp();
    const result = await expectRefused(command, p, [...args]);
    expect(result.err).toMatch(/locales\/\.sync\/da\/doc\.json {2}da doc:two {2}holds U\+0000 NULL, which XML 1\.0 cannot carry/);
    expect(result.err).toContain('nothing was written');
  });
});
