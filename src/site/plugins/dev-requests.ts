import type { IncomingMessage, ServerResponse } from 'node:http';

// The HTTP side of the development server's translation endpoints (dev-translations.ts): reading a
// request's body within a limit, answering in JSON, and refusing a request from anywhere but its own pages.

const MAX_BODY = 1024 * 1024;

export class TooLarge extends Error {}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so that the client still gets the answer.
      if (size > MAX_BODY) reject(new TooLarge(`the request is larger than ${MAX_BODY} bytes`));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

/** A request not acted on (refused, malformed, or to no endpoint), in the shape of a save's outcome. */
export function sendRefused(response: ServerResponse, status: number, message: string): void {
  send(response, status, { ok: false, reason: 'invalid', message, problems: [] });
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host name of a Host header or an origin's host, without the port. */
function hostName(host: string): string {
  return host.replace(/:\d+$/, '').toLowerCase();
}

/**
 * Why a request may not write files, if it may not. The endpoint writes into the working tree,
 * so a page from any other site must not reach it: not by a form or a no-cors fetch (which cannot
 * send application/json), not from another origin (the browser names it in Origin), and not by
 * DNS rebinding (an attacker's host name resolving to this machine, caught by the Host check).
 */
export function refusal(headers: IncomingMessage['headers'], allowedHosts: readonly string[] | true): string | undefined {
  const host = headers.host ?? '';
  const name = hostName(host);
  if (
    !LOOPBACK.has(name) &&
    allowedHosts !== true &&
    !allowedHosts.some((h) => (h.startsWith('.') ? name.endsWith(h) || name === h.slice(1) : name === h.toLowerCase()))
  ) {
    return `the host "${host}" is not this development server; open the page at http://localhost`;
  }
  const origin = headers.origin;
  if (origin === undefined) return 'the request has no Origin: saves come from the pages of this development server';
  let same: boolean;
  try {
    const url = new URL(origin);
    // Through URL on both sides, so that a default port written out (localhost:80) compares equal.
    same = url.host === new URL(`${url.protocol}//${host}`).host;
  } catch {
    return `the Origin "${origin}" is not an address`;
  }
  if (!same) return `the Origin "${origin}" is not this development server`;
  const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return 'the request must be sent as application/json';
  return undefined;
}
