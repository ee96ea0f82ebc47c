import { createRequire } from 'node:module';
import type { TypeScriptApi } from '../core/document/scan-code.ts';

/** The TypeScript compiler, for scanning the code's t() calls. */
export function loadTypeScript(): TypeScriptApi {
  // Required rather than imported: through tsx's ESM loader this 9 MB module loads twice as slowly.
  return createRequire(import.meta.url)('typescript') as TypeScriptApi;
}
