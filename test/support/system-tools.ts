import { spawnSync } from 'node:child_process';

/** A program some tests need that npm cannot install: the Debian package that brings it. */
export interface SystemTool {
  readonly name: string;
  /** A command that exits 0 when the tool works. */
  readonly probe: readonly [string, ...string[]];
  readonly debianPackage: string;
  readonly checks: string;
}

export const MSGFMT: SystemTool = {
  name: 'GNU msgfmt',
  probe: ['msgfmt', '--version'],
  debianPackage: 'gettext',
  checks: 'the exported PO files',
};
export const MSGMERGE: SystemTool = {
  name: 'GNU msgmerge',
  probe: ['msgmerge', '--version'],
  debianPackage: 'gettext',
  checks: 'PO files as msgmerge rewrites them',
};
export const XMLLINT: SystemTool = {
  name: 'xmllint',
  probe: ['xmllint', '--version'],
  debianPackage: 'libxml2-utils',
  checks: 'XLIFF and TMX files against their schemas',
};
export const TRANSLATE_TOOLKIT: SystemTool = {
  name: 'translate-toolkit',
  probe: ['/usr/bin/python3', '-c', 'from translate.storage import factory'],
  debianPackage: 'translate-toolkit',
  checks: 'whether another tool reads the XLIFF and TMX files',
};
export const PDFTOTEXT: SystemTool = {
  name: 'pdftotext',
  probe: ['pdftotext', '-v'],
  debianPackage: 'poppler-utils',
  checks: 'the text of the PDFs',
};

export const OMEGAT: SystemTool = {
  name: 'OmegaT',
  probe: ['omegat', '--help'],
  debianPackage: 'omegat',
  checks: 'round trips of the XLIFF, PO and TMX files through a real CAT tool',
};

/** Every tool above: the list the end-of-run summary checks (missing-tools-reporter.ts). */
export const SYSTEM_TOOLS: readonly SystemTool[] = [MSGFMT, MSGMERGE, XMLLINT, TRANSLATE_TOOLKIT, PDFTOTEXT, OMEGAT];

function installed(tool: SystemTool): boolean {
  const [command, ...args] = tool.probe;
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/** The tools of `tools` that are not installed here. */
export function missingTools(tools: readonly SystemTool[] = SYSTEM_TOOLS): SystemTool[] {
  return tools.filter((tool) => !installed(tool));
}

/** The one line that says what is skipped for want of `tool` and how to install it. */
export function skippedLine(tool: SystemTool): string {
  return `${tool.name} is not installed, so the tests of ${tool.checks} are skipped; install it with apt-get install -y ${tool.debianPackage}`;
}

/**
 * Whether `tool` is installed. When it is not, say so loudly; in CI (where `CI` is set) throw, so the run
 * fails instead of passing with checks left out. Call it where the test file is collected, for `skipIf`.
 * The reporter repeats what was skipped in the last lines of the run, where it is seen.
 */
export function haveTool(tool: SystemTool, environment: NodeJS.ProcessEnv = process.env): boolean {
  if (installed(tool)) return true;
  announceMissing([skippedLine(tool)], `In CI these checks must run (.ci/run installs ${tool.debianPackage}).`, environment);
  return false;
}

/**
 * The one banner for checks skipped for want of a tool (a system program, Chromium), where it is seen
 * among the test output; in CI (where `CI` is set) an error instead, so the run fails rather than passing without them.
 */
export function announceMissing(lines: readonly string[], inCi: string, environment: NodeJS.ProcessEnv = process.env): void {
  const banner = ['!'.repeat(78), ...lines.map((line) => `!! ${line}`), '!'.repeat(78)].join('\n');
  if (environment['CI']) throw new Error(`\n${banner}\n${inCi}`);
  process.stderr.write(`\n${banner}\n`);
}
