import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from './html.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** The headers the README asks a static host to send. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves a built site as a plain static host would: `dir/` -> `dir/index.html`,
 * `/da` -> redirect to `/da/`, anything else missing -> 404.html with status 404; gzip when asked.
 */
export function createStaticServer(root: string): Server {
  return createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        pathname = '/404';
      }
      const path = normalize(join(root, pathname));
      let file = path.endsWith(sep) ? join(path, 'index.html') : path;
      let status = 200;
      if (!path.startsWith(root)) file = join(root, '404.html');
      if (!(await isFile(file))) {
        if (!pathname.endsWith('/') && (await isFile(join(path, 'index.html')))) {
          response.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
          return;
        }
        file = join(root, '404.html');
        status = 404;
      }
      const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
      headers['Cache-Control'] = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
      // Prefer the precompressed files the build writes; compress on the fly only when there are none.
      const accepts = String(request.headers['accept-encoding'] ?? '');
      let body = file;
      let onTheFly = false;
      if (/\bbr\b/.test(accepts) && (await isFile(`${file}.br`))) {
        headers['Content-Encoding'] = 'br';
        body = `${file}.br`;
      } else if (/\bgzip\b/.test(accepts)) {
        headers['Content-Encoding'] = 'gzip';
        if (await isFile(`${file}.gz`)) body = `${file}.gz`;
        else onTheFly = true;
      }
      headers['Vary'] = 'Accept-Encoding';
      if (!onTheFly) headers['Content-Length'] = String((await stat(body)).size);
      response.writeHead(status, headers);
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      const stream = createReadStream(body);
      (onTheFly ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(response);
    })();
  });
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
