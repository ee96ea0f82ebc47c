// The compiled commands' files (see run.mjs): written whole, and loaded with V8's cache of their code.
// Plain JavaScript, as run.mjs is.
import { createRequire } from 'node:module';

// Through require, as run.mjs says why.
const require = createRequire(import.meta.url);
/** @type {typeof import('node:buffer')} */
const { Buffer } = require('node:buffer');
/** @type {typeof import('node:crypto')} */
const { createHash } = require('node:crypto');
/** @type {typeof import('node:fs')} */
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
/** @type {typeof import('node:path')} */
const { dirname } = require('node:path');
/** @type {typeof import('node:process')} */
const process = require('node:process');
/** @type {typeof import('node:vm')} */
const { Script } = require('node:vm');

/** Written under a temporary name, then renamed: a command starting meanwhile sees the old file or the new. */
export function writeWhole(/** @type {string} */ path, /** @type {string | Uint8Array} */ content) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** V8's code cache of a build, sealed with a digest of its bytes: V8 itself checks only their length. */
const seal = (/** @type {Buffer} */ data) => Buffer.concat([createHash('sha256').update(data).digest(), data]);

/** @param {string} file @returns {Buffer | undefined} the cache's bytes, if it is whole */
function unsealed(file) {
  let sealed;
  try {
    sealed = readFileSync(file);
  } catch {
    return undefined;
  }
  const data = sealed.subarray(32);
  return sealed.length > 32 && createHash('sha256').update(data).digest().equals(sealed.subarray(0, 32)) ? data : undefined;
}

/**
 * Load a build (a CommonJS script), from V8's cache of the code it compiled the last time it ran when
 * there is one: named by the build, so it never serves another; one V8 refuses (another Node, other
 * options) or that is not whole is made anew. Parsing and compiling took about a tenth of a run on this
 * project. `keep` writes the cache after a run, with the code that run compiled. Undefined when the
 * build is gone (run.mjs then builds again).
 * @template T what the script exports
 * @param {string} file
 * @returns {{ built: T, keep: () => void } | undefined}
 */
export function loadScript(file) {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
    throw error;
  }
  const cacheFile = `${file}.v8`;
  const cachedData = unsealed(cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: /** @type {T} */ ({}) };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const keep = () => {
    if (cachedData === undefined || script.cachedDataRejected === true) writeWhole(cacheFile, seal(script.createCachedData()));
  };
  return { built: module.exports, keep };
}
