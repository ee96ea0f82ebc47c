// The not-found page (and the tiny pages at misordered compare addresses). A static host answers every
// unknown address with the one 404.html: lead a comparison written in another order to its one address
// (keeping the #paragraph), else keep only the text in the address's language.
import { canonicalCompareAddress, pathLanguage } from './routes.ts';
import './styles.css';

const { pathname, search, hash } = window.location;
const canonical = canonicalCompareAddress(pathname);
if (canonical) {
  window.location.replace(`${canonical}${search}${hash}`);
} else {
  const language = pathLanguage(pathname);
  const sections = [...document.querySelectorAll<HTMLElement>('[data-not-found]')];
  const own = sections.find((s) => s.dataset['notFound'] === language);
  if (own && sections.length > 1) {
    for (const section of sections) section.hidden = section !== own;
    document.documentElement.lang = own.lang;
    document.title = own.querySelector('h1')?.textContent ?? document.title;
  }
}
