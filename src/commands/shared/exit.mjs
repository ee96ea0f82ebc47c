// The exit codes, in plain JavaScript so that the launcher of the compiled commands (run.mjs), which runs without a
// TypeScript start-up, takes them from the same table as every command (through io.ts).

/** 0 done; 1 refused or failed a check; 2 broken input or bad options (nothing written); 3 an unexpected error. */
export const EXIT = /** @type {const} */ ({ ok: 0, failed: 1, broken: 2, unexpected: 3 });
