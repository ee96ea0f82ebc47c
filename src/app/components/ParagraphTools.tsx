import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiText } from '../ui-text.tsx';
import { CitationText, StatusRegion } from './Citation.tsx';
import { CiteContext } from '../cite.ts';
import { EnglishLabels } from './EnglishLabels.tsx';

interface Props {
  readonly id: string;
  readonly number: number;
  /** The id of the paragraph's English original (a translation's `details.original`), when it has one. */
  readonly english?: string;
  /** Its English has changed since it was translated: the English shown is "the current English text". */
  readonly stale?: boolean;
}

/**
 * One quiet control per paragraph: a menu (a native <details>, enhance/menus.ts) with copying its link and its
 * citation, the system's share sheet where the browser has one, and showing its English original. The buttons
 * are carried out by the page's script (enhance/tools.ts); without scripts the menu holds what works then:
 * the paragraph's citation (with its address) to select. The summary sits in the number's gutter, so a closed
 * menu takes no room; the open menu lies in the text's column, in its flow (it covers nothing, so nothing can
 * take the focus under it), and says the outcome of a copy there.
 */
export function ParagraphTools({ id, number, english, stale = false }: Props) {
  const ui = useUiText();
  const cite = useContext(CiteContext);
  const { t } = useTranslation();
  const label = t('paragraph.tools', { defaultValue: 'Tools for paragraph {{number}}', number });
  return (
    <details className="tools" data-menu="" data-tools="">
      <summary aria-label={label} title={label}>
        <span className="tools-icon" aria-hidden="true" />
      </summary>
      <div className="tools-panel">
        <p className="tools-actions">
          <button type="button" className="tool needs-js" data-tool="copy-link" data-href={`#${id}`}>
            {ui.t('actions.copyLink', { defaultValue: 'Copy link' })}
          </button>
          {cite && (
            <button type="button" className="tool needs-js" data-tool="copy-cite" data-cite={`cite-${id}`}>
              {ui.t('cite.copy', { defaultValue: 'Copy citation' })}
            </button>
          )}
          <button type="button" className="tool tool-share needs-js" data-tool="share" data-href={`#${id}`}>
            {ui.t('actions.share', { defaultValue: 'Share…' })}
          </button>
          {english && (
            <button type="button" className="tool tool-english needs-js" data-tool="english" aria-controls={english} aria-expanded="false">
              <EnglishLabels stale={stale} />
            </button>
          )}
          {/* Issue 20: "what changed" for a stale paragraph goes here. */}
        </p>
        <StatusRegion as="p" />
        {cite && <CitationText id={`cite-${id}`} citation={cite({ id, number })} className="without-js" />}
      </div>
    </details>
  );
}
