import { Buffer, isUtf8 } from 'node:buffer';
import { lineColumn } from '../core/common/problems.ts';
import { failure, success, type Result } from '../core/common/result.ts';

/** `stream`: an unfinished last character is allowed, as when more bytes are to come (TextDecoder's own option). */
const decodes = (bytes: Uint8Array, { stream }: { readonly stream: boolean }): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
};

/** Offset of the first byte that begins no valid UTF-8 sequence (the bytes must not decode). */
function firstInvalid(bytes: Uint8Array): number {
  // A prefix that decodes as a stream (an unfinished last character allowed) only grows longer:
  // bisect for the longest one, then step back over the unfinished character it may end with.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (decodes(bytes.subarray(0, mid), { stream: true })) good = mid;
    else bad = mid;
  }
  let start = good;
  while (start > 0 && good - start < 3 && !decodes(bytes.subarray(0, start), { stream: false })) start--;
  return decodes(bytes.subarray(0, start), { stream: false }) ? start : good;
}

/**
 * Strict UTF-8: a file saved by a Windows-1252 or Latin-1 editor ("æ" as the byte 0xE6) is an error
 * at its line and column, never text with U+FFFD in it that the next write would keep for good.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): Result<string> {
  // Valid UTF-8, nearly every file: checked and decoded by Node's own (SIMD) routines, several times
  // faster than a fatal TextDecoder; the same text (a byte-order mark kept, as ignoreBOM keeps it).
  if (isUtf8(bytes)) return success(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  try {
    return success(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    const offset = firstInvalid(bytes);
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset));
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    // Bytes that decode as a stream lack only the end of their last character: a file cut off, not another encoding.
    const cutOff = decodes(bytes, { stream: true });
    return failure([
      {
        severity: 'error',
        code: 'invalid-utf8',
        message: cutOff
          ? 'not valid UTF-8: the file ends in the middle of a character here, so it was cut off (truncated): restore the whole file; nothing was written'
          : `not valid UTF-8: the byte 0x${byte} here begins no UTF-8 character (was the file saved as Windows-1252 or Latin-1? Save it as UTF-8 and check its accented letters); nothing was written`,
        file,
        ...lineColumn(before, before.length),
      },
    ]);
  }
}
