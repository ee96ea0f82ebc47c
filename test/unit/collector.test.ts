import { afterEach, describe, expect, it } from 'vitest';
import { heapCollector } from '../../src/node/collector.ts';

const global = globalThis as { gc?: () => void };
const mebibyte = 2 ** 20;

describe('heapCollector', () => {
  const before = global.gc;
  afterEach(() => {
    if (before) global.gc = before;
    else delete global.gc;
  });

  it('collects once the heap has grown by its slack since the last collection, and not before', () => {
    let collections = 0;
    global.gc = () => void collections++;
    const collect = heapCollector(4 * mebibyte);
    collect();
    expect(collections).toBe(1);
    collect();
    expect(collections).toBe(1);
    // Kept alive across the call: 8 MiB more of the heap in use (a million numbers of 8 bytes).
    const held = new Array<number>(mebibyte).fill(0.5);
    collect();
    expect(collections).toBe(2);
    expect(held.length).toBe(mebibyte);
  });

  it('does nothing when Node was started without --expose-gc', () => {
    delete global.gc;
    expect(() => heapCollector(0)()).not.toThrow();
  });
});
