import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { readSnapshot } from '../cli/project-io.ts';
import { fileVersion, saveTranslations, type SaveOutcome } from '../cli/save-translations.ts';
import { DEV_API } from '../app/dev-api.ts';
import { planExtraction } from '../sync/extraction.ts';
import { LOCALES_DIR } from '../sync/paths.ts';
import { reviewData } from '../sync/review.ts';

const MAX_BODY = 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('request too large'));
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

const STATUS: Record<Exclude<SaveOutcome, { ok: true }>['reason'], number> = { invalid: 422, conflict: 409, broken: 500 };

interface SaveBody {
  readonly language: string;
  readonly namespace: string;
  readonly key: string;
  readonly translation: string;
  readonly from: string;
  readonly version: string;
}

function isSaveBody(value: unknown): value is SaveBody {
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
  const serially = <T,>(task: () => Promise<T>): Promise<T> => {
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
      server.middlewares.use(DEV_API, (request, response) => {
        void (async () => {
          try {
            if (request.method === 'GET' && request.url === '/review') {
              const snapshot = await readSnapshot(root);
              send(response, 200, reviewData(planExtraction(snapshot), snapshot.locales));
              return;
            }
            if (request.method === 'POST' && request.url === '/save') {
              let body: unknown;
              try {
                body = JSON.parse(await readBody(request));
              } catch {
                send(response, 400, { ok: false, reason: 'invalid', message: 'the request is not JSON', problems: [] });
                return;
              }
              if (!isSaveBody(body)) {
                send(response, 400, { ok: false, reason: 'invalid', message: 'expected language, namespace, key, translation, from and version', problems: [] });
                return;
              }
              const { language, namespace, key, translation, from, version } = body;
              const outcome = await serially(async () => {
                const result = await saveTranslations(root, { language, namespace, version, edits: [{ key, translation, from }] });
                if (result.ok) ownWrites.set(`${LOCALES_DIR}/${language}/${namespace}.json`, result.version);
                return result;
              });
              send(response, outcome.ok ? 200 : STATUS[outcome.reason], outcome);
              return;
            }
            send(response, 404, { ok: false, reason: 'invalid', message: `no ${request.method ?? ''} ${DEV_API}${request.url ?? ''}`, problems: [] });
          } catch (error) {
            send(response, 500, { ok: false, reason: 'broken', message: error instanceof Error ? error.message : String(error), problems: [] });
          }
        })();
      });
    },
    async handleHotUpdate(context) {
      const file = relative(root, context.file).split(sep).join('/');
      if (!file.startsWith(`${LOCALES_DIR}/`)) return undefined;
      // Vite has already invalidated the modules built from the file: a reload gets the new text.
      const mine = ownWrites.get(file) === fileVersion(await context.read());
      if (!mine && !file.startsWith(`${LOCALES_DIR}/.sync/`)) context.server.ws.send({ type: 'custom', event: 'translations:changed', data: { file } });
      return [];
    },
  };
}
