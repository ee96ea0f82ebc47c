import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmxExport } from '../../src/commands/tmx-export.ts';
import { tmxImport } from '../../src/commands/tmx-import.ts';
import { DA_FILE, englishWaiting, expectTwoStale, pull, TWO_V1 } from '../support/evidence-scenario.ts';
import { DA, TWO_OLD_EDIT, type GitProject } from '../support/git-project.ts';
import { runCommand } from '../support/project.ts';
import {
  python,
  readWithToolkit,
  SCHEMAS,
  TMX_DTD,
  withTranslateToolkit,
  withXmllint,
  xmllint,
  type TestFunction,
} from '../support/tools.ts';

/**
 * A translation memory carries, for each unit, the English it was translated from (its source
 * segment) and nothing else that dates it: tmx:import counts a unit as current only when that English
 * is the entry's English of now. So a translation made in a CAT tool against the old English, imported
 * after the pull of the new one, cannot make a stale paragraph current. Real git, real hooks, a real
 * memory edited by translate-toolkit (as another tool would write it) and checked against the TMX DTD.
 */
const MEMORY = 'tmx/da.tmx';
/** `it` when both checkers are there (each skips loudly, or fails in CI, when missing). */
const withBoth: TestFunction = withXmllint() === it ? withTranslateToolkit() : it.skip;

/** Set the Danish of unit `tuid` to `text` with translate-toolkit, as a CAT tool saves a memory. */
function translateInTool(path: string, tuid: string, text: string): void {
  python(
    `
import json, sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
unit = next(u for u in store.units if u.getid() == sys.argv[2])
unit.settarget(sys.argv[3], lang='da-DK')
store.savefile(sys.argv[1])
print(json.dumps(True))
`,
    path,
    tuid,
    text,
  );
}

/** Danish current; its memory exported before the pull and `two` translated there against the old English; then the pull. */
async function memoryFromBeforeThePull(): Promise<GitProject> {
  const p = await englishWaiting();
  expect((await runCommand(tmxExport, p.dir, ['--lang', 'da'])).code).toBe(0);
  translateInTool(join(p.dir, MEMORY), 'doc:two', TWO_OLD_EDIT);
  pull(p);
  return p;
}

/** Only the project's own files (not git's, where the hooks keep their records). */
async function locales(p: GitProject): Promise<Map<string, string>> {
  return new Map([...(await p.snapshot())].filter(([path]) => path.startsWith('locales/')));
}

describe('a TMX import of a translation made against the old English', () => {
  withBoth('is refused over the stale translation, writing nothing; forced, it is written and stays stale', async () => {
    const p = await memoryFromBeforeThePull();
    const file = join(p.dir, MEMORY);
    expect(xmllint('--path', SCHEMAS, '--dtdvalid', TMX_DTD, file)).toEqual({ status: 0, stderr: '' });
    expect(readWithToolkit(file, 'da-DK').find((u) => u.id === 'doc:two')).toMatchObject({ source: TWO_V1, target: TWO_OLD_EDIT });

    const before = await locales(p);
    const refused = await runCommand(tmxImport, p.dir, ['--lang', 'da']);
    expect(refused.code, refused.out).toBe(1);
    expect(refused.err).toContain(`${MEMORY}:15:5  da doc:two  ${DA_FILE} has a different translation that is not older than this unit`);
    expect(refused.err).toContain('nothing was written');
    expect(await locales(p)).toEqual(before);
    expect((await p.statuses('da'))['doc:two']).toBe('stale');

    const forced = await runCommand(tmxImport, p.dir, ['--lang', 'da', '--force']);
    expect(forced.code, forced.err).toBe(0);
    expect(forced.out).toContain('stale       doc:two');
    expect(await p.json(DA_FILE)).toMatchObject({ one: DA.one, two: TWO_OLD_EDIT, three: DA.three });
    await expectTwoStale(p);
  });

  withBoth('without ids (as OmegaT writes its project memory) it matches no entry: nothing changes', async () => {
    const p = await memoryFromBeforeThePull();
    const file = join(p.dir, MEMORY);
    await p.edit(MEMORY, (await p.read(MEMORY)).replaceAll(/ tuid="[^"]*"/gu, ''));
    expect(xmllint('--path', SCHEMAS, '--dtdvalid', TMX_DTD, file)).toEqual({ status: 0, stderr: '' });
    expect(readWithToolkit(file, 'da-DK').map((u) => u.source)).toContain(TWO_V1);
    const before = await locales(p);
    const result = await runCommand(tmxImport, p.dir, ['--lang', 'da', '--force']);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toContain('1 unit(s) match no entry');
    expect(await locales(p)).toEqual(before);
    await expectTwoStale(p);
    expect(await p.json(DA_FILE)).toMatchObject({ two: DA.two });
  });
});
