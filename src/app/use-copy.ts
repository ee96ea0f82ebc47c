import { useCallback, useEffect, useState } from 'react';

export type CopyOutcome = 'idle' | 'copied' | 'failed';

/** How long "copied" or "could not copy" stays in the status region before it empties again. */
export const COPY_STATUS_MS = 4000;

/**
 * Copying to the clipboard with an outcome for a status region (the button itself does not change, so a
 * screen reader hears the outcome there). When the clipboard refuses (no permission, no secure context),
 * `onFailure` puts the text where the reader can copy it by hand. The outcome clears itself after a while,
 * so that a second copy is announced again.
 */
export function useCopy(onFailure: () => void): { readonly outcome: CopyOutcome; readonly copy: (text: string) => Promise<void> } {
  const [outcome, setOutcome] = useState<CopyOutcome>('idle');
  useEffect(() => {
    if (outcome === 'idle') return undefined;
    const timer = setTimeout(() => setOutcome('idle'), COPY_STATUS_MS);
    return () => clearTimeout(timer);
  }, [outcome]);
  const copy = useCallback(
    async (text: string): Promise<void> => {
      try {
        await navigator.clipboard.writeText(text);
        setOutcome('copied');
      } catch {
        onFailure();
        setOutcome('failed');
      }
    },
    [onFailure],
  );
  return { outcome, copy };
}
