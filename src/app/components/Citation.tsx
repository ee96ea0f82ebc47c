import { useCallback } from 'react';
import { useUiText } from '../ui-text.tsx';
import { useCopy } from '../use-copy.ts';
import { useMounted } from '../use-mounted.ts';

/**
 * A citation as plain text, selectable without scripts; with them, a button copies it. On failure
 * the text is selected, so the reader can copy it by hand.
 */
export function Citation({ text, id }: { readonly text: string; readonly id: string }) {
  const ui = useUiText();
  const mounted = useMounted();
  const selectText = useCallback((): void => {
    const node = document.getElementById(id);
    const selection = window.getSelection();
    if (node && selection) selection.selectAllChildren(node);
  }, [id]);
  const { outcome, copy } = useCopy(selectText);
  return (
    <div className="citation">
      <p id={id} className="citation-text">
        {text}
      </p>
      {mounted && (
        <p className="citation-actions">
          <button type="button" className="button citation-copy" onClick={() => void copy(text)}>
            {ui.t('cite.copy', { defaultValue: 'Copy citation' })}
          </button>{' '}
          <span role="status" className="citation-status">
            {outcome === 'copied' && ui.t('cite.copied', { defaultValue: 'Citation copied' })}
            {outcome === 'failed' &&
              ui.t('cite.copyFailed', { defaultValue: 'Could not copy. The citation is selected: copy it by hand.' })}
          </span>
        </p>
      )}
    </div>
  );
}
