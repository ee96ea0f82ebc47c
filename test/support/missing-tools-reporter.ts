import type { Reporter } from 'vitest/node';
import { missingTools, skippedLine, SYSTEM_TOOLS, type SystemTool } from './system-tools.ts';

/**
 * A Vitest reporter that repeats, in the last lines of a run, which checks were skipped for a system tool
 * npm cannot install, with the package that brings it: the banner printed where a test file is collected
 * scrolls away in a long log. In CI a missing tool fails the run before this (haveTool throws).
 */
export default class MissingToolsReporter implements Reporter {
  private readonly tools: readonly SystemTool[];

  /** Vitest passes a reporter's options object; tests pass the tools to check. */
  constructor(options: { readonly tools?: readonly SystemTool[] } = {}) {
    this.tools = options.tools ?? SYSTEM_TOOLS;
  }

  onTestRunEnd(): void {
    const missing = missingTools(this.tools);
    if (missing.length === 0) return;
    const packages = [...new Set(missing.map((t) => t.debianPackage))].join(' ');
    const lines = [
      '',
      '!'.repeat(78),
      `!! ${missing.length === 1 ? 'One system tool is' : `${missing.length} system tools are`} missing, so these checks were skipped:`,
      ...missing.map((tool) => `!!   ${skippedLine(tool)}`),
      `!! Install ${missing.length === 1 ? 'it' : 'them'}: apt-get install -y ${packages} (in CI, where they are required, .ci/run installs them)`,
      '!'.repeat(78),
      '',
    ];
    process.stderr.write(`${lines.join('\n')}\n`);
  }
}
