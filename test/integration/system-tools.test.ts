import { describe, expect, it, vi } from 'vitest';
import { haveTool, missingTools, MSGFMT, type SystemTool } from '../support/system-tools.ts';
import MissingToolsReporter from '../support/missing-tools-reporter.ts';

const MISSING: SystemTool = {
  name: 'no-such-tool',
  probe: ['nordefco-no-such-tool-xyz', '--version'],
  debianPackage: 'no-such-package',
  checks: 'nothing',
};

describe('system tools the tests need', () => {
  it('finds an installed tool', () => {
    expect(haveTool({ ...MSGFMT, probe: [process.execPath, '--version'] }, {})).toBe(true);
  });

  it('skips loudly outside CI, naming the Debian package', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(haveTool(MISSING, {})).toBe(false);
      expect(String(write.mock.calls[0]?.[0])).toContain('no-such-tool is not installed, so the tests of nothing are skipped');
      expect(String(write.mock.calls[0]?.[0])).toContain('apt-get install -y no-such-package');
    } finally {
      write.mockRestore();
    }
  });

  it('fails in CI', () => {
    expect(() => haveTool(MISSING, { CI: 'true' })).toThrow(/In CI these checks must run/);
  });

  it('repeats at the end of the run which checks were skipped, with the packages to install', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      new MissingToolsReporter({ tools: [MISSING, { ...MSGFMT, probe: [process.execPath, '--version'] }] }).onTestRunEnd();
      const text = write.mock.calls.map((c) => String(c[0])).join('');
      expect(text).toContain('One system tool is missing, so these checks were skipped:');
      expect(text).toContain('no-such-tool is not installed');
      expect(text).toContain('Install it: apt-get install -y no-such-package');
      expect(text).not.toContain('msgfmt');
    } finally {
      write.mockRestore();
    }
  });

  it('says nothing at the end of the run when every tool is there', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      new MissingToolsReporter({ tools: [{ ...MSGFMT, probe: [process.execPath, '--version'] }] }).onTestRunEnd();
      expect(write).not.toHaveBeenCalled();
      expect(missingTools([MISSING])).toEqual([MISSING]);
    } finally {
      write.mockRestore();
    }
  });
});
