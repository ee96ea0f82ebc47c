/**
 * The page's only eager script (under 1 KB). The prerendered HTML is the whole declaration, readable
 * and navigable as it is: links switch language, permalinks highlight with :target. React (about 80 KB)
 * is fetched and hydrates only when the reader starts to interact, so a reader who only reads downloads
 * the text and its stylesheet and nothing else. A button pressed before hydration is pressed again after.
 */
import { isLanguageCode } from '../languages.ts';
import { measureHeader } from './header-height.ts';
import { rememberLanguage } from './remember.ts';
import { listenForTerms } from './term-trigger.ts';
import './styles.css';

// Scripts run: controls that need them (copy, print) are offered from now (scripted.css), though React comes later.
document.documentElement.classList.add('js');

const TRIGGERS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'] as const;

let pressed: string | undefined;

function rememberPress(event: Event): void {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  const item = button?.closest('[id]');
  if (button && item) pressed = `#${CSS.escape(item.id)} button.${[...button.classList].map((c) => CSS.escape(c)).join('.')}`;
}

function start(): void {
  for (const type of TRIGGERS) window.removeEventListener(type, start, { capture: true });
  void import('./main.tsx').then(async ({ startApp }) => {
    await startApp();
    document.removeEventListener('click', rememberPress, { capture: true });
    if (pressed) document.querySelector<HTMLButtonElement>(pressed)?.click();
  });
}

// The stylesheet's fallback is a one-line header; with the real height, a permalink opens clear of it.
measureHeader(document);
document.querySelector(':target')?.scrollIntoView();
listenForTerms(document);

const root = document.getElementById('root');
const prerendered = root?.dataset['prerendered'];
// Pages that are tools rather than reading (the review, with its filters) start at once.
if (prerendered && root?.dataset['hydrate'] !== 'eager') {
  // Opening a language's page is choosing it: `/` will bring the reader back here, scripts loaded or not.
  if (isLanguageCode(prerendered)) rememberLanguage(prerendered);
  document.addEventListener('click', rememberPress, { capture: true });
  for (const type of TRIGGERS) window.addEventListener(type, start, { capture: true, passive: true });
} else {
  start();
}
