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
import { readBody, refusal, send, sendRefused, TooLarge } from './dev-requests.ts';

const STATUS: Record<Exclude<SaveOutcome, { ok: true }>['reason'], number> = { invalid: 422, conflict: 409, broken: 500 };

function isSaveBody(value: unknown): value is SaveTranslationRequest {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['language', 'namespace', 'key', 'translation', 'from', 'version'].every((field) => typeof record[field] === 'string');
}

/** What every endpoint is handed: the project, the request and its answer, and the server's shared state. */
interface Exchange {
  readonly root: string;
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  /** Why this request may not write files, if it may not (see refusal). */
  readonly refused: () => string | undefined;
  /** Saves run one at a time: two at once could each pass the conflict check and then overwrite each other. */
  readonly serially: <T>(task: () => Promise<T>) => Promise<T>;
  /** Locale files this server wrote, by the version written: their change on disk is no news to the page. */
  readonly ownWrites: Map<string, string>;
}

/** GET /review: the review fresh from the files, so saved edits show without a rebuild. */
async function answerReview({ root, response }: Exchange): Promise<void> {
  const snapshot = await readSnapshot(root);
  const documents = snapshot.documents.flatMap((d) => {
    const loaded = loadDocument(d.file, d.text);
    return loaded.ok ? [loaded.value.namespace] : [];
  });
  send(response, 200, reviewData(await planProject(root, snapshot), snapshot.locales, documents));
}

/** POST /alignment: one paragraph's sentence links corrected by hand. */
async function saveAlignmentRequest({ root, request, response, refused, serially }: Exchange): Promise<void> {
  const why = refused();
  const body: unknown = why === undefined ? JSON.parse(await readBody(request).catch(() => 'null')) : undefined;
  if (why !== undefined || !isAlignmentBody(body)) {
    sendRefused(
      response,
      why === undefined ? 400 : 403,
      `Not saved: ${why ?? 'expected language, namespace, key, links and fingerprints'}.`,
    );
    return;
  }
  const outcome = await serially(() => saveAlignment(root, body));
  send(response, outcome.ok ? 200 : STATUS[outcome.reason], outcome);
}

/** The body of a save, or undefined when the answer (refused, too large, not JSON, not a save) has been sent. */
async function saveBody({ request, response, refused }: Exchange): Promise<SaveTranslationRequest | undefined> {
  const why = refused();
  if (why !== undefined) return void sendRefused(response, 403, `Not saved: ${why}.`);
  let body: unknown;
  try {
    body = JSON.parse(await readBody(request));
  } catch (error) {
    if (error instanceof TooLarge) sendRefused(response, 413, `Not saved: ${error.message}.`);
    else sendRefused(response, 400, 'the request is not JSON');
    return undefined;
  }
  if (!isSaveBody(body)) return void sendRefused(response, 400, 'expected language, namespace, key, translation, from and version');
  return body;
}

/** POST /save: one translation, validated, conflict-checked, written atomically and recorded in the sync state. */
async function saveTranslationRequest(exchange: Exchange): Promise<void> {
  const body = await saveBody(exchange);
  if (!body) return;
  const { root, response, serially, ownWrites } = exchange;
  const { language, namespace, key, translation, from, version } = body;
  const outcome = await serially(async () => {
    const result = await saveTranslations(root, { language, namespace, version, origin: 'editor', edits: [{ key, translation, from }] });
    if (result.ok) ownWrites.set(`${LOCALES_DIR}/${language}/${namespace}.json`, result.version);
    return result;
  });
  send(response, outcome.ok ? 200 : STATUS[outcome.reason], outcome);
}

/** The endpoints under DEV_API, by method and path. */
const ROUTES: Readonly<Record<string, (exchange: Exchange) => Promise<void>>> = {
  'GET /review': answerReview,
  'POST /alignment': saveAlignmentRequest,
  'POST /save': saveTranslationRequest,
};

async function answer(exchange: Exchange): Promise<void> {
  const { request, response } = exchange;
  const route = ROUTES[`${request.method ?? ''} ${request.url ?? ''}`];
  try {
    if (route) await route(exchange);
    else sendRefused(response, 404, `no ${request.method ?? ''} ${DEV_API}${request.url ?? ''}`);
  } catch (error) {
    send(response, 500, { ok: false, reason: 'broken', message: error instanceof Error ? error.message : String(error), problems: [] });
  }
}

/**
 * The development server's translation endpoints: the review fresh from the files, and saving one
 * translation or one paragraph's alignment. Locale files changing on disk do not reload the page,
 * which could hold an edit in progress: the page is told, and says so.
 */
export function devTranslations(root: string): Plugin {
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const ownWrites = new Map<string, string>();

  return {
    name: 'nordefco-dev-translations',
    apply: 'serve',
    configureServer(server) {
      const allowedHosts = (): readonly string[] | true => server.config.server.allowedHosts ?? [];
      server.middlewares.use(DEV_API, (request, response) => {
        const refused = (): string | undefined => refusal(request.headers, allowedHosts());
        void answer({ root, request, response, refused, serially, ownWrites });
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
