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
    // The heap as this test says it is: V8's own collections would move the real one under the test.
    let heap = 10 * mebibyte;
    let collections = 0;
    global.gc = () => {
      collections++;
      heap -= 3 * mebibyte;
    };
    const collect = heapCollector(4 * mebibyte, { used: () => heap });
    collect();
    expect([collections, heap]).toEqual([1, 7 * mebibyte]);
    heap += 3 * mebibyte;
    collect();
    expect(collections).toBe(1);
    heap += mebibyte;
    collect();
    expect(collections).toBe(2);
  });

  it('does nothing when Node was started without --expose-gc', () => {
    delete global.gc;
    expect(() => heapCollector(0)()).not.toThrow();
  });
});
