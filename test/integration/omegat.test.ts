import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { tmxExport } from '../../src/commands/tmx-export.ts';
import { tmxImport } from '../../src/commands/tmx-import.ts';
import { xliffExport } from '../../src/commands/xliff-export.ts';
import { xliffImport } from '../../src/commands/xliff-import.ts';
import type { Command } from '../../src/commands/shared/command.ts';
import type { ExchangeFormat } from '../../src/core/exchange/formats/format.ts';
import { PO } from '../../src/core/exchange/formats/po.ts';
import { XLIFF } from '../../src/core/exchange/formats/xliff.ts';
import { omegatProject, withOmegat } from '../support/omegat.ts';
import { roundTripProject } from '../support/omegat-fixture.ts';
import { runCommand } from '../support/project.ts';

/**
 * Round trips through the real OmegaT 3.6 (Debian's), as a translator works: the export in the
 * project's source/, this project's memory in tm/, the translator's work in omegat/project_save.tmx,
 * `--mode=console-translate`, and OmegaT's target file imported. The import must bring back exactly
 * the new and revised translations as current and change nothing else. Each round trip prints its
 * figures (units offered, translated, revised, unchanged; how long each step took).
 */

interface Route {
  readonly label: string;
  readonly file: (language: string) => string;
  readonly dir: string;
  readonly export: Command;
  readonly exportArgs: readonly string[];
  readonly import: Command;
  /** How the import reads OmegaT's file. */
  readonly format: ExchangeFormat;
  /** Where the memory goes: tm/auto/ fills the XLIFF's current segments (they come as English), tm/ offers matches. */
  readonly memory: 'auto' | 'matches';
}

const XLIFF_ROUTE: Route = {
  label: 'XLIFF 1.2 (xliff:export --for omegat)',
  file: (l) => `${l}.xlf`,
  dir: 'xliff',
  export: xliffExport,
  exportArgs: ['--for', 'omegat'],
  import: xliffImport,
  format: XLIFF,
  memory: 'auto',
};
const PO_ROUTE: Route = {
  label: 'PO (po:export)',
  file: (l) => `${l}.po`,
  dir: 'po',
  export: poExport,
  exportArgs: [],
  import: poImport,
  format: PO,
  memory: 'matches',
};

async function run(command: Command, dir: string, args: readonly string[]): Promise<number> {
  const started = performance.now();
  const result = await runCommand(command, dir, args);
  expect(result.code, `${result.out}\n${result.err}`).toBe(0);
  return performance.now() - started;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Every file under locales/, by path; not the commands' own log of what they saw (locales/.sync/.records where there
 * is no git), which each run appends to.
 */
async function localesOf(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(join(dir, 'locales'), { recursive: true, withFileTypes: true }))
    if (entry.isFile() && entry.name !== '.records')
      files.set(join(entry.parentPath, entry.name), await readFile(join(entry.parentPath, entry.name), 'utf8'));
  return files;
}

/** Export, OmegaT (offer, translate), import: what changed, and how long each step took. */
async function roundTrip(route: Route) {
  const p = await roundTripProject();
  const o = await omegatProject(p.language);
  const lang = ['--lang', p.language];
  const before = await p.statuses();
  const old = new Map(await Promise.all(Object.keys(before).map(async (id) => [id, await p.translation(id)] as const)));

  const exportMs =
    (await run(route.export, p.dir, [...lang, ...route.exportArgs])) + (await run(tmxExport, p.dir, [...lang, '--for', 'omegat']));
  await o.source(route.file(p.language), await readFile(join(p.dir, route.dir, route.file(p.language)), 'utf8'));
  await o.memory(`${p.language}.tmx`, await readFile(join(p.dir, 'tmx', `${p.language}.tmx`), 'utf8'), route.memory);

  const offered = o.offered();
  // What the translator typed: the new entries, and a revision of one stale paragraph.
  const work = new Map<string, string>();
  for (const id of p.untranslated) work.set(p.english(id), `«${p.language}» ${p.english(id)}`);
  const revision = `${old.get(p.revised) ?? ''} (${p.language}, revised)`;
  work.set(p.english(p.revised), revision);
  for (const source of work.keys()) expect(offered, `OmegaT offers "${source}"`).toContain(source);
  await o.work(work);
  const omegatMs = o.translate();

  const target = await o.target(route.file(p.language));
  await writeFile(join(p.dir, route.dir, route.file(p.language)), target);
  // The current translations OmegaT showed the translator (from the file, or the memory in tm/auto/): they come back as they were.
  // One rightly the same as the English (glossary "sameAsEnglishIn") is shown as the English it equals, and its target
  // cannot be told from one left untranslated, so the import reads it as nothing to change.
  const parsed = route.format.parse(target, { file: route.file(p.language), language: p.language });
  const cameBack = (id: string, translation: string): boolean => {
    const was = old.get(id) ?? '';
    return was !== '' && (translation === was || (was === p.english(id) && translation === ''));
  };
  const shown = parsed.ok ? parsed.value.filter((e) => cameBack(`${e.namespace}:${e.key}`, e.translation)) : [];
  const current = Object.keys(before).filter((id) => before[id] === 'translated');
  const preImport = await localesOf(p.dir);
  const started = performance.now();
  const imported = await runCommand(route.import, p.dir, lang);
  const importMs = performance.now() - started;
  expect(imported.code, imported.err).toBe(0);
  const after = await p.statuses();
  return {
    p,
    o,
    before,
    after,
    old,
    offered,
    imported,
    revision,
    current,
    shown: shown.length,
    preImport,
    times: { exportMs, omegatMs, importMs },
  };
}

type Trip = Awaited<ReturnType<typeof roundTrip>>;

/** Exactly the new and revised translations come back as current; the stale one left alone stays stale, as it was; nothing else changes. */
async function expectExactly({ p, before, after, old, imported, revision, current, shown }: Trip): Promise<void> {
  const changed = [...p.untranslated, p.revised];
  // The translator saw every current translation in OmegaT, and none came back changed.
  expect(shown).toBe(current.length);
  expect(
    imported.out
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
      .sort(),
  ).toEqual(changed.map((id) => `translated  ${id}`).sort());
  for (const id of p.untranslated) {
    expect([id, before[id]]).toEqual([id, 'untranslated']);
    expect([id, after[id], await p.translation(id)]).toEqual([id, 'translated', `«${p.language}» ${p.english(id)}`]);
  }
  expect([before[p.revised], after[p.revised], await p.translation(p.revised)]).toEqual(['stale', 'translated', revision]);
  expect([before[p.leftStale], after[p.leftStale], await p.translation(p.leftStale)]).toEqual(['stale', 'stale', old.get(p.leftStale)]);
  for (const id of Object.keys(before).filter((k) => !changed.includes(k))) {
    expect([id, after[id]]).toEqual([id, before[id]]);
    expect([id, await p.translation(id)]).toEqual([id, old.get(id)]);
  }
}

function report(route: Route, trip: Trip): void {
  const units = Object.keys(trip.before).filter((id) => trip.before[id] !== 'obsolete');
  const distinct = new Set(units.map((id) => trip.p.english(id)));
  const offered = units.filter((id) => trip.offered.includes(trip.p.english(id))).length;
  // Segments that are no unit's English: OmegaT offers a PO file's header as one.
  const others = [...new Set(trip.offered)].filter((segment) => !distinct.has(segment)).length;
  const { exportMs, omegatMs, importMs } = trip.times;
  process.stdout.write(
    `OmegaT round trip, ${route.label}, ${trip.p.language}: ${units.length} units, ${offered} offered (${distinct.size} distinct English texts; ${others} other segment(s) offered), ${trip.shown} of ${trip.current.length} current translations shown, ` +
      `${trip.p.untranslated.length} translated, 1 revised, ${units.length - trip.p.untranslated.length - 1} unchanged; ` +
      `export ${seconds(exportMs)}, OmegaT ${seconds(omegatMs)}, import ${seconds(importMs)}, total ${seconds(exportMs + omegatMs + importMs)}\n`,
  );
}

describe('OmegaT 3.6 round trips', { timeout: 600_000 }, () => {
  withOmegat()(
    'XLIFF for OmegaT: every unit offered as English, new and revised translations come back current, nothing else changes; so does OmegaT’s memory',
    async () => {
      const trip = await roundTrip(XLIFF_ROUTE);
      // OmegaT's filter translates the target: every unit's English is offered, translated or not.
      const units = Object.keys(trip.before).filter((id) => trip.before[id] !== 'obsolete');
      expect(units.filter((id) => !trip.offered.includes(trip.p.english(id)))).toEqual([]);
      await expectExactly(trip);
      report(XLIFF_ROUTE, trip);

      // The memory OmegaT writes beside the project comes back through tmx:import just as the file did.
      const fromFile = await localesOf(trip.p.dir);
      for (const [path, text] of trip.preImport) await writeFile(path, text);
      await writeFile(join(trip.p.dir, 'tmx', `${trip.p.language}.tmx`), await trip.o.projectMemory());
      const fromMemory = await runCommand(tmxImport, trip.p.dir, ['--lang', trip.p.language]);
      expect(fromMemory.code, fromMemory.err).toBe(0);
      expect(fromMemory.out.replace('tmx/', 'xliff/').replace('.tmx', '.xlf')).toBe(trip.imported.out);
      expect(await localesOf(trip.p.dir)).toEqual(fromFile);
    },
  );

  withOmegat()('PO: the same round trip through OmegaT’s PO filter', async () => {
    const trip = await roundTrip(PO_ROUTE);
    await expectExactly(trip);
    report(PO_ROUTE, trip);
  });

  withOmegat()(
    'the standard XLIFF is not for OmegaT’s filter: it offers the targets, so no untranslated unit and no new English',
    async () => {
      const p = await roundTripProject();
      const o = await omegatProject(p.language);
      await run(xliffExport, p.dir, ['--lang', p.language]);
      await o.source(`${p.language}.xlf`, await readFile(join(p.dir, 'xliff', `${p.language}.xlf`), 'utf8'));
      const offered = o.offered();
      for (const id of [...p.untranslated, p.revised, p.leftStale]) expect(offered, id).not.toContain(p.english(id));
      expect(offered).toContain(await p.translation(p.leftStale));
    },
  );
});
