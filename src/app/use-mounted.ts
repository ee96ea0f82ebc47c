import { useEffect, useState } from 'react';

/**
 * False in the prerendered HTML and the first client render (so hydration matches), true once the
 * app runs: controls that need scripts are offered only then.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  // Set after hydration on purpose: the first render must match the prerendered HTML.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setMounted(true), []);
  return mounted;
}
