// The pages about the text (revision history, past versions, glossary): prerendered documents, no app. What
// scripts add: the header measured so that anchors open clear of it, and the phone's language list closing on
// Escape, on a click outside and when the focus leaves it, as every menu of the site does.
import { enhanceMenus } from './enhance/menus.ts';
import { measureHeader } from './header-height.ts';
import './styles.css';
import './styles/record.css';

document.documentElement.classList.add('js');
measureHeader(document);
addEventListener('resize', () => measureHeader(document));
document.querySelector(':target')?.scrollIntoView();

// Its menus (the phone's language list) close as every menu of the site does (enhance/menus.ts).
enhanceMenus(document, new AbortController().signal);
