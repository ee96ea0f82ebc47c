// A segment of the records log read and checked against the hash its record names (see records.mjs),
// and the error a log changed after it was written is. Plain JavaScript: see git.mjs.
import { segmentHash } from './prints.mjs';

const NEWLINE = 0x0a;
const WINDOW = 1 << 16;

/**
 * A log whose bytes are not what a record wrote there (a byte changed by hand or by a failing disk):
 * broken input, named by file, line and column (of the segment's first byte; the line is its blob's).
 */
export class DamagedLog extends Error {
  /** @param {string} file @param {{ line: number, column: number }} place @param {string} detail */
  constructor(file, place, detail) {
    super(`${file}:${place.line}:${place.column}: ${detail}`);
    this.file = file;
    this.line = place.line;
    this.column = place.column;
    this.detail = detail;
  }
}

/**
 * A segment's content, if the bytes at its place are the ones its record names.
 * @param {import('./log-file.mjs').Source} source
 * @param {{ pos: number, length: number, hash: string, seq: number }} ref
 */
export function readSegment(source, ref) {
  const bytes = source.read(ref.pos, ref.length);
  if (bytes.length !== ref.length || segmentHash(bytes) !== ref.hash)
    throw new DamagedLog(
      source.name,
      placeOf(source, ref.pos),
      `changed after it was written: record ${ref.seq} names bytes ${ref.pos} to ${ref.pos + ref.length} that are not what it wrote. ` +
        'Move the file away to start the records afresh (edits no sync has recorded will then need review).',
    );
  return JSON.parse(bytes.toString('utf8'));
}

/**
 * The 1-based line and column (in bytes) of a byte of the log, for an error.
 * @param {import('./log-file.mjs').Source} source
 * @param {number} pos
 */
function placeOf(source, pos) {
  let line = 1;
  let start = 0;
  for (let at = 0; at < pos; at += WINDOW) {
    const bytes = source.read(at, Math.min(WINDOW, pos - at));
    if (bytes.length === 0) break;
    for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) {
      line += 1;
      start = at + i + 1;
    }
  }
  return { line, column: pos - start + 1 };
}
