import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/commands/serve.ts';
import { start } from '../../src/commands/start.ts';
import { commandSpec, LANGUAGE_OPTION, parseCommand, type Command } from '../../src/commands/shared/command.ts';
import { extract } from '../../src/commands/extract.ts';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { status } from '../../src/commands/status.ts';
import { tmxExport } from '../../src/commands/tmx-export.ts';
import { tmxImport } from '../../src/commands/tmx-import.ts';
import { xliffExport } from '../../src/commands/xliff-export.ts';
import { xliffImport } from '../../src/commands/xliff-import.ts';
import { PLAIN } from '../../src/core/report/render.ts';
import { LANGUAGE_CODES, TARGET_LANGUAGES } from '../../src/languages.ts';
import { runCommand, tempProject } from '../support/project.ts';
import { ROOT } from '../support/root.ts';
import { startServe } from '../support/serve-program.ts';

const COMMANDS: readonly (readonly [string, Command, boolean])[] = [
  ['extract', extract, false],
  ['status', status, true],
  ['po:export', poExport, true],
  ['po:import', poImport, true],
  ['xliff:export', xliffExport, true],
  ['xliff:import', xliffImport, true],
  ['tmx:export', tmxExport, true],
  ['tmx:import', tmxImport, true],
  ['serve', serve, false],
];

describe('every command', () => {
  it.each(COMMANDS)('%s: --help prints the usage with the exit codes and exits 0, writing nothing', async (name, command) => {
    const project = await tempProject({ 'README.txt': 'x' });
    const before = await project.snapshot();
    for (const flag of ['--help', '-h']) {
      const result = await runCommand(command, project.dir, [flag]);
      expect(result.code).toBe(0);
      expect(result.out).toContain(`npm run ${name}`);
      expect(result.out).toContain('Exit codes:');
    }
    expect(await project.snapshot()).toEqual(before);
  });

  it.each(COMMANDS)('%s: an unknown option or a stray word is refused by name with the usage, exit 2', async (name, command) => {
    const project = await tempProject({ 'README.txt': 'x' });
    const unknown = await runCommand(command, project.dir, ['--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(new RegExp(`^${name}: Unknown option '--bogus'`));
    expect(unknown.err).toContain(`Usage: npm run ${name}`);
    const stray = await runCommand(command, project.dir, ['stray']);
    expect(stray.code).toBe(2);
    expect(stray.err).toContain("'stray'");
  });

  it.each(COMMANDS.filter(([, , lang]) => lang))(
    '%s: --lang takes only a translated language, named in the refusal',
    async (name, command) => {
      const project = await tempProject({ 'README.txt': 'x' });
      for (const bad of ['xx', 'en', 'DA']) {
        const result = await runCommand(command, project.dir, ['--lang', 'da', '--lang', bad]);
        expect(result.code).toBe(2);
        expect(result.err).toBe(`${name}: --lang ${bad}: not a translated language; one of ${TARGET_LANGUAGES.join(', ')}`);
      }
    },
  );
});

describe('npm start', () => {
  const noBuild = async (): Promise<number> => {
    throw new Error('built, though the options were wrong or only help was asked');
  };

  it.each([
    [['--help'], 0, 'Usage: npm start'],
    [['--port', 'abc'], 2, 'start: --port "abc": not a port; give a number from 0 to 65535'],
    [['--port', '1e3'], 2, 'start: --port "1e3": not a port; give a number from 0 to 65535'],
    [['--port', ''], 2, 'start: --port "": not a port; give a number from 0 to 65535'],
    [['--bogus'], 2, "start: Unknown option '--bogus'"],
    // It serves what it built (dist/); another folder is npm run serve's.
    [
      ['--dir', 'site'],
      2,
      'start: --dir: npm start serves the site it builds, in dist/; npm run serve -- --dir site serves another folder',
    ],
  ])('%j is answered before any build (exit %i)', async (args, code, message) => {
    const project = await tempProject({ 'README.txt': 'x' });
    const result = await runCommand((argv, env) => start(argv, env, { environment: {}, build: noBuild }), project.dir, args);
    expect(result.code).toBe(code);
    expect(`${result.out}${result.err}`).toContain(message);
  });

  it('builds, then serves; a failed build is its exit code, and nothing is served', async () => {
    const project = await tempProject({ 'README.txt': 'x' });
    const built: string[] = [];
    const failed = await runCommand(
      (argv, env) => start(argv, env, { environment: {}, build: async (cwd) => (built.push(cwd), 2) }),
      project.dir,
      ['--port', '0'],
    );
    expect(failed.code).toBe(2);
    expect(built).toEqual([project.dir]);
    expect(failed.out).not.toContain('Serving');
  });
});

describe('parseCommand', () => {
  const spec = commandSpec({ name: 'demo', usage: 'Usage: demo', options: { ...LANGUAGE_OPTION, out: { type: 'string', default: 'po' } } });
  const env = { cwd: '.', out: () => {}, err: () => {}, style: PLAIN };

  it('gives the asked languages once each, in the language list order, and all of them when none is asked', () => {
    const asked = parseCommand(spec, ['--lang', 'sv', '--lang', 'da', '--lang', 'sv'], env);
    expect(asked.ok && asked.languages).toEqual(['da', 'sv']);
    expect(asked.ok && asked.languagesGiven).toBe(true);
    const all = parseCommand(spec, [], env);
    expect(all.ok && all.languages).toEqual(TARGET_LANGUAGES);
    expect(all.ok && all.languagesGiven).toBe(false);
    expect(all.ok && all.values.out).toBe('po');
  });
});

describe('the bin block', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');

  it('answers npm start -- --help at once, without building', () => {
    const result = spawnSync(tsx, [join(ROOT, 'src/commands/start.ts'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm start');
    expect(result.stdout).not.toContain('vite');
  });

  it('sets the exit code: 2 for a bad option of npm run serve', () => {
    const result = spawnSync(tsx, [join(ROOT, 'src/commands/serve.ts'), '--bogus'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("serve: Unknown option '--bogus'");
  });

  it.each([
    [
      'bench:web',
      'src/commands/bench-web.ts',
      ['--lang', 'xx'],
      `bench:web: --lang xx: not a language of the site; one of ${LANGUAGE_CODES.join(', ')}`,
    ],
    // Left empty: Number('') would be 0 runs.
    [
      'bench:web',
      'src/commands/bench-web.ts',
      ['--runs', ''],
      'bench:web: --runs takes a whole number of Lighthouse runs (0: none), not ""',
    ],
    ['bench:extract', 'src/commands/bench-extract.ts', ['--bogus'], "bench:extract: Unknown option '--bogus'"],
    [
      'bench:evidence',
      'src/commands/bench-evidence.ts',
      ['--commits', '1'],
      'bench:evidence: --commits takes a whole number of at least 2',
    ],
  ])('%s refuses bad options with exit 2 before measuring anything', (_name, script, args, message) => {
    const result = spawnSync(tsx, [join(ROOT, script), ...args], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('npm run serve serves the folder it is given on the port it is given', async () => {
    const project = await tempProject({ 'site/index.html': '<!doctype html><title>t</title><p>served</p>' });
    const served = await startServe(['--port', '0', '--dir', 'site'], { cwd: project.dir });
    try {
      const response = await fetch(`${served.url}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('served');
    } finally {
      served.stop();
    }
  });
});
