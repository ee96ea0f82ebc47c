// The records log's bytes (see records.mjs for what a record says): read forward line by line, a
// blob's payload skipped unread (its segments are read later one by one when a key is asked for:
// segments.mjs); and a record appended. Plain JavaScript: see git.mjs.
import { Buffer } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { appendFile, mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { segmentHash } from './prints.mjs';

const NEWLINE = 0x0a;
const WINDOW = 1 << 16;

/**
 * Bytes of a log by position. Synchronous: a key's segments are read when a map is asked for it.
 * @typedef {{ size: number, read: (pos: number, length: number) => Buffer, name: string }} Source
 * @typedef {{ kind: 'blob', start: number, end: number, payload: number, length: number }} BlobEntry
 * @typedef {{ kind: 'line', start: number, end: number, text: string | undefined, complete: boolean }} LineEntry
 */

/**
 * The log at `path` as a source (undefined when there is none); `read` opens it for each read, so
 * that nothing stays open between a command's steps.
 * @param {string} path
 * @returns {Source | undefined}
 */
export function fileSource(path) {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
    throw error;
  }
  let size;
  try {
    size = fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
  return {
    size,
    name: path,
    read: (pos, length) => {
      const handle = openSync(path, 'r');
      try {
        return readRange(handle, pos, length);
      } finally {
        closeSync(handle);
      }
    },
  };
}

/** @param {number} fd @param {number} pos @param {number} length */
function readRange(fd, pos, length) {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, bytes, done, length - done, pos + done);
    if (n === 0) break;
    done += n;
  }
  return bytes.subarray(0, done);
}

/**
 * A log's text held in memory as a source.
 * @param {Buffer} data
 * @returns {Source}
 */
export function bufferSource(data) {
  return { size: data.length, name: 'the records', read: (pos, length) => data.subarray(pos, pos + length) };
}

/**
 * The log's entries from byte `from` on: each line (a record, or what a crash left), and each blob
 * ("#N " and N bytes, then a line end) with its payload's place but not its bytes. A line with no end
 * yet is given as incomplete.
 * @param {Source} source
 * @param {number} from
 * @returns {Generator<BlobEntry | LineEntry>}
 */
export function* entries(source, from) {
  /** @type {{ at: number, bytes: Buffer }} */
  let window = { at: 0, bytes: Buffer.alloc(0) };
  /** The bytes from `pos`, at least `min` of them where the log has them. @param {number} pos @param {number} min */
  const cover = (pos, min) => {
    const { at, bytes } = window;
    if (pos >= at && (pos + min <= at + bytes.length || at + bytes.length >= source.size)) return window;
    window = { at: pos, bytes: source.read(pos, Math.min(Math.max(WINDOW, min), source.size - pos)) };
    return window;
  };
  for (let pos = from; pos < source.size;) {
    const blob = blobAt(cover, source.size, pos);
    const next = blob && blob.end + 1 < source.size ? lineAt(cover, source.size, blob.end + 1) : undefined;
    // A blob torn by a crash declares a length that may end on the line end of a later record. So a
    // blob is one only with the record that names it just after it, or, while its line may still be
    // being written, with no line end in it (appendRecord writes none); else it is read as the torn
    // line it is, and hides nothing after it.
    if (blob && (next?.complete ? namesBlob(next, blob) : noLineEnd(cover, blob))) {
      yield blob;
      if (next) yield next;
      pos = (next ?? blob).end + 1;
      continue;
    }
    const line = lineAt(cover, source.size, pos);
    yield line;
    pos = line.end + 1;
  }
}

/**
 * True when a blob's payload holds no line end (read only for a blob whose record is not yet there).
 * @param {(pos: number, min: number) => { at: number, bytes: Buffer }} cover
 * @param {BlobEntry} blob
 */
function noLineEnd(cover, blob) {
  for (let pos = blob.payload; pos < blob.end;) {
    const { at, bytes } = cover(pos, Math.min(WINDOW, blob.end - pos));
    if (at + bytes.length <= pos) return false;
    const found = bytes.indexOf(NEWLINE, pos - at);
    if (found >= 0 && at + found < blob.end) return false;
    pos = at + bytes.length;
  }
  return true;
}

/**
 * True when `line` is the record of `blob`: it names the blob's length, as appendRecord writes them.
 * @param {LineEntry} line
 * @param {BlobEntry} blob
 */
function namesBlob(line, blob) {
  try {
    return line.text !== undefined && JSON.parse(line.text)?.x === blob.length;
  } catch {
    return false;
  }
}

/**
 * A whole blob starting at `pos`, or undefined (none, or one torn by a crash: read as a line).
 * @param {(pos: number, min: number) => { at: number, bytes: Buffer }} cover
 * @param {number} size
 * @param {number} pos
 * @returns {BlobEntry | undefined}
 */
function blobAt(cover, size, pos) {
  const head = cover(pos, 24);
  const match = /^#(\d{1,15}) /.exec(head.bytes.toString('latin1', pos - head.at, pos - head.at + 17));
  if (!match) return undefined;
  const payload = pos + match[0].length;
  const end = payload + Number(match[1]);
  if (end >= size) return undefined;
  const tail = cover(end, 1);
  return tail.bytes[end - tail.at] === NEWLINE ? { kind: 'blob', start: pos, end, payload, length: end - payload } : undefined;
}

/**
 * The line starting at `pos`, up to its end (or the log's). What starts with "#" is no record: its
 * text is not decoded.
 * @param {(pos: number, min: number) => { at: number, bytes: Buffer }} cover
 * @param {number} size
 * @param {number} pos
 * @returns {LineEntry}
 */
function lineAt(cover, size, pos) {
  for (let min = WINDOW; ; min *= 2) {
    const { at, bytes } = cover(pos, min);
    const found = bytes.indexOf(NEWLINE, pos - at);
    const whole = found >= 0;
    if (whole || at + bytes.length >= size) {
      const end = whole ? at + found : size;
      const text = bytes[pos - at] === 0x23 ? undefined : bytes.toString('utf8', pos - at, end - at);
      return { kind: 'line', start: pos, end, text, complete: whole };
    }
  }
}

/**
 * Append one record: its segments (each a JSON value) as one blob, then its line naming them
 * (O_APPEND, one write: concurrent writers each land whole). A log that does not end its last line
 * was torn by a crash: the record starts a line of its own, or the torn line would swallow it and
 * the fold lose it (a false stale).
 * @param {string} log
 * @param {Record<string, unknown>} record
 * @param {ReadonlyArray<readonly ['e' | 's' | 't', string, unknown]>} segments field, group, content
 */
export async function appendRecord(log, record, segments) {
  await mkdir(dirname(log), { recursive: true });
  /** @type {Record<string, Record<string, [number, number, string]>>} */
  const refs = {};
  const parts = [];
  let at = 0;
  for (const [field, group, content] of segments) {
    const bytes = Buffer.from(JSON.stringify(content), 'utf8');
    (refs[field] ??= {})[group] = [at, bytes.length, segmentHash(bytes)];
    parts.push(bytes);
    at += bytes.length;
  }
  const blob = at > 0 ? [Buffer.from(`#${at} `), ...parts, Buffer.from('\n')] : [];
  const line = Buffer.from(`${JSON.stringify({ v: 2, ...record, ...(at > 0 ? { x: at, ...refs } : {}) })}\n`, 'utf8');
  const torn = (await endsTorn(log)) ? [Buffer.from('\n')] : [];
  await appendFile(log, Buffer.concat([...torn, ...blob, line]), { flag: 'a' });
}

/**
 * True when the log's last byte is not a line end.
 * @param {string} log
 */
async function endsTorn(log) {
  const file = await open(log, 'r').catch(() => undefined);
  if (!file) return false;
  try {
    const { size } = await file.stat();
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    await file.read(last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    await file.close();
  }
}
