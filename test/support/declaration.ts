import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type BlockKind } from '../../src/core/document/document.ts';
import { ROOT } from './root.ts';

const FILE = 'src/documents/declaration.md';

/**
 * The declaration's block ids in document order, read from the English source, so that tests
 * follow a maintainer who adds or removes a paragraph instead of failing on a stale list.
 */
export function declarationIds(kinds: readonly BlockKind[] = ['title', 'heading', 'paragraph'], root = ROOT): string[] {
  const parsed = parseDocument(FILE, readFileSync(join(root, FILE), 'utf8'));
  if (!parsed.ok) throw new Error(`${FILE} does not parse: run npm run extract`);
  return parsed.value.blocks.filter((b) => kinds.includes(b.kind)).flatMap((b) => (b.id === undefined ? [] : [b.id]));
}
