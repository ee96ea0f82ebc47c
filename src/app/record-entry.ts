// The pages about the text (revision history, past versions, glossary): prerendered documents, no app. What
// scripts add: the header measured so that anchors open clear of it, and the phone's language list closing on
// Escape and on a click outside, as the app's menus do.
import { measureHeader } from './header-height.ts';
import './styles.css';
import './styles/record.css';

document.documentElement.classList.add('js');
measureHeader(document);
addEventListener('resize', () => measureHeader(document));
document.querySelector(':target')?.scrollIntoView();

function closeMenus(except?: EventTarget | null): void {
  for (const menu of document.querySelectorAll<HTMLDetailsElement>('details[open]')) {
    if (except instanceof Node && menu.contains(except)) continue;
    menu.open = false;
    if (except === null) menu.querySelector('summary')?.focus();
  }
}
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeMenus(null);
});
document.addEventListener('click', (event) => closeMenus(event.target));
