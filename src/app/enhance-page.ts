/**
 * The page's only eager script, a few kilobytes. The prerendered HTML is the whole declaration, readable and
 * navigable as it is: links switch language, permalinks highlight with :target, menus are <details>. This
 * script adds what needs a script (enhance/): the tools, menus that close, the kept place, at once and with
 * nothing more to download. React and i18next (about 90 KB) load only where the page needs the app: the review (its
 * filters), the comparison (its sentence alignment), both marked data-hydrate, and the development server, which
 * renders on the client.
 */
import { isLanguageCode } from '../languages.ts';
import { enhance } from './enhance/index.ts';
import { fillAccessedDates } from './enhance/messages.ts';
import { rememberLanguage } from './remember.ts';
import { listenForTerms } from './term-trigger.ts';
import './styles.css';

// Scripts run: controls that need them (copy, print, share) are offered from now (scripted.css).
document.documentElement.classList.add('js');
enhance(document);
document.querySelector(':target')?.scrollIntoView();
listenForTerms(document);

const root = document.getElementById('root');
const prerendered = root?.dataset['prerendered'];
if (prerendered && root?.dataset['hydrate'] !== 'eager') {
  // Opening a language's page is choosing it: `/` will bring the reader back here.
  if (isLanguageCode(prerendered)) rememberLanguage(prerendered);
} else {
  void import('./render-app.tsx')
    .then(({ startApp }) => startApp())
    // The development server renders the citations on the client, after the first filling.
    .then(() => fillAccessedDates(document, new Date()));
}
