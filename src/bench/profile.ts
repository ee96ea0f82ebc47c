import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A V8 CPU profile (node --cpu-prof) as time per function, to set runs of different sizes side by
 * side: a step whose time grows by much more than the corpus does is not linear. Functions of the
 * compiled command are named by the source file esbuild's comments place them in.
 */
export type ProfileSummary = ReadonlyMap<string, number>;

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** For a bundle: the first line of each module's code, and its source path (`// src/core/sync/merge.ts`). */
function moduleStarts(path: string): { line: number; source: string }[] {
  const starts: { line: number; source: string }[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, line) => {
      const source = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text)?.[1];
      if (source) starts.push({ line, source });
    });
  return starts;
}

function sourceOf(url: string, line: number, bundles: Map<string, { line: number; source: string }[]>): string {
  if (!url.startsWith('file:')) return url === '' ? '(V8)' : url;
  const path = fileURLToPath(url);
  if (!/\/dist-cli\//.test(path)) return path.replace(/^.*\/node_modules\//, 'node_modules/');
  let starts = bundles.get(path);
  if (!starts) bundles.set(path, (starts = moduleStarts(path)));
  let source = 'dist-cli';
  for (const start of starts) if (start.line <= line) source = start.source;
  return source.replace(/^node_modules\/(?:\.pnpm\/)?((?:@[^/]+\/)?[^/]+)\/.*$/, '$1');
}

/** Self time in ms by function (`name (source)`), of the one profile in `dir`; idle time left out. */
export function summariseProfile(dir: string): ProfileSummary {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no CPU profile in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const bundles = new Map<string, { line: number; source: string }[]>();
  const names = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    names.set(node.id, `${functionName || '(anonymous)'} (${sourceOf(url, lineNumber, bundles)})`);
  }
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const name = names.get(id) ?? '?';
    if (name.startsWith('(idle)')) return;
    out.set(name, (out.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

/** The steps that take the most time in the largest run, with their time at every size and the growth per 10x. */
export function growthRows(sizes: readonly number[], profiles: readonly ProfileSummary[], top: number): string[] {
  const largest = profiles[profiles.length - 1] ?? new Map<string, number>();
  const names = [...largest].sort((a, b) => b[1] - a[1]).slice(0, top);
  const header = `| step (self time) | ${sizes.map((s) => `${s.toLocaleString('en')} ms`).join(' | ')} | growth per 10x |`;
  const rows = names.map(([name]) => {
    const times = profiles.map((p) => p.get(name) ?? 0);
    const growth = times.slice(1).map((t, i) => {
      const before = times[i] ?? 0;
      const factor = before > 0 ? Math.pow(t / before, 1 / Math.log10((sizes[i + 1] ?? 1) / (sizes[i] ?? 1))) : NaN;
      return Number.isFinite(factor) ? `${factor.toFixed(1)}x` : '-';
    });
    return `| ${name} | ${times.map((t) => t.toFixed(0)).join(' | ')} | ${growth.join(', ')} |`;
  });
  return [header, `|---|${sizes.map(() => '---:').join('|')}|---|`, ...rows];
}
