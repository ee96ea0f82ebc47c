import { expect } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { xliffExport } from '../../src/commands/xliff-export.ts';
import { setUp as setUpDanish } from './po-fixture.ts';
import { runCommand, type TempProject } from './project.ts';

/** The XLIFF tests' project and the edits a translator's tool makes to a unit. */

const TRANS =
  'import { Trans } from "react-i18next";\nexport const B = () => <Trans i18nKey="notice" defaults="The <original>English text</original> is the original." components={{ original: <a /> }} />;\n';

/** The PO fixture's Danish (translated, stale, untranslated and removed entries) and an interface string with a tag pair, translated. */
export async function setUp(): Promise<TempProject> {
  const p = await setUpDanish();
  await p.write('src/app/b.tsx', TRANS);
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  await p.write('locales/da/ui.json', '{\n  "greeting": "",\n  "notice": "Den <original>engelske tekst</original> er originalen."\n}\n');
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  return p;
}

export async function exportDa(p: TempProject, ...args: string[]): Promise<string> {
  const result = await runCommand(xliffExport, p.dir, args);
  expect(result.code, result.err).toBe(0);
  return p.read('xliff/da.xlf');
}

/** One unit's element, as the export wrote it. */
export function unit(text: string, id: string): string {
  const start = text.search(new RegExp(`<(trans-)?unit id="${id}"`));
  expect(start, `no unit ${id}`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(text.includes('</trans-unit>') ? '</trans-unit>' : '</unit>', start);
  return text.slice(start, end);
}

export const editUnit = (text: string, id: string, edit: (block: string) => string): string =>
  text.replace(unit(text, id), edit(unit(text, id)));

export const setTarget = (text: string, id: string, target: string, state = 'translated'): string =>
  editUnit(text, id, (block) =>
    block.includes('<target')
      ? block.replace(/<target[^>]*>.*?<\/target>/s, `<target state="${state}">${target}</target>`)
      : block.replace(/(<\/source>)/, `$1\n        <target state="${state}">${target}</target>`),
  );

export const line = (text: string, id: string): number => text.slice(0, text.indexOf(unit(text, id))).split('\n').length;
