import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { readSnapshot } from '../../node/project-io.ts';
import { fileVersion, saveTranslations, type SaveOutcome } from '../../node/save-translations.ts';
import { DEV_API, type SaveTranslationRequest } from '../../core/wire/dev-api.ts';
import { planProject } from '../../node/plan.ts';
import { LOCALES_DIR } from '../../core/common/paths.ts';
import { reviewData } from '../../core/report/review.ts';
import { loadDocument } from '../../core/locale/loaders.ts';
import { isAlignmentBody, saveAlignment } from '../../node/save-alignment.ts';

const MAX_BODY = 1024 * 1024;

class TooLarge extends Error {}

function readBody(request: IncomingMessage): Promise<string> {
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

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
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

const STATUS: Record<Exclude<SaveOutcome, { ok: true }>['reason'], number> = { invalid: 422, conflict: 409, broken: 500 };

function isSaveBody(value: unknown): value is SaveTranslationRequest {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['language', 'namespace', 'key', 'translation', 'from', 'version'].every((field) => typeof record[field] === 'string');
}

/**
 * The development server's translation endpoints: the review fresh from the files, and saving one
 * translation (validated, conflict-checked, written atomically, recorded in the sync state).
 * Locale files changing on disk do not reload the page, which could hold an edit in progress:
 * the page is told, and says so.
 */
export function devTranslations(root: string): Plugin {
  let queue: Promise<unknown> = Promise.resolve();
  /** Saves run one at a time: two at once could each pass the conflict check and then overwrite each other. */
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  /** Locale files this server wrote, by the version written: their change on disk is no news to the page. */
  const ownWrites = new Map<string, string>();

  return {
    name: 'nordefco-dev-translations',
    apply: 'serve',
    configureServer(server) {
      const allowedHosts = (): readonly string[] | true => server.config.server.allowedHosts ?? [];
      server.middlewares.use(DEV_API, (request, response) => {
        void (async () => {
          try {
            if (request.method === 'GET' && request.url === '/review') {
              const snapshot = await readSnapshot(root);
              const documents = snapshot.documents.flatMap((d) => {
                const loaded = loadDocument(d.file, d.text);
                return loaded.ok ? [loaded.value.namespace] : [];
              });
              send(response, 200, reviewData(await planProject(root, snapshot), snapshot.locales, documents));
              return;
            }
            if (request.method === 'POST' && request.url === '/alignment') {
              const refused = refusal(request.headers, allowedHosts());
              const body: unknown = refused === undefined ? JSON.parse(await readBody(request).catch(() => 'null')) : undefined;
              if (refused !== undefined || !isAlignmentBody(body)) {
                send(response, refused === undefined ? 400 : 403, {
                  ok: false,
                  reason: 'invalid',
                  message: `Not saved: ${refused ?? 'expected language, namespace, key, links and fingerprints'}.`,
                  problems: [],
                });
                return;
              }
              const outcome = await serially(() => saveAlignment(root, body));
              send(response, outcome.ok ? 200 : STATUS[outcome.reason], outcome);
              return;
            }
            if (request.method === 'POST' && request.url === '/save') {
              const refused = refusal(request.headers, allowedHosts());
              if (refused !== undefined) {
                send(response, 403, { ok: false, reason: 'invalid', message: `Not saved: ${refused}.`, problems: [] });
                return;
              }
              let body: unknown;
              try {
                body = JSON.parse(await readBody(request));
              } catch (error) {
                if (error instanceof TooLarge)
                  send(response, 413, { ok: false, reason: 'invalid', message: `Not saved: ${error.message}.`, problems: [] });
                else send(response, 400, { ok: false, reason: 'invalid', message: 'the request is not JSON', problems: [] });
                return;
              }
              if (!isSaveBody(body)) {
                send(response, 400, {
                  ok: false,
                  reason: 'invalid',
                  message: 'expected language, namespace, key, translation, from and version',
                  problems: [],
                });
                return;
              }
              const { language, namespace, key, translation, from, version } = body;
              const outcome = await serially(async () => {
                const result = await saveTranslations(root, {
                  language,
                  namespace,
                  version,
                  origin: 'editor',
                  edits: [{ key, translation, from }],
                });
                if (result.ok) ownWrites.set(`${LOCALES_DIR}/${language}/${namespace}.json`, result.version);
                return result;
              });
              send(response, outcome.ok ? 200 : STATUS[outcome.reason], outcome);
              return;
            }
            send(response, 404, {
              ok: false,
              reason: 'invalid',
              message: `no ${request.method ?? ''} ${DEV_API}${request.url ?? ''}`,
              problems: [],
            });
          } catch (error) {
            send(response, 500, {
              ok: false,
              reason: 'broken',
              message: error instanceof Error ? error.message : String(error),
              problems: [],
            });
          }
        })();
      });
    },
    async handleHotUpdate(context) {
      const file = relative(root, context.file).split(sep).join('/');
      if (!file.startsWith(`${LOCALES_DIR}/`)) return undefined;
      // Vite has already invalidated the modules built from the file: a reload gets the new text.
      const mine = ownWrites.get(file) === fileVersion(await context.read());
      if (!mine && !file.startsWith(`${LOCALES_DIR}/.sync/`))
        context.server.ws.send({ type: 'custom', event: 'translations:changed', data: { file } });
      return [];
    },
  };
}
