/** The browser side of the development server's translation endpoints (src/site/plugins/dev-translations.ts). */
import type { ReviewData } from '../core/wire/review-data.ts';
import { DEV_API, type SaveAlignmentRequest, type SaveReply, type SaveTranslationRequest } from '../core/wire/dev-api.ts';

/** POST a request to an endpoint; a server that cannot be reached answers as a refusal, never as a throw. */
async function post(endpoint: string, request: SaveTranslationRequest | SaveAlignmentRequest): Promise<SaveReply> {
  try {
    const response = await fetch(`${DEV_API}/${endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    return (await response.json()) as SaveReply;
  } catch (error) {
    return { ok: false, reason: 'unreachable', message: error instanceof Error ? error.message : String(error), problems: [] };
  }
}

export async function saveTranslation(request: SaveTranslationRequest): Promise<SaveReply> {
  return post('save', request);
}

export async function fetchReview(): Promise<ReviewData> {
  const response = await fetch(`${DEV_API}/review`);
  if (!response.ok) throw new Error(`${DEV_API}/review answered ${response.status}`);
  return (await response.json()) as ReviewData;
}

export async function saveAlignment(request: SaveAlignmentRequest): Promise<SaveReply> {
  return post('alignment', request);
}
