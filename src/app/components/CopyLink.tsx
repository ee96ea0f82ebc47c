import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiText } from '../ui-text.tsx';
import { useCopy } from '../use-copy.ts';

/** Copies the paragraph's permalink; says so in a live region, since the button itself does not change. */
export function CopyLink({ id, number }: { readonly id: string; readonly number: number }) {
  const { t } = useTranslation();
  const ui = useUiText();
  // Without clipboard access, put the link where the reader can copy it by hand.
  const showInAddressBar = useCallback((): void => window.history.replaceState(window.history.state, '', `#${id}`), [id]);
  const { outcome, copy } = useCopy(showInAddressBar);
  return (
    <>
      <button
        type="button"
        className="copy-link"
        onClick={() => void copy(new URL(`#${id}`, window.location.href).href)}
        aria-label={t('paragraph.copy', { defaultValue: 'Copy link to paragraph {{number}}', number })}
      >
        <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
          <path
            d="M6.5 9.5l3-3M7 4.5l1-1a2.83 2.83 0 014 4l-1 1M9 11.5l-1 1a2.83 2.83 0 01-4-4l1-1"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
      </button>
      <span role="status" className="copy-status">
        {outcome === 'copied' && ui.t('paragraph.copied', { defaultValue: 'Link copied' })}
        {outcome === 'failed' && ui.t('paragraph.copyFailed', { defaultValue: 'Could not copy the link. It is now in the address bar.' })}
      </span>
    </>
  );
}
