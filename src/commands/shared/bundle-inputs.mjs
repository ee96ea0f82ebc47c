// What decides a compiled command besides the files esbuild loads (see run.mjs): the package.json files
// that say how a folder's files are read, and the folders whose entries decide what a path or a package name
// resolves to. Each is fingerprinted whether it is there or not, so one appearing, changing or going means a
// new build. Plain JavaScript, as run.mjs is.

import { createRequire } from 'node:module';

// Through require, as run.mjs says why.
const require = createRequire(import.meta.url);
/** @type {typeof import('node:fs')} */
const { readdirSync, readFileSync, readlinkSync } = require('node:fs');
/** @type {typeof import('node:buffer')} */
const { Buffer } = require('node:buffer');
/** @type {typeof import('node:module')} */
const { builtinModules } = require('node:module');
/** @type {typeof import('node:path')} */
const { extname, join, relative, sep } = require('node:path');

/** The folder above a path relative to the root ('' is the root); undefined above the root. @param {string} path */
const parent = (path) => (path === '' ? undefined : path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

const inFolder = (/** @type {string} */ folder, /** @type {string} */ name) => (folder === '' ? name : `${folder}/${name}`);

/** The package a specifier names: `yaml/util` is yaml's, `@scope/name/x` is @scope/name's. @param {string} specifier */
export const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * The package.json files that say how each input is read (its type and sideEffects; a package's main, module
 * and exports): in the input's folder and in every folder above it, up to the project's own.
 * @param {Iterable<string>} inputs paths relative to the root, with /
 * @returns {Set<string>}
 */
export function packageFiles(inputs) {
  const out = new Set();
  for (const input of inputs)
    for (let folder = parent(input); folder !== undefined; folder = parent(folder)) out.add(inFolder(folder, 'package.json'));
  return out;
}

/**
 * The folders whose entries decide which file a path or a name resolves to, written with a final /: the
 * folder of each file loaded from a package (resolution tries extensions and index files, so a new x.jsx
 * beside x.js, or a folder, may be chosen first; the project's own imports name their files exactly, which
 * lint holds them to), and every node_modules folder (and scope) where a package imported by name is looked
 * for, from the importing file's folder up (a package put there, with or without a package.json, or as a
 * single file, would be found before the one bundled).
 * @param {Iterable<string>} loaded the files the build loaded, relative to the root
 * @param {Iterable<{ readonly folder: string, readonly specifier: string }>} imports the importing file's folder (relative to the root) and what it imports by name
 * @returns {Set<string>}
 */
export function listedFolders(loaded, imports) {
  const out = new Set();
  for (const file of loaded) {
    const folder = parent(file);
    if (folder?.split('/').includes('node_modules')) out.add(`${folder}/`);
  }
  for (const { folder, specifier } of imports) {
    const name = packageName(specifier);
    for (let at = /** @type {string | undefined} */ (folder); at !== undefined; at = parent(at)) {
      if (at.endsWith('node_modules')) continue;
      out.add(inFolder(at, 'node_modules/'));
      if (name.includes('/')) out.add(inFolder(at, `node_modules/${name.split('/')[0]}/`));
    }
  }
  return out;
}

/**
 * A folder's entries: each name, with / after a folder's and the target after a link's, separated by NUL (which
 * no name holds); undefined when there is no folder there. Not those whose name starts with a dot, which no
 * resolution of a package or a file chooses (a package's name cannot start with one) and which tools make and
 * remove while they run (node_modules/.vite-temp, an editor's .swp).
 * @param {string} path
 */
export function listing(path) {
  try {
    const names = readdirSync(path, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => {
        if (entry.isDirectory()) return `${entry.name}/`;
        return entry.isSymbolicLink() ? `${entry.name} -> ${readlinkSync(join(path, entry.name))}` : entry.name;
      });
    return Buffer.from(names.sort().join('\0'));
  } catch {
    return undefined;
  }
}

/** @type {Readonly<Record<string, import('esbuild').Loader>>} */
const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.mts': 'ts', '.cts': 'ts', '.json': 'json' };

/** Relative to the root, with /. @param {string} root @param {string} path */
const fromRoot = (root, path) => relative(root, path).split(sep).join('/');

/**
 * An esbuild plugin that reads every file for the build (so the fingerprint is of what was compiled) and notes
 * every package imported by name, with the folder importing it (see listedFolders). @param {string} root
 */
export function watchedBuild(root) {
  /** @type {Map<string, Buffer>} */
  const read = new Map();
  /** @type {{ folder: string, specifier: string }[]} */
  const imports = [];
  const reader = {
    name: 'fingerprint',
    setup(/** @type {import('esbuild').PluginBuild} */ plugin) {
      plugin.onResolve({ filter: /^[^./]/ }, (args) => {
        if (!args.path.startsWith('node:') && !builtinModules.includes(args.path))
          imports.push({ folder: fromRoot(root, args.resolveDir), specifier: args.path });
        return undefined;
      });
      plugin.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const contents = readFileSync(args.path);
        read.set(fromRoot(root, args.path), contents);
        return { contents, loader: LOADERS[extname(args.path)] ?? 'js' };
      });
    },
  };
  return { reader, read, imports };
}
