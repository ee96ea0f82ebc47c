import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reuseReader } from '../../src/node/reuse-reader.ts';
import { tempDir } from '../support/project.ts';

describe('reuseReader', () => {
  it('gives each file of a group whole, however large, and the group before its own buffer back', async () => {
    const dir = await tempDir();
    const sizes = [0, 10, 700_000, 1 << 20, 3_000_001, 5];
    const paths = sizes.map((size, i) => {
      const path = join(dir, `f${i}`);
      writeFileSync(path, Buffer.alloc(size, 97 + i));
      return path;
    });
    const reader = reuseReader();
    for (let round = 0; round < 2; round++) {
      reader.begin();
      // A group that outgrows the buffer: the views given before it grew still hold their files.
      const views = paths.map((path) => reader.read(path));
      views.forEach((view, i) => expect(Buffer.from(view).equals(readFileSync(paths[i] ?? ''))).toBe(true));
    }
  });
});
