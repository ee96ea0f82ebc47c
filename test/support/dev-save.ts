import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Connect, ViteDevServer } from 'vite';
import { DEV_API } from '../../src/core/wire/dev-api.ts';
import { devTranslations } from '../../src/site/plugins/dev-translations.ts';

export interface DevSaveServer {
  /** POST a save to the route, as the page does: JSON, from the server's own origin. */
  save(body: { language: string; namespace: string; key: string; translation: string; from: string; version: string }): Promise<{
    status: number;
    body: { ok: boolean; message?: string };
  }>;
  close(): Promise<void>;
}

/**
 * The development server's translation route, mounted on a plain HTTP server on 127.0.0.1: the same
 * middleware Vite mounts (origin and host checks, body parsing, saveTranslations), without starting
 * Vite, so a unit test can save through it as the page would.
 */
export async function devSaveServer(root: string): Promise<DevSaveServer> {
  const plugin = devTranslations(root);
  let route: { path: string; handle: Connect.NextHandleFunction } | undefined;
  const fake = {
    config: { server: { allowedHosts: [] } },
    middlewares: { use: (path: string, handle: Connect.NextHandleFunction) => (route = { path, handle }) },
  } as unknown as ViteDevServer;
  const configure = plugin.configureServer;
  if (typeof configure !== 'function') throw new Error('the dev-translations plugin has no configureServer');
  await configure.call({} as never, fake);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (!route || !req.url?.startsWith(`${route.path}/`)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    // Connect strips the mount path before the handler sees the URL.
    req.url = req.url.slice(route.path.length);
    route.handle(req, res, () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    save: (body) =>
      new Promise((resolve, reject) => {
        const text = JSON.stringify(body);
        const req = request(
          `http://127.0.0.1:${port}${DEV_API}/save`,
          { method: 'POST', headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean } }),
            );
          },
        );
        req.on('error', reject);
        req.end(text);
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
