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
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
/** @type {typeof import('node:path')} */
const { dirname } = require('node:path');
/** @type {typeof import('node:process')} */
const process = require('node:process');
/** @type {typeof import('node:vm')} */
const { Script } = require('node:vm');

/** Written under a temporary name, then renamed: a command starting meanwhile sees the old file or the new. */
export function writeWhole(/** @type {string} */ path, /** @type {string | Uint8Array} */ content) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The SHA-256 of a build's bytes, in hex. @param {Uint8Array} bytes */
export const digest = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * V8's code cache of a build, sealed with a digest of its bytes and of the build's: V8 itself checks only
 * the lengths. @param {string} source the build's digest @param {Buffer} data
 */
const sealOf = (source, data) => createHash('sha256').update(source).update(data).digest();

/** @param {string} file @param {string} source the build's digest @returns {Buffer | undefined} the cache's bytes, if whole and this build's */
function unsealed(file, source) {
  let sealed;
  try {
    sealed = readFileSync(file);
  } catch {
    return undefined;
  }
  const data = sealed.subarray(32);
  return sealed.length > 32 && sealOf(source, data).equals(sealed.subarray(0, 32)) ? data : undefined;
}

/**
 * Load a build (a CommonJS script) when its bytes are the ones built (`built`, their digest); else
 * undefined (gone, damaged or changed since: run.mjs builds again). With V8's cache of the code it
 * compiled the last time it ran, when there is one sealed for these bytes; one V8 refuses (another Node,
 * other options) or that is not whole is made anew. Parsing and compiling took about a tenth of a run
 * on this project. `keep` writes the cache after a run, with the code that run compiled.
 * @template T what the script exports
 * @param {string} file
 * @param {string} built
 * @returns {{ built: T, keep: () => void } | undefined}
 */
export function loadScript(file, built) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (digest(bytes) !== built) return undefined;
  const cacheFile = `${file}.v8`;
  const cachedData = unsealed(cacheFile, built);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: /** @type {T} */ ({}) };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const keep = () => {
    if (cachedData !== undefined && script.cachedDataRejected !== true) return;
    const data = script.createCachedData();
    writeWhole(cacheFile, Buffer.concat([sealOf(built, data), data]));
  };
  return { built: module.exports, keep };
}
