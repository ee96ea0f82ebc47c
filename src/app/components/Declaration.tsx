import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../languages.ts';
import type { BlockKind, DocumentOutline } from '../../core/wire/locale-data.ts';
import { blockView, type BlockView } from '../paragraphs.ts';
import { Heading, Paragraph, TitleBlock } from './Block.tsx';

interface Props {
  readonly document: DocumentOutline;
  readonly language: LanguageCode;
  readonly stale: ReadonlySet<string>;
}

type Item = { readonly kind: BlockKind; readonly view: BlockView };

/**
 * The declaration in document order: title and headings as they are (a title with its heading under it is one
 * heading, the document's type its prominent line), and each run of paragraphs as an ordered list whose
 * numbering continues across the whole document.
 */
export function Declaration({ document, language, stale }: Props) {
  const { i18n } = useTranslation();
  const items: Item[] = useMemo(
    () => document.blocks.map((block) => ({ kind: block.kind, view: blockView(i18n, language, document, block.id, stale) })),
    [i18n, language, document, stale],
  );
  const out: ReactNode[] = [];
  let number = 0;
  for (let i = 0; i < items.length;) {
    const item = items[i];
    if (!item) break;
    const next = items[i + 1];
    if (item.kind === 'title' && next?.kind === 'heading') {
      out.push(<TitleBlock key={item.view.id} title={item.view} subtitle={next.view} pageLanguage={language} />);
      i += 2;
      continue;
    }
    if (item.kind !== 'paragraph') {
      out.push(<Heading key={item.view.id} view={item.view} level={item.kind === 'title' ? 1 : 2} pageLanguage={language} />);
      i++;
      continue;
    }
    const run: Item[] = [];
    while (items[i]?.kind === 'paragraph') run.push(items[i++] as Item);
    const start = number + 1;
    out.push(
      <ol key={`list-${item.view.id}`} className="paragraphs" start={start}>
        {run.map((p) => (
          <Paragraph key={p.view.id} view={p.view} number={++number} pageLanguage={language} />
        ))}
      </ol>,
    );
  }
  const title = items.find((v) => v.kind === 'title');
  return (
    <article className="declaration" aria-labelledby={title?.view.id}>
      {out}
    </article>
  );
}
