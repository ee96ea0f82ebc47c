// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Citation } from '../../src/app/components/Citation.tsx';
import { CopyLink } from '../../src/app/components/CopyLink.tsx';
import { createI18n } from '../../src/app/i18n.ts';
import { loadLanguage } from '../../src/app/start.ts';
import { COPY_STATUS_MS, useCopy } from '../../src/app/use-copy.ts';
import { ROOT } from '../support/root.ts';

type Ui = Record<string, Record<string, string>>;
const daUi = JSON.parse(readFileSync(join(ROOT, 'locales/da/ui.json'), 'utf8')) as Ui;

/** jsdom has no clipboard: a working one records what it was given, a refusing one rejects as a denied permission does. */
let written: string[] = [];
function clipboard(works: boolean): void {
  const writeText = (text: string): Promise<void> =>
    works ? (written.push(text), Promise.resolve()) : Promise.reject(new DOMException('denied', 'NotAllowedError'));
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

beforeEach(() => {
  written = [];
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const press = async (button: HTMLElement): Promise<void> => {
  await act(async () => {
    fireEvent.click(button);
  });
};

function Probe({ text, onFailure }: { readonly text: string; readonly onFailure: () => void }) {
  const { outcome, copy } = useCopy(onFailure);
  return (
    <>
      <button type="button" onClick={() => void copy(text)}>
        copy
      </button>
      <span role="status">{outcome}</span>
    </>
  );
}

describe('useCopy', () => {
  it('copies the text and says so, then empties the status so that the next copy is announced again', async () => {
    clipboard(true);
    const failures: string[] = [];
    render(<Probe text="the text" onFailure={() => failures.push('failed')} />);
    expect(screen.getByRole('status').textContent).toBe('idle');
    await press(screen.getByRole('button'));
    expect(written).toEqual(['the text']);
    expect(screen.getByRole('status').textContent).toBe('copied');
    act(() => vi.advanceTimersByTime(COPY_STATUS_MS - 1));
    expect(screen.getByRole('status').textContent).toBe('copied');
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByRole('status').textContent).toBe('idle');
    expect(failures).toEqual([]);
  });

  it('when the clipboard refuses, runs the fallback and says it could not copy', async () => {
    clipboard(false);
    const failures: string[] = [];
    render(<Probe text="the text" onFailure={() => failures.push('failed')} />);
    await press(screen.getByRole('button'));
    expect(written).toEqual([]);
    expect(failures).toEqual(['failed']);
    expect(screen.getByRole('status').textContent).toBe('failed');
  });
});

describe('the copy buttons built on it, in Danish', () => {
  async function danish() {
    return createI18n('da', [await loadLanguage('en'), await loadLanguage('da')]);
  }

  it('CopyLink copies the paragraph’s address, or puts it in the address bar', async () => {
    const i18n = await danish();
    window.history.replaceState(null, '', '/da/');
    clipboard(true);
    const { unmount } = render(
      <I18nextProvider i18n={i18n}>
        <CopyLink id="norfolk" number={5} />
      </I18nextProvider>,
    );
    await press(screen.getByRole('button'));
    expect(written).toEqual([`${window.location.origin}/da/#norfolk`]);
    expect(screen.getByRole('status').textContent).toBe(daUi['paragraph']?.['copied']);
    unmount();
    clipboard(false);
    render(
      <I18nextProvider i18n={i18n}>
        <CopyLink id="threat" number={2} />
      </I18nextProvider>,
    );
    await press(screen.getByRole('button'));
    expect(window.location.hash).toBe('#threat');
    expect(screen.getByRole('status').textContent).toBe(daUi['paragraph']?.['copyFailed']);
  });

  it('Citation copies its text, or selects it for copying by hand', async () => {
    const i18n = await danish();
    clipboard(true);
    const view = (
      <I18nextProvider i18n={i18n}>
        <Citation id="cite-all" text="NORDEFCO, Fælles erklæring, 2024." />
      </I18nextProvider>
    );
    const { unmount } = render(view);
    await act(async () => undefined);
    await press(screen.getByRole('button', { name: String(daUi['cite']?.['copy']) }));
    expect(written).toEqual(['NORDEFCO, Fælles erklæring, 2024.']);
    expect(screen.getByRole('status').textContent).toBe(daUi['cite']?.['copied']);
    unmount();
    clipboard(false);
    render(view);
    await act(async () => undefined);
    await press(screen.getByRole('button', { name: String(daUi['cite']?.['copy']) }));
    expect(window.getSelection()?.toString()).toBe('NORDEFCO, Fælles erklæring, 2024.');
    expect(screen.getByRole('status').textContent).toBe(daUi['cite']?.['copyFailed']);
  });
});
