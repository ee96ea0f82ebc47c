import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

/** A port no one listens on now: the development server is given it with strictPort, so its address is known before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The development server (`npm run dev`: Vite with the project's config and plugins) over the copy of the project in
 * `dir`, warmed up in `browser`: it compiles each module on its first request, so a first page load here, within the
 * hook's larger budget (on a busy machine it took 40 s of a test's 60, and more than page.goto's 30), lets each test
 * time only what it tests.
 */
export async function startDevServer(dir: string, browser: Browser): Promise<{ readonly server: ViteDevServer; readonly url: string }> {
  const port = await freePort();
  const server = await createServer({
    root: dir,
    configFile: join(dir, 'vite.config.ts'),
    cacheDir: join(dir, '.vite-cache'),
    logLevel: 'error',
    server: { host: '127.0.0.1', port, strictPort: true },
  });
  await server.listen();
  const url = `http://127.0.0.1:${port}`;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${url}/da/`, { waitUntil: 'networkidle', timeout: 150_000 });
    await page.waitForSelector('main[aria-busy="false"]', { timeout: 150_000 });
  } finally {
    await context.close();
  }
  return { server, url };
}
