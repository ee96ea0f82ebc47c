import type { GlossarySource } from '../wire/glossary-data.ts';

/** A citation in a glossary note: "[R-dnn 3]", source 3 of the revision report R-dnn, or "[R-dnn]", the report itself. */
const CITATION = /\[(R-[A-Za-z]+(?: \d+)?)\]/g;

/** The citations a note makes, in order, each once. */
export function citations(note: string): string[] {
  return [...new Set([...note.matchAll(CITATION)].map((m) => m[1] ?? ''))];
}

/** A source's anchor on the glossary pages (`source-r-dnn-3`). */
const sourceAnchor = (id: string): string => `source-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** The glossary's sources as its pages list them, in the file's order. */
export function glossarySources(sources: ReadonlyMap<string, string>): GlossarySource[] {
  return [...sources].map(([id, text]) => ({ id, anchor: sourceAnchor(id), text }));
}
