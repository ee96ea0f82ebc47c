import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripDefaults } from '../../src/site/plugins/strip-defaults.ts';
import { ROOT } from '../support/root.ts';

describe('stripDefaults (the browser build drops English copies of interface strings)', () => {
  it('empties defaultValue strings, escapes included, and leaves the other options', () => {
    expect(stripDefaults("t('a.b', { defaultValue: 'It\\'s {{n}}', n: 2 })")).toBe("t('a.b', { defaultValue: '', n: 2 })");
    expect(stripDefaults("t('a', { defaultValue: 'x' }); t('b', { defaultValue: 'y' })")).toBe(
      "t('a', { defaultValue: '' }); t('b', { defaultValue: '' })",
    );
  });

  it('drops a <Trans> defaults attribute, keeping its key and components', () => {
    expect(stripDefaults('<Trans i18nKey="n.o" defaults="See <a>this</a>" components={{ a: <a /> }} />')).toBe(
      '<Trans i18nKey="n.o" components={{ a: <a /> }} />',
    );
  });

  it('leaves code without such strings untouched, and every app module still parses as before in shape', () => {
    const source = "const label = 'defaultValue'; call({ other: 'x' });";
    expect(stripDefaults(source)).toBe(source);
    const reader = readFileSync(join(ROOT, 'src/app/components/Notices.tsx'), 'utf8');
    const stripped = stripDefaults(reader);
    expect(stripped).not.toMatch(/defaultValue: '[^']/);
    expect(stripped).not.toContain('defaults=');
    expect(stripped.split('\n')).toHaveLength(reader.split('\n').length);
  });
});
