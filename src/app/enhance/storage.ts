/** The reader's choices kept on this device; storage may be disabled (private mode, blocked cookies), and then nothing is kept. */
export function readStored(view: Window, key: string): string | null {
  try {
    return view.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(view: Window, key: string, value: string | null): void {
  try {
    if (value === null) view.localStorage.removeItem(key);
    else view.localStorage.setItem(key, value);
  } catch {
    // Not kept: the choice still holds on this page.
  }
}
