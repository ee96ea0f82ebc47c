import { describe, expect, it, vi } from 'vitest';
import { haveTool, MSGFMT, type SystemTool } from '../support/system-tools.ts';

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
      expect(String(write.mock.calls[0]?.[0])).toContain('no-such-tool is NOT INSTALLED');
      expect(String(write.mock.calls[0]?.[0])).toContain('apt-get install -y no-such-package');
    } finally {
      write.mockRestore();
    }
  });

  it('fails in CI', () => {
    expect(() => haveTool(MISSING, { CI: 'true' })).toThrow(/In CI these checks must run/);
  });
});
