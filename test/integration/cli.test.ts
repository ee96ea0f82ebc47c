import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { documentText, runCommand, expectRefused } from '../support/project.ts';
import { ROOT } from '../support/root.ts';
import { revise, setUp, statuses, translatedInDanish } from '../support/cli-project.ts';

describe('npm run extract', () => {
  it('refuses a broken locale file, naming file, line and column, and writes nothing', async () => {
    const p = await setUp();
    await p.write('locales/da/doc.json', '{\n  "one": "Første"\n  "two": "Andet"\n}\n');
    await revise(p, { one: 'First, edited.' });
    const result = await expectRefused(extract, p);
    expect(result.err).toContain('locales/da/doc.json:2:18');
    expect(result.err).toContain('nothing was written');
    expect((await runCommand(status, p.dir)).code).toBe(2);
    expect((await runCommand(extract, p.dir, ['--check'])).code).toBe(2);
  });

  it('says one thing about a missing opening quote: where it is and what to type, not one error per word', async () => {
    const p = await setUp();
    await p.write('locales/da/doc.json', '{\n  "one": "Første afsnit.",\n  "two": Andet afsnit med flere ord.",\n  "three": ""\n}\n');
    const result = await runCommand(extract, p.dir);
    expect(result.code).toBe(2);
    expect(result.err.split('\n').filter((line) => line.startsWith('error:'))).toEqual([
      expect.stringMatching(/^error:\s+locales\/da\/doc\.json:3:10\s+invalid JSON: this text has no opening quote: add " before Andet$/),
    ]);
  });

  it('reports a placeholder mismatch by language and key and exits 1', async () => {
    const p = await setUp();
    await p.write('locales/fi/ui.json', '{\n  "greeting": "Hei, {{nimi}}"\n}\n');
    const result = await runCommand(extract, p.dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/error:.*fi ui:greeting.*placeholders differ.*\{\{name\}\}.*\{\{nimi\}\}/);
    expect((await runCommand(status, p.dir)).code).toBe(1);
  });
});

describe('npm run status', () => {
  it('prints counts per language and exits 1 below --min-complete', async () => {
    const p = await translatedInDanish();
    const text = await runCommand(status, p.dir, ['--summary']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/da\s+75% complete\s+3 translated, 0 stale, 1 untranslated, 0 obsolete/);
    expect((await runCommand(status, p.dir, ['--lang', 'da', '--min-complete', '75'])).code).toBe(0);
    expect((await runCommand(status, p.dir, ['--lang', 'da', '--min-complete', '80'])).code).toBe(1);
    expect((await runCommand(status, p.dir, ['--min-complete', '50'])).code).toBe(1);
    // Left empty by a script (Number('') is 0), or a number JavaScript reads but a person would not write.
    for (const given of ['lots', '', ' ', '1e2', '101'])
      expect(await runCommand(status, p.dir, ['--min-complete', given]), given).toMatchObject({
        code: 2,
        out: '',
        err: expect.stringContaining(`not "${given}"`),
      });
  });

  it('prints the JSON shape language -> namespace:key -> status', async () => {
    const p = await setUp();
    const json = await statuses(p);
    expect(Object.keys(json)).toEqual([...TARGET_LANGUAGES]);
    expect(json['nb']).toEqual({
      'doc:one': 'untranslated',
      'doc:two': 'untranslated',
      'doc:three': 'untranslated',
      'ui:greeting': 'untranslated',
    });
  });
});

describe('the command-line entry points', () => {
  it('set the process exit code (run as npm does: compiled, through src/commands/run.mjs)', async () => {
    const p = await setUp();
    const launcher = join(ROOT, 'src/commands/run.mjs');
    const cli = (name: string, ...args: string[]) =>
      spawnSync(process.execPath, [launcher, name, ...args], { cwd: p.dir, encoding: 'utf8' });
    expect(cli('extract', '--check').status).toBe(0);
    await p.write('src/documents/doc.md', documentText([['one', 'Changed.']]));
    expect(cli('extract', '--check').status).toBe(1);
    expect(cli('status', '--min-complete', '100').status).toBe(1);
    expect(cli('extract', '--bogus').status).toBe(2);
    expect(cli('no-such-command').status).toBe(2);
  }, 120_000); // a first run compiles the commands: on a loaded CI machine that can take several seconds
});
