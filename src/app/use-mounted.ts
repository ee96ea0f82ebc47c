import { useEffect, useState } from 'react';

/**
 * False in the prerendered HTML and the first client render (so hydration matches), true once the
 * app runs: controls that need scripts are offered only then.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

/** Today's date once the app runs; undefined in the prerendered page, which cannot know it. */
export function useToday(): Date | undefined {
  const [today, setToday] = useState<Date | undefined>(undefined);
  useEffect(() => setToday(new Date()), []);
  return today;
}
