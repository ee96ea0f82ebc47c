import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/commands/serve.ts';
import { createStaticServer, listen } from '../../src/site/static-server.ts';
import { runCommand } from '../support/project.ts';
import { ROOT } from '../support/root.ts';
import { startServe } from '../support/serve-program.ts';

let parent: string;
let site: string;
let server: Server;
let base: string;

/** A tiny built site, and beside it a folder a request must never reach. */
beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'nordefco-serve-'));
  site = join(parent, 'dist');
  const files: Record<string, string> = {
    'index.html': '<html lang="en">chooser</html>',
    '404.html': '<html lang="en">not found, every language</html>',
    'da/index.html': '<html lang="da">dansk</html>',
    'da/404.html': '<html lang="da">ikke fundet</html>',
    'assets/app-1234.js': 'console.log(1)',
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(site, path, '..'), { recursive: true });
    await writeFile(join(site, path), text);
  }
  await writeFile(join(site, 'da/index.html.br'), brotliCompressSync('<html lang="da">dansk</html>'));
  await mkdir(join(parent, 'dist-evil'), { recursive: true });
  await writeFile(join(parent, 'dist-evil/secret.txt'), 'SECRET');
  server = createStaticServer(site);
  base = await listen(server, 0);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(parent, { recursive: true, force: true });
});

describe('the static server (sirv)', () => {
  it('serves pages, folders and assets with the security and cache headers', async () => {
    const page = await fetch(`${base}/da/`, { headers: { 'accept-encoding': 'identity' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('dansk');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${base}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
  });

  it('sends the precompressed file the build wrote', async () => {
    const page = await fetch(`${base}/da/`, { headers: { 'accept-encoding': 'br' } });
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('vary')).toBe('Accept-Encoding');
    expect(await page.text()).toContain('dansk');
  });

  it('redirects a folder without its slash', async () => {
    const response = await fetch(`${base}/da?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/da/?x=1');
  });

  it("answers unknown addresses with the nearest 404.html and status 404: the language's, else the site's", async () => {
    for (const [path, text] of [
      ['/da/nope', 'ikke fundet'],
      ['/da/404', 'ikke fundet'],
      ['/xx/', 'every language'],
      ['/404', 'every language'],
      ['/404.html', 'every language'],
    ] as const) {
      const response = await fetch(`${base}${path}`);
      expect({ path, status: response.status, text: (await response.text()).includes(text) }).toEqual({ path, status: 404, text: true });
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('never leaves its folder, however the address is written', async () => {
    const attempts = [
      '/..%2fdist-evil/secret.txt',
      '/..%2Fdist-evil%2Fsecret.txt',
      '/%2e%2e/dist-evil/secret.txt',
      '/%2e%2e%2fdist-evil%2fsecret.txt',
      '/da/..%2f..%2fdist-evil/secret.txt',
      '/..%5cdist-evil%5csecret.txt',
      '/%252e%252e/dist-evil/secret.txt',
    ];
    for (const path of attempts) {
      const response = await fetch(`${base}${path}`);
      expect({ path, status: response.status, leaked: (await response.text()).includes('SECRET') }).toEqual({
        path,
        status: 404,
        leaked: false,
      });
    }
  });
});

describe('npm run serve', () => {
  it('refuses a port that is not one, naming where it came from', async () => {
    const flag = await runCommand((argv, env) => serve(argv, env, {}), ROOT, ['--dir', site, '--port', '99999']);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('serve: --port "99999": not a port');
    const variable = await runCommand((argv, env) => serve(argv, env, { PORT: 'http' }), ROOT, ['--dir', site]);
    expect(variable.code).toBe(2);
    expect(variable.err).toContain('serve: PORT "http": not a port');
    // Typed empty, the option is refused (else it would stand for the default, over PORT).
    const empty = await runCommand((argv, env) => serve(argv, env, { PORT: '9123' }), ROOT, ['--dir', site, '--port', '']);
    expect(empty).toMatchObject({ code: 2, out: '' });
    expect(empty.err).toContain('serve: --port "": not a port');
  });

  it('refuses an empty --dir, which would serve the folder it runs in', async () => {
    const result = await runCommand((argv, env) => serve(argv, env, {}), ROOT, ['--dir', '']);
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err).toBe('serve: --dir "": name the folder to serve (default dist)');
  });

  it('says to build first when there is no built site', async () => {
    const result = await runCommand((argv, env) => serve(argv, env, {}), parent, ['--dir', 'nothing-here']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('serve: no built site in nothing-here/');
    expect(result.err).toContain('npm run build');
  });

  it('says which port is in use instead of a stack trace', async () => {
    const busy = createServer();
    const port = Number(new URL(await listen(busy, 0)).port);
    try {
      const result = await runCommand((argv, env) => serve(argv, env, { PORT: String(port) }), ROOT, ['--dir', site]);
      expect(result.code).toBe(3);
      expect(result.err).toBe(
        `serve: could not start: port ${port} is in use (another server, perhaps an earlier npm start): stop it, or choose another port with --port ${port + 1} or PORT=${port + 1}`,
      );
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('serves on the port PORT names, as a program', async () => {
    const served = await startServe(['--dir', site], { cwd: parent, env: { ...process.env, PORT: '0' } });
    try {
      expect(await (await fetch(`${served.url}/da/`)).text()).toContain('dansk');
    } finally {
      served.stop();
    }
  });
});
