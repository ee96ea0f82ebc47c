import { getHeapStatistics } from 'node:v8';

/**
 * A full collection of the heap once it has grown by `slack` bytes since the last one, when Node was
 * started with --expose-gc (package.json's `extract` script does so): called after each language of a
 * namespace's plan and after each namespace, when what it allocated is garbage, it keeps the peak
 * memory of a run near what one language of one namespace needs. V8 alone collects the old generation only as it nears a limit that grows with the
 * heap, which holds the garbage of several namespaces' plans at once. Without the option it does
 * nothing: the same run, only with V8's own timing.
 */
export function heapCollector(slack: number, { used = heapInUse }: { readonly used?: () => number } = {}): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  let after = 0;
  return () => {
    if (!gc || used() - after < slack) return;
    gc();
    after = used();
  };
}

/** The heap in use; V8 collects on its own as well, so a test gives its own measure (`used`). */
function heapInUse(): number {
  return getHeapStatistics().used_heap_size;
}
