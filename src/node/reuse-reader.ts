import { Buffer } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Files read into one buffer, reused from one group of files to the next (a namespace's, which extract
 * hashes, and decodes only when it plans the namespace afresh): a large project's every file then costs
 * no memory of its own, only the buffer, as large as the largest group. A view stays valid until the
 * group after it begins (`begin`); nothing may keep one longer.
 */
export function reuseReader() {
  let buffer = Buffer.allocUnsafe(1 << 20);
  let used = 0;
  /** Room for `more` bytes after those in use; views already given keep the old buffer. */
  const room = (more: number): void => {
    if (used + more <= buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(buffer.length * 2, used + more));
    buffer.copy(grown, 0, 0, used);
    buffer = grown;
  };
  return {
    begin(): void {
      used = 0;
    },
    /** The file's bytes, read to its end (it may have grown since its size was asked). */
    read(path: string): Uint8Array {
      const fd = openSync(path, 'r');
      try {
        const start = used;
        room(fstatSync(fd).size + 1);
        for (;;) {
          if (used === buffer.length) room(buffer.length);
          const read = readSync(fd, buffer, used, buffer.length - used, null);
          if (read === 0) return buffer.subarray(start, used);
          used += read;
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}
