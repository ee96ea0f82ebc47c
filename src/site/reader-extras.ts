import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { loadGlossary } from '../core/locale/loaders.ts';
import { markTerms } from '../core/glossary/terms.ts';
import { wordDiff } from '../core/report/word-diff.ts';
import type { ParagraphRevision, ReaderExtras } from '../core/wire/locale-data.ts';
import type { TermMark } from '../core/wire/glossary-data.ts';
import type { Planned } from './plugins/locale-plugin.ts';
import { languageHistory } from './history.ts';

export interface ExtrasInput {
  readonly root: string;
  readonly planned: Planned;
  readonly language: LanguageCode;
  /** The documents: file, namespace and blocks in order. */
  readonly documents: readonly {
    readonly file: string;
    readonly namespace: string;
    readonly blocks: readonly { id: string; kind: string }[];
  }[];
  /** What the language publishes for each namespace (resources of `published`), flat per key. */
  readonly shown: (namespace: string, key: string) => string;
}

/**
 * For each paragraph whose translation was last changed in answer to a change in the English, that
 * revision's date: from git, as the history pages show it, and only while the text is the one revised.
 */
function revisionsOf(input: ExtrasInput, file: string, namespace: string): Record<string, ParagraphRevision> {
  if (input.language === SOURCE_LANGUAGE) return {};
  const history = languageHistory({ root: input.root, documentFile: file, namespace }, input.language);
  const out: Record<string, ParagraphRevision> = {};
  for (const version of history.versions) {
    for (const change of version.changes) {
      const key = `${namespace}:${change.id}`;
      const kind = change.kinds.includes('revised-for-english') ? 'revised' : change.kinds.includes('confirmed') ? 'confirmed' : undefined;
      if (kind && version.text.translation.get(change.id) === input.shown(namespace, change.id)) out[key] = { date: version.date, kind };
      else delete out[key];
    }
  }
  return out;
}

/** The terms, the changes in the English of stale paragraphs, and the revisions that answered them, for a language's reading page. */
export function readerExtras(input: ExtrasInput): ReaderExtras {
  const { planned, language } = input;
  const glossary = loadGlossary(planned.snapshot.locales);
  const terms: Record<string, TermMark[]> = {};
  const changes: Record<string, ReturnType<typeof wordDiff>> = {};
  let revisions: Record<string, ParagraphRevision> = {};
  for (const document of input.documents) {
    const english = planned.plan.english.get(document.namespace);
    if (!english) continue;
    const paragraphs = document.blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => ({ id: b.id, english: english.get(b.id) ?? '', text: input.shown(document.namespace, b.id) }))
      .filter((p) => p.text !== '');
    const marks = markTerms({ glossary: glossary.ok ? glossary.value : [], language, paragraphs });
    for (const [id, list] of Object.entries(marks)) terms[`${document.namespace}:${id}`] = list;
    const report = planned.plan.languages.find((l) => l.language === language)?.namespaces.find((n) => n.namespace === document.namespace);
    for (const entry of report?.entries ?? []) {
      if (entry.status === 'stale' && entry.from !== undefined && entry.to !== undefined && entry.from !== entry.to)
        changes[`${document.namespace}:${entry.key}`] = wordDiff(entry.from, entry.to);
    }
    revisions = { ...revisions, ...revisionsOf(input, document.file, document.namespace) };
  }
  return { terms, changes, revisions };
}
