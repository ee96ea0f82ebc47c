import type { Citation as CitationParts } from '../edition.ts';
import { useUiText } from '../ui-text.tsx';

/**
 * A status region the page's script speaks in (enhance/messages.ts). Its content is the script's, never React's:
 * left out of hydration (an empty inner HTML), so a message said before a page hydrates is not taken for a mismatch.
 */
export function StatusRegion({ as: Tag = 'span', id }: { readonly as?: 'span' | 'p'; readonly id?: string }) {
  return <Tag role="status" className="tool-status" id={id} dangerouslySetInnerHTML={{ __html: '' }} />;
}

/** A citation's text, its date of access a part of its own that the page's script fills in (enhance/messages.ts). */
export function CitationText({
  id,
  citation,
  className,
}: {
  readonly id: string;
  readonly citation: CitationParts;
  readonly className?: string;
}) {
  return (
    <p id={id} className={className ? `citation-text ${className}` : 'citation-text'}>
      {citation.lead}
      {/* Today's date, written by the page's script before a hydration (the comparison) may meet it. */}
      <span className="accessed" suppressHydrationWarning>
        {citation.accessed}
      </span>
      {citation.tail}
    </p>
  );
}

/**
 * A citation as plain text, selectable without scripts; with them, a button copies it (enhance/tools.ts), and
 * on failure the text is selected, so the reader can copy it by hand.
 */
export function Citation({ citation, id }: { readonly citation: CitationParts; readonly id: string }) {
  const ui = useUiText();
  return (
    <div className="citation" data-tools="">
      <CitationText id={id} citation={citation} />
      <p className="citation-actions">
        <button type="button" className="button citation-copy needs-js" data-tool="copy-cite" data-cite={id}>
          {ui.t('cite.copy', { defaultValue: 'Copy citation' })}
        </button>{' '}
        <StatusRegion />
      </p>
    </div>
  );
}
