import type { Page } from 'playwright-core';

/** One response as it came over the network: its path and the bytes transferred (headers and compressed body). */
export interface Transfer {
  readonly path: string;
  readonly bytes: number;
  /** The body's Content-Encoding (`br`, `gzip`), or `identity` when it came uncompressed. */
  readonly encoding: string;
}

export interface TransferLog {
  /** Everything fetched from the network since the log started (or was last cleared), in order; cache hits are not fetches. */
  readonly transfers: () => readonly Transfer[];
  readonly clear: () => void;
}

/**
 * Records what a page fetches over the network, as Chromium's DevTools protocol reports it
 * (`Network.loadingFinished`, `encodedDataLength`): what a reader on a metered connection pays for. A resource
 * served from the browser's cache transfers nothing and is not listed.
 */
export async function recordTransfers(page: Page): Promise<TransferLog> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const cached = new Set<string>();
  const encodings = new Map<string, string>();
  let log: Transfer[] = [];
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.requestServedFromCache', (event) => cached.add(event.requestId));
  cdp.on('Network.responseReceived', (event) => {
    if (event.response.fromDiskCache || event.response.fromPrefetchCache) cached.add(event.requestId);
    const headers = Object.entries(event.response.headers);
    encodings.set(event.requestId, headers.find(([name]) => name.toLowerCase() === 'content-encoding')?.[1] ?? 'identity');
  });
  cdp.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId);
    if (!url || cached.has(event.requestId) || !/^https?:/.test(url)) return;
    const encoding = encodings.get(event.requestId) ?? 'identity';
    log.push({ path: new URL(url).pathname, bytes: event.encodedDataLength, encoding });
  });
  return {
    transfers: () => [...log],
    clear: () => {
      log = [];
    },
  };
}
