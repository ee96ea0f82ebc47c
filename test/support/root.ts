import { join } from 'node:path';

/** The repository the tests run in: every file a test reads is under it. */
export const ROOT = join(import.meta.dirname, '../..');
