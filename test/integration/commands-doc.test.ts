import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/root.ts';

/**
 * docs/commands.md is generated from each command's --help, so that the commands are documented once, in the
 * code: after changing a usage text (or adding a command), regenerate it with
 *   npx vitest run test/integration/commands-doc.test.ts -u
 */
const TSX = join(ROOT, 'node_modules/.bin/tsx');
/** A script that runs a command: with tsx, or through the launcher of the compiled ones (src/commands/run.mjs), after Node's options (`--no-opt`, `--heap-growing-percent=20`). */
const COMMAND = /^(?:tsx src\/commands\/([\w-]+)\.ts|node (?:--[\w-]+(?:=\w+)? )*src\/commands\/run\.mjs ([\w-]+))$/;

/** npm scripts with no --help of their own: what each is for, in one line. */
const OTHER_SCRIPTS: Record<string, string> = {
  dev: 'the development server, with hot reload and the in-place editor, at http://localhost:5173/',
  build: 'checks the documents and `locales/` (a broken file or `locales/` out of step: exit 2), then builds the site into `dist/`',
  typecheck: 'the TypeScript check',
  test: 'every check and test, as CI runs them (see [maintaining.md](maintaining.md#tests-and-ci))',
  'test:fast':
    'the unit and component tests (no git repositories, command runs, spawned programs, kill loops or property runs): its time, measured, is in maintaining.md',
  'test:integration': 'the tests that run git, other processes, kill loops and property runs',
  'test:browser': 'the browser tests (after `npm run build`)',
  size: 'the bundle budgets in `.size-limit.json`, each with its reason in its name: exit 1 over budget',
  format: 'formats the code with Prettier',
  'format:check': 'checks the code is formatted',
  lint: 'ESLint and knip',
  prepare:
    'run by `npm install` and `npm ci`, not by hand: sets up the git hooks that record each HEAD move (see [maintaining.md](maintaining.md#working-in-git-the-guarantees)); outside a git working tree it does nothing',
};

/** The order of the table: the reader's and publisher's commands, the translator's, the maintainer's; others after. */
const ORDER = [
  'start',
  'serve',
  'pdf',
  'status',
  'extract',
  'po:export',
  'po:import',
  'xliff:export',
  'xliff:import',
  'tmx:export',
  'tmx:import',
];
const rank = (name: string): number => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

const GENERAL = `Every command below takes \`-h\`/\`--help\`, which prints the text shown here. An unknown option or a stray word is
refused with exit 2 and the usage; \`--lang\` takes one of the translated languages (every code in
\`src/languages.ts\` but \`en\`) and may be repeated. Exit code 3 means an unexpected failure (a disk error, a bug):
the message names the command and the cause. An export and its import name their folder alike, \`--dir\`: the
export writes into it, the import reads it back (the exports' old \`--out\` is refused, naming \`--dir\`). Every
command that reads or writes \`locales/\` holds the project lock: one held by another command is waited for, then
refused by name (exit 1, nothing written).`;

function help(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join('src/commands', file), '--help'], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out.trimEnd()) : reject(new Error(`${file} --help exited with ${code}`))));
  });
}

const typed = (script: string): string => (script === 'start' || script === 'test' ? `npm ${script}` : `npm run ${script}`);
/** GitHub's anchor for a heading. */
const anchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');

/**
 * What a command does, for the table: its description's first sentence, or less, up to a colon outside
 * parentheses that follows six words or more (the details after it are in the --help text below the table).
 */
function firstClause(description: string): string {
  let depth = 0;
  for (let i = 0; i < description.length; i++) {
    const char = description[i];
    const next = description[i + 1] ?? ' ';
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0 && /\s/.test(next) && char === '.' && description[i - 1] !== '.') return description.slice(0, i);
    else if (depth === 0 && /\s/.test(next) && char === ':' && description.slice(0, i).split(' ').length >= 6)
      return description.slice(0, i);
  }
  return description.replace(/\.$/, '');
}

/** What the command does, and its exit codes line, from its --help. */
function summary(text: string): { what: string; exits: string } {
  const paragraphs = text.split(/\n\s*\n/);
  // Its exit codes paragraph may be wrapped (bench:extract's is): one line in the table.
  const exits = /^Exit codes: (.+(?:\n.+)*)/m.exec(text)?.[1]?.replace(/\s*\n\s*/g, ' ') ?? '';
  return { what: firstClause((paragraphs[1] ?? '').replace(/\s*\n\s*/g, ' ')), exits: exits.replace(/\.$/, '').replace(/\|/g, '\\|') };
}

async function commandsDoc(): Promise<string> {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const commands = Object.entries(scripts)
    .flatMap(([name, line]) => {
      const match = COMMAND.exec(line);
      const base = match?.[1] ?? match?.[2];
      return base === undefined ? [] : [{ name, file: `${base}.ts` }];
    })
    .sort((a, b) => rank(a.name) - rank(b.name));
  const others = Object.keys(scripts).filter((name) => !commands.some((c) => c.name === name));
  const undescribed = others.filter((name) => OTHER_SCRIPTS[name] === undefined);
  if (undescribed.length > 0) throw new Error(`describe the npm script(s) ${undescribed.join(', ')} in OTHER_SCRIPTS of this test`);
  const helps = await Promise.all(commands.map((c) => help(c.file)));
  return (
    [
      '# Commands',
      "<!-- Generated from each command's --help by test/integration/commands-doc.test.ts: change the usage text in src/commands/,\n     then run npx vitest run test/integration/commands-doc.test.ts -u -->",
      GENERAL,
      [
        '| command | what it does | exit codes |',
        '|---|---|---|',
        ...commands.map((c, i) => {
          const { what, exits } = summary(helps[i] ?? '');
          return `| [\`${typed(c.name)}\`](#${anchor(typed(c.name))}) | ${what} | ${exits} |`;
        }),
      ].join('\n'),
      [
        'The other scripts:',
        '',
        '| script | what it does |',
        '|---|---|',
        ...others.map((name) => `| \`${typed(name)}\` | ${OTHER_SCRIPTS[name] ?? ''} |`),
      ].join('\n'),
      ...commands.map((c, i) => `## ${typed(c.name)}\n\n\`\`\`text\n${helps[i] ?? ''}\n\`\`\``),
    ].join('\n\n') + '\n'
  );
}

describe('docs/commands.md', () => {
  it('is what the commands say of themselves with --help (regenerate: npx vitest run test/integration/commands-doc.test.ts -u)', async () => {
    await expect(await commandsDoc()).toMatchFileSnapshot(join(ROOT, 'docs/commands.md'));
  }, 120_000);
});
