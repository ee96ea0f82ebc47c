import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { ROOT } from './root.ts';
import { haveTool, TRANSLATE_TOOLKIT, XMLLINT } from './system-tools.ts';

/**
 * The real tools the exchange tests check files with: xmllint (libxml2-utils) with the schemas in
 * test/schemas (vendored, see its README), and Debian's
 * translate-toolkit under /usr/bin/python3. A missing tool fails the run in CI and skips, loudly, elsewhere.
 */

export const SCHEMAS = join(ROOT, 'test/schemas');
export const XLIFF_SCHEMA = join(SCHEMAS, 'xliff-core-1.2-strict.xsd');
export const TMX_DTD = join(SCHEMAS, 'tmx14.dtd');
const PYTHON = '/usr/bin/python3';

/** The test function to use: `it`, or `it.skip` when a tool is missing. */
export type TestFunction = typeof it | typeof it.skip;

/** `it` when xmllint and the schemas are there. */
export function withXmllint(): TestFunction {
  if (!haveTool(XMLLINT)) return it.skip;
  if (existsSync(XLIFF_SCHEMA) && existsSync(TMX_DTD)) return it;
  // The schemas are part of the repository: only a damaged checkout lacks them.
  throw new Error(`The schemas in ${SCHEMAS} are missing: restore them with git checkout -- test/schemas`);
}

/** `it` when translate-toolkit is importable by Debian's python3. */
export function withTranslateToolkit(): TestFunction {
  return haveTool(TRANSLATE_TOOLKIT) ? it : it.skip;
}

export function xmllint(...args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync('xmllint', ['--noout', ...args], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

/** Run a Python snippet under Debian's python3 with translate-toolkit; it prints JSON, which is returned parsed. */
export function python(script: string, ...args: string[]): unknown {
  const result = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}

/** What translate-toolkit reads in an XLIFF or TMX file: per unit its id, source, target and state. */
export interface ToolkitUnit {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly translated: boolean;
  readonly fuzzy: boolean;
  readonly state: string | null;
}

export function readWithToolkit(path: string, targetLanguage?: string): ToolkitUnit[] {
  return python(
    `
import json, sys
from translate.storage import factory
path = sys.argv[1]
store = factory.getobject(path)
units = []
for u in store.units:
    if u.isheader():
        continue
    target = u.target or ''
    state = None
    if path.endswith('.tmx') and len(sys.argv) > 2:
        # A memory holds every language: read the one asked for.
        node = u.getlanguageNode(lang=sys.argv[2])
        if node is None:
            continue
        target = u.getNodeText(node)
    elif path.endswith('.xlf'):
        node = u.getlanguageNode(lang=None, index=1)
        state = node.get('state') if node is not None else None
    units.append({'id': u.getid().split('\\x04')[-1], 'source': u.source, 'target': target, 'translated': bool(u.istranslated()), 'fuzzy': bool(u.isfuzzy()), 'state': state})
print(json.dumps(units))
`,
    path,
    ...(targetLanguage ? [targetLanguage] : []),
  ) as ToolkitUnit[];
}
