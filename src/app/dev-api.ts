/** The browser side of the development server's translation endpoints (src/site/plugins/dev-translations.ts). */
import type { ReviewData } from '../core/wire/review-data.ts';

export const DEV_API = '/__translations';

export interface SaveTranslationRequest {
  readonly language: string;
  readonly namespace: string;
  readonly key: string;
  readonly translation: string;
  /** The English the translator saw while translating. */
  readonly from: string;
  readonly version: string;
}

export interface ReplyProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export type SaveReply =
  | { readonly ok: true; readonly version: string; readonly warnings: readonly ReplyProblem[] }
  | {
      readonly ok: false;
      readonly reason: 'invalid' | 'conflict' | 'broken' | 'unreachable';
      readonly message: string;
      readonly problems: readonly ReplyProblem[];
    };

export async function saveTranslation(request: SaveTranslationRequest): Promise<SaveReply> {
  try {
    const response = await fetch(`${DEV_API}/save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    return (await response.json()) as SaveReply;
  } catch (error) {
    return { ok: false, reason: 'unreachable', message: error instanceof Error ? error.message : String(error), problems: [] };
  }
}

export async function fetchReview(): Promise<ReviewData> {
  const response = await fetch(`${DEV_API}/review`);
  if (!response.ok) throw new Error(`${DEV_API}/review answered ${response.status}`);
  return (await response.json()) as ReviewData;
}
