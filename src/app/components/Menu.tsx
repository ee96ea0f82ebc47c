import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  readonly className: string;
  readonly summary: ReactNode;
  readonly children: ReactNode;
}

/**
 * A menu of links in a native disclosure: it opens before the app has loaded and without scripts.
 * Once the app runs it also closes as a menu should: on Escape (focus back on its summary, when the
 * focus was in it) and on a click or tap anywhere outside it.
 */
export function Menu({ className, summary, children }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);

  // Listening from mount and asking `details.open` at the moment of the key or click, rather than
  // listening only while React has seen the toggle: the toggle event is queued, and an Escape
  // pressed right after opening must not fall into the gap before the listener is attached.
  useEffect(() => {
    const details = ref.current;
    if (!details) return undefined;
    const close = (): void => {
      details.open = false;
    };
    const onKey = (event: KeyboardEvent): void => {
      if (!details.open || event.key !== 'Escape' || event.defaultPrevented) return;
      const inside = details.contains(details.ownerDocument.activeElement);
      close();
      if (inside) details.querySelector('summary')?.focus();
    };
    // A click, not a pointerdown: closing an in-flow menu moves what is below it, and the click must land where it was aimed.
    const onClick = (event: MouseEvent): void => {
      if (details.open && event.target instanceof Node && !details.contains(event.target)) close();
    };
    const doc = details.ownerDocument;
    doc.addEventListener('keydown', onKey);
    doc.addEventListener('click', onClick);
    return () => {
      doc.removeEventListener('keydown', onKey);
      doc.removeEventListener('click', onClick);
    };
  }, []);

  return (
    <details ref={ref} className={className}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
