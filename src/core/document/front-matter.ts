import { isMap, isScalar, LineCounter, parseDocument as parseYaml, type Node as YamlNode } from 'yaml';
import type { Problem } from '../common/problems.ts';

/**
 * A document's front matter, read with a YAML parser: the keys as strings, and where each value
 * stands (so an invalid date is reported at the date). Rules about the values live here too.
 */
export interface FrontMatter {
  readonly meta: ReadonlyMap<string, string>;
  readonly problems: readonly Problem[];
}

export interface FrontMatterInput {
  readonly file: string;
  /** The YAML between the two `---` lines. */
  readonly yaml: string;
  /** 1-based line of the YAML's first line in the document. */
  readonly firstLine: number;
  /** Whether the document's text uses `{{date}}`, which makes `date:` required. */
  readonly usesDate: boolean;
}

export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/** A real calendar date written YYYY-MM-DD (2024-13-45 is none, and must not roll over into 2025). */
function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function readFrontMatter(input: FrontMatterInput): FrontMatter {
  const { file } = input;
  const lines = new LineCounter();
  const doc = parseYaml(input.yaml, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = [];
  const at = (offset: number): { line: number; column: number } => {
    const pos = lines.linePos(offset);
    return { line: input.firstLine + pos.line - 1, column: pos.col };
  };
  const fail = (offset: number, code: string, message: string): void => {
    problems.push({ severity: 'error', code, message, file, ...at(offset) });
  };
  for (const error of doc.errors) fail(error.pos[0], 'front-matter', `invalid front matter (YAML): ${error.message.split('\n')[0] ?? ''}`);
  const meta = new Map<string, string>();
  const valueAt = new Map<string, number>();
  if (problems.length === 0 && doc.contents !== null) {
    if (!isMap(doc.contents)) fail(0, 'front-matter', 'the front matter must be "key: value" lines');
    else {
      for (const pair of doc.contents.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const value = pair.value as YamlNode | null;
        const offset = value?.range?.[0] ?? (pair.key as YamlNode | null)?.range?.[0] ?? 0;
        valueAt.set(key, offset);
        if (value === null || isScalar(value)) meta.set(key, value === null || value.value === null ? '' : String(value.value));
        else fail(offset, 'front-matter', `"${key}" must be a single value`);
      }
    }
  }
  const namespace = meta.get('namespace');
  if (problems.length === 0) {
    if (namespace === undefined) fail(0, 'namespace', "the front matter must name the document's namespace (namespace: lower-case-name)");
    else if (!ID_PATTERN.test(namespace))
      fail(
        valueAt.get('namespace') ?? 0,
        'namespace',
        `the namespace "${namespace}" must be lower-case letters, digits and hyphens, starting with a letter`,
      );
    const date = meta.get('date');
    if (date === undefined) {
      if (input.usesDate)
        fail(0, 'date', 'the document uses {{date}} but the front matter has no date: add "date: YYYY-MM-DD" (the meeting date)');
    } else if (!isCalendarDate(date)) {
      fail(valueAt.get('date') ?? 0, 'date', `"${date}" is not a calendar date: write it as YYYY-MM-DD, e.g. 2024-11-21`);
    }
  }
  return { meta, problems };
}
