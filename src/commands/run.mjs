// The launcher of the commands translators run after every edit (`npm run extract`, `npm run status`):
// each runs as JavaScript compiled from src/ into dist-cli/ by esbuild, instead of tsx compiling the
// TypeScript at every start. Plain JavaScript, so that it needs no compiling itself.
//
// A compiled command is never trusted over the sources: its manifest lists every file the build
// read (the sources and the packages bundled with them) with a fingerprint of their contents, and
// each start reads those files again and compares. Anything changed, added to or removed from them
// (or this launcher, which holds the build options) means a new build before the command runs.
// File times are not asked: a checkout or an editor can leave them as they were.
import { createRequire } from 'node:module';
import { EXIT } from './shared/exit.mjs';
import { listedFolders, listing, packageFiles, watchedBuild } from './shared/bundle-inputs.mjs';
import { digest, loadScript, writeWhole } from './shared/compiled.mjs';

// Node's modules through require, not import: an import of one reads every export, its lazy ones too
// (node:fs's promises, with streams and readline; node:process's report; node:crypto's webcrypto),
// each more modules to load at every start.
const require = createRequire(import.meta.url);
/** @type {typeof import('node:crypto')} */
const { createHash } = require('node:crypto');
/** @type {typeof import('node:fs')} */
const { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync } = require('node:fs');
/** @type {typeof import('node:buffer')} */
const { Buffer } = require('node:buffer');
/** @type {typeof import('node:path')} */
const { join } = require('node:path');
/** @type {typeof import('node:process')} */
const process = require('node:process');
/** @type {typeof import('node:url')} */
const { fileURLToPath, URL } = require('node:url');

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'dist-cli');
/** The launcher and what it takes a build's inputs from: a change to either may change a build. */
const SELF = [fileURLToPath(import.meta.url), fileURLToPath(new URL('./shared/bundle-inputs.mjs', import.meta.url))];

/** The commands run this way: name -> source file and the function it exports. */
const COMMANDS = {
  extract: { file: 'src/commands/extract.ts', name: 'extract' },
  status: { file: 'src/commands/status.ts', name: 'status' },
};

/** @param {string} name @returns {name is keyof typeof COMMANDS} */
const isCommand = (name) => Object.hasOwn(COMMANDS, name);

/** What a build exports (see its entry in `build`). */
/** @typedef {{ command: import('./shared/command.ts').Command, runAsProgram: typeof import('./shared/command.ts').runAsProgram }} Built */

/**
 * Read though not bundled, so part of what a build is: the compiler the code scan loads, esbuild, and npm's
 * record of what it installed (rewritten at each install, also of a package nested where it is found first).
 */
const ALSO = ['node_modules/typescript/package.json', 'node_modules/esbuild/package.json', 'node_modules/.package-lock.json'];

/**
 * A reader of whole files into one buffer, reused from file to file (the launcher's memory is the
 * command's): each file's bytes are valid until the next read; undefined for a file that cannot be read.
 * @returns {(path: string) => Buffer | undefined}
 */
function fileReader() {
  let buffer = Buffer.allocUnsafe(1 << 16);
  return (path) => {
    let fd;
    try {
      fd = openSync(path, 'r');
      for (let used = 0; ;) {
        if (used === buffer.length) {
          const grown = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(grown, 0, 0, used);
          buffer = grown;
        }
        const read = readSync(fd, buffer, used, buffer.length - used, null);
        if (read === 0) return buffer.subarray(0, used);
        used += read;
      }
    } catch {
      // Not there, or not a file (a folder named package.json): no contents; its folder's listing shows it.
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };
}

/**
 * The fingerprint of a build: this launcher, then each input's path and contents (a missing file counts too;
 * a path ending in / is a folder, and its contents are its entries' names).
 * @param {readonly string[]} inputs paths relative to the root
 * @param {(path: string) => Buffer | undefined} read each file's bytes, used before the next is read
 */
function fingerprint(inputs, read) {
  const hash = createHash('sha256');
  for (const own of SELF) hash.update(readFileSync(own));
  for (const path of [...inputs, ...ALSO]) {
    const content = read(path);
    hash.update(`\0${path}\0${content === undefined ? 'missing' : content.length}\0`);
    if (content) hash.update(content);
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * What the fingerprint reads of a path: a file's bytes, a folder's entries (a path ending in /), or undefined.
 * @param {(path: string) => Buffer | undefined} readFile
 */
const contentsWith = (readFile) => (/** @type {string} */ path) =>
  path.endsWith('/') ? listing(join(ROOT, path)) : readFile(join(ROOT, path));

/** A file's bytes, a copy of their own; undefined when it cannot be read. @param {string} path */
function copyOf(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** @param {string} command @returns {{ hash: string, inputs: string[], output: string } | undefined} */
function readManifest(command) {
  try {
    const manifest = JSON.parse(readFileSync(join(OUT, `${command}.json`), 'utf8'));
    return typeof manifest.hash === 'string' && Array.isArray(manifest.inputs) && typeof manifest.output === 'string'
      ? manifest
      : undefined;
  } catch {
    return undefined;
  }
}

const bundleOf = (/** @type {string} */ command, /** @type {string} */ hash) => join(OUT, `${command}-${hash}.cjs`);

/**
 * Build a command: one script with its sources and packages (TypeScript, loaded only to scan
 * changed code, stays outside). Every file is read here, so the fingerprint is of what was compiled.
 * @param {keyof typeof COMMANDS} command
 */
async function build(command) {
  const { file, name } = COMMANDS[command];
  const { build: esbuild } = await import('esbuild');
  // What the last build depended on, as it is before this one starts: one of them changed while esbuild ran
  // (an install, a package made by hand) then counts as changed after it, and the next run builds again.
  const before = contentsWith(copyOf);
  const earlier = new Map([...(readManifest(command)?.inputs ?? []), ...ALSO].map((path) => [path, before(path)]));
  const { reader, read, imports } = watchedBuild(ROOT);
  const result = await esbuild({
    stdin: {
      contents: `export { ${name} as command } from './${file}';\nexport { runAsProgram } from './src/commands/shared/command.ts';\n`,
      resolveDir: ROOT,
      sourcefile: `${command}-entry.js`,
    },
    absWorkingDir: ROOT,
    bundle: true,
    // Paths as the project sees them, through a linked package's link: the fingerprint then reads what the link
    // points at now.
    preserveSymlinks: true,
    platform: 'node',
    // A script, not an ES module, so that V8 can keep its compiled code (see compiled.mjs); Node's modules are
    // then taken with require, as the launcher takes its own.
    format: 'cjs',
    target: 'node20',
    external: ['typescript', 'esbuild'],
    // The packages' ES module builds: jsonc-parser's CommonJS one chooses its files at run time, which no bundler follows.
    mainFields: ['module', 'main'],
    // The sources' import.meta.url (the TypeScript compiler is found from it) is the build's own file.
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__bundleUrl' },
    // The compiler options that change the output, stated here rather than read from tsconfig files.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', useDefineForClassFields: true, verbatimModuleSyntax: true } },
    plugins: [reader],
    write: false,
    logLevel: 'error',
    minifyWhitespace: true,
  });
  const inputs = [...new Set([...read.keys(), ...packageFiles(read.keys()), ...listedFolders(read.keys(), imports)])].sort();
  const now = contentsWith(fileReader());
  const hash = fingerprint(inputs, (path) => read.get(path) ?? (earlier.has(path) ? earlier.get(path) : now(path)));
  mkdirSync(OUT, { recursive: true });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = digest(bytes);
  writeWhole(bundleOf(command, hash), bytes);
  // The output's own digest too: a build damaged or changed since is built again, never run (see loadScript).
  writeWhole(join(OUT, `${command}.json`), `${JSON.stringify({ hash, inputs, output }, null, 2)}\n`);
  // Earlier builds of this command and their code caches (not the files another build is writing); one a
  // command started a moment ago still runs from stays readable (it is loaded).
  for (const old of readdirSync(OUT))
    if (old.startsWith(`${command}-`) && /\.cjs(\.v8)?$/.test(old) && !old.startsWith(`${command}-${hash}.`))
      rmSync(join(OUT, old), { force: true });
  return { hash, output };
}

/**
 * The build to run: the last one if every file it was made from is unchanged, else a new one; with
 * `rebuild`, a new one anyway (the last would not load). @param {keyof typeof COMMANDS} command
 * @param {{ rebuild: boolean }} options @returns {Promise<{ hash: string, output: string }>}
 */
async function current(command, { rebuild }) {
  const manifest = readManifest(command);
  const read = fileReader();
  if (!rebuild && manifest && fingerprint(manifest.inputs, contentsWith(read)) === manifest.hash) {
    if (existsSync(bundleOf(command, manifest.hash))) return manifest;
  }
  return build(command);
}

async function main() {
  const command = process.argv[2] ?? '';
  if (!isCommand(command)) {
    process.stderr.write(`run.mjs: no command "${command}"; one of ${Object.keys(COMMANDS).join(', ')}\n`);
    return EXIT.broken;
  }
  /** @type {ReturnType<typeof loadScript<Built>>} */
  let loaded;
  let hash = '';
  // Twice at most: a build finished by another command between this one's check and its load removes the
  // older file; one damaged since it was made is made again.
  for (let attempt = 0; loaded === undefined; attempt++) {
    let output;
    try {
      ({ hash, output } = await current(command, { rebuild: attempt > 0 }));
    } catch (error) {
      process.stderr.write(
        `npm run ${command}: the commands could not be compiled from src/ (${error instanceof Error ? error.message : String(error)})\n`,
      );
      return EXIT.unexpected;
    }
    loaded = loadScript(bundleOf(command, hash), output);
    if (loaded === undefined && attempt > 0) throw new Error(`${bundleOf(command, hash)} cannot be read as built`);
  }
  // The command reads its arguments after the program's name, as when run directly.
  process.argv.splice(1, 2, bundleOf(command, hash));
  await loaded.built.runAsProgram(command, loaded.built.command, {
    // Each command's own: they are kept for one build, and extract and status alternate.
    codeScan: { file: join(OUT, `code-scan-${command}.json`), build: hash },
    planCache: { file: join(OUT, `namespace-plans-${command}.json`), build: hash },
  });
  // A cache that cannot be written is only missed.
  try {
    loaded.keep();
  } catch {
    // (the next run compiles again)
  }
  return undefined;
}

const code = await main();
if (code !== undefined) process.exitCode = code;
