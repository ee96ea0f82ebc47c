import { readFile } from 'node:fs/promises';

/**
 * A records log's records as their facts (src/node/records/records.mjs): each line with its
 * segments read from the blob before it and keyed as the fold keys them (English by
 * `namespace:key`, sightings and texts by `language:namespace:key`), so that a test states what a
 * record says whatever the format. A line from before segments is given as it is.
 */
export interface DecodedRecord {
  readonly h?: string;
  readonly e?: Record<string, string | null>;
  readonly b?: Record<string, unknown[]>;
  readonly l?: Record<string, unknown[]>;
  readonly t?: Record<string, unknown>;
  readonly c?: string[];
  readonly f?: string[];
  readonly k?: Record<string, string>;
  readonly p?: number;
  /** The record line's length in bytes. */
  readonly bytes: number;
}

type Refs = Record<string, [number, number, string]>;

function decodeLog(log: Buffer): DecodedRecord[] {
  const out: DecodedRecord[] = [];
  let blob: Buffer | undefined;
  for (let at = 0; at < log.length;) {
    const end = log.indexOf(0x0a, at) < 0 ? log.length : log.indexOf(0x0a, at);
    const line = log.subarray(at, end);
    at = end + 1;
    const head = /^#(\d+) /.exec(line.subarray(0, 20).toString('latin1'));
    if (head) {
      blob = line.subarray(head[0].length);
      continue;
    }
    let record: (Record<string, unknown> & { v?: number; e?: Refs; s?: Refs; t?: Refs }) | undefined;
    try {
      record = JSON.parse(line.toString('utf8')) as typeof record;
    } catch {
      // A line torn by a crash: no record.
    }
    if (!record) continue;
    const facts = record.v === 2 ? { ...record, ...segments(record, blob) } : record;
    out.push({ ...(facts as Omit<DecodedRecord, 'bytes'>), bytes: line.length });
    blob = undefined;
  }
  return out;
}

function segments(record: { e?: Refs; s?: Refs; t?: Refs }, blob: Buffer | undefined): Partial<DecodedRecord> {
  const read = (ref: [number, number, string]): Record<string, unknown> =>
    JSON.parse(blob?.subarray(ref[0], ref[0] + ref[1]).toString('utf8') ?? '{}') as Record<string, unknown>;
  const e: Record<string, string | null> = {};
  for (const [group, ref] of Object.entries(record.e ?? {}))
    for (const [key, print] of Object.entries(read(ref))) e[`${group}:${key}`] = print as string | null;
  const b: Record<string, unknown[]> = {};
  const l: Record<string, unknown[]> = {};
  for (const [group, ref] of Object.entries(record.s ?? {})) {
    const content = read(ref) as { b?: Record<string, unknown[]>; l?: Record<string, unknown[]> };
    for (const [key, list] of Object.entries(content.b ?? {})) b[`${group}:${key}`] = list;
    for (const [key, list] of Object.entries(content.l ?? {})) l[`${group}:${key}`] = list;
  }
  const t: Record<string, unknown> = {};
  for (const [group, ref] of Object.entries(record.t ?? {}))
    for (const [key, texts] of Object.entries(read(ref))) t[`${group}:${key}`] = texts;
  return { e, b, l, t };
}

export const readLog = async (path: string): Promise<DecodedRecord[]> => decodeLog(await readFile(path).catch(() => Buffer.alloc(0)));
