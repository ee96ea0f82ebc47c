import { useUiText } from '../ui-text.tsx';

/**
 * The two labels of what shows and hides a paragraph's English (the open one shown by CSS): the current
 * English under a stale translation, else the original.
 */
export function EnglishLabels({ stale }: { readonly stale: boolean }) {
  const ui = useUiText();
  return (
    <>
      <span className="when-closed">
        {stale
          ? ui.t('status.showCurrent', { defaultValue: 'Show the current English text' })
          : ui.t('original.show', { defaultValue: 'Show the English original' })}
      </span>
      <span className="when-open">
        {stale
          ? ui.t('status.hideCurrent', { defaultValue: 'Hide the current English text' })
          : ui.t('original.hide', { defaultValue: 'Hide the English original' })}
      </span>
    </>
  );
}
