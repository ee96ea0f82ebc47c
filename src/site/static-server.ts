import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY } from './html.ts';

/** The headers docs/reading-and-deploying.md ("Serving and hosting") asks a static host to send. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Hashed file names under /assets/ never change; pages do, so browsers ask again each time. */
function cacheControl(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function setCommonHeaders(response: ServerResponse, pathname: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  response.setHeader('Cache-Control', cacheControl(pathname));
}

/** A path made only of plain segments (no dots, escapes or empty parts), safe to look up on disk. */
const PLAIN_PATH = /^(\/[A-Za-z0-9_-]+)+$/;

/**
 * The not-found page nearest to the address: `/da/…` gets `da/404.html` (the page in Danish), anything else
 * the site-wide `404.html`, with status 404, precompressed when the client takes it.
 */
function notFound(root: string, request: IncomingMessage, response: ServerResponse): void {
  const first = new URL(request.url ?? '/', 'http://localhost').pathname.split('/')[1] ?? '';
  const nearest =
    /^[a-z]{2,3}$/.test(first) && existsSync(join(root, first, '404.html')) ? join(root, first, '404.html') : join(root, '404.html');
  setCommonHeaders(response, '/404.html');
  response.statusCode = 404;
  if (!existsSync(nearest)) {
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.end('Not found\n');
    return;
  }
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Vary', 'Accept-Encoding');
  const accepts = String(request.headers['accept-encoding'] ?? '');
  let file = nearest;
  if (/\bbr\b/.test(accepts) && existsSync(`${nearest}.br`)) {
    file = `${nearest}.br`;
    response.setHeader('Content-Encoding', 'br');
  } else if (/\bgzip\b/.test(accepts) && existsSync(`${nearest}.gz`)) {
    file = `${nearest}.gz`;
    response.setHeader('Content-Encoding', 'gzip');
  }
  response.setHeader('Content-Length', statSync(file).size);
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/**
 * Serves a built site as a plain static host would, with sirv: `dir/` -> `dir/index.html`, `/da` -> redirect
 * to `/da/`, the `.br`/`.gz` files the build wrote, and for anything else the nearest 404.html with status
 * 404. sirv knows only the files present when the server starts (it lists them once): nothing outside the
 * folder can be reached, however the address is encoded.
 */
export function createStaticServer(dir: string): Server {
  return createServer(staticHandler(dir));
}

/** createStaticServer's request handler, for a server that must listen before the folder is built (bench:web). */
export function staticHandler(dir: string): RequestListener {
  const root = resolve(dir);
  const files = sirv(root, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders: (response, pathname) => setCommonHeaders(response, pathname),
  });
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const { pathname } = url;
    if (PLAIN_PATH.test(pathname) && existsSync(join(root, pathname, 'index.html'))) {
      response.writeHead(301, { ...SECURITY_HEADERS, Location: `${pathname}/${url.search}` }).end();
      return;
    }
    // sirv would answer `/404` and `/da/404` (its pretty URLs) with status 200.
    if (/\/404(\.html)?$/.test(pathname)) {
      notFound(root, request, response);
      return;
    }
    files(request, response, () => notFound(root, request, response));
  };
}

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `http://${host}:${address.port}` : `http://${host}:${port}`);
    });
  });
}
