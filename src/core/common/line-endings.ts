/**
 * Line endings of the files the tools rewrite. The repository stores LF (.gitattributes); a Windows checkout
 * (core.autocrlf=true) has CRLF on disk. A tool that wrote LF over such a file would leave git listing it as
 * modified with an empty diff, so every rewrite keeps the endings the file had.
 */
export type LineEnding = '\n' | '\r\n';

/** The line ending `text` uses: CRLF when its first line break is one, else LF (also for a text with none). */
export function lineEndingOf(text: string | null | undefined): LineEnding {
  const first = text?.indexOf('\n') ?? -1;
  return first > 0 && text?.[first - 1] === '\r' ? '\r\n' : '\n';
}

/** `next`, written with LF, given the line endings of `previous` (the file it replaces; LF for a new file). */
export function withLineEndingsOf(previous: string | null | undefined, next: string): string {
  return lineEndingOf(previous) === '\r\n' ? next.replace(/\r?\n/g, '\r\n') : next;
}
