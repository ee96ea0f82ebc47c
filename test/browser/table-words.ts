/**
 * What the layout does to words: the page's sideways overflow, and every table cell narrower than the widest word
 * in it (as its own font sets that word), where the page's column is wide enough for that word. A compound
 * written with a hyphen (NORDEFCO-ministermøde) may end a line at its hyphen, as print does: its parts are the words.
 */
export function measureWords(): { overflow: number; crushed: string[] } {
  const context = document.createElement('canvas').getContext('2d');
  // The column is the main landmark's content box: its padding is no room for a word.
  const main = document.querySelector('main') ?? document.body;
  const mainStyle = getComputedStyle(main);
  const column = main.clientWidth - parseFloat(mainStyle.paddingLeft) - parseFloat(mainStyle.paddingRight);
  const crushed: string[] = [];
  for (const cell of document.querySelectorAll<HTMLElement>('main td, main th')) {
    const style = getComputedStyle(cell);
    const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    for (const element of [cell, ...cell.querySelectorAll<HTMLElement>('*')]) {
      if (!context) break;
      context.font = getComputedStyle(element).font;
      const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '');
      for (const word of own
        .join(' ')
        .split(/\s+|(?<=[-\u2010])/)
        .filter(Boolean)) {
        const width = context.measureText(word).width;
        if (width > inner + 0.5 && width <= column) crushed.push(`${word} (${Math.round(width)} px in a ${Math.round(inner)} px cell)`);
      }
    }
  }
  return { overflow: document.documentElement.scrollWidth - window.innerWidth, crushed };
}

/**
 * Words the layout broke: every word in a table cell of the main landmark whose letters lie on more than one line
 * (the word's client rects at two heights), where the page's column is wide enough for the word on one line; with
 * the page's sideways overflow. A word wider than the whole column breaks, as in the reading text: the other way,
 * every line of its table would scroll sideways. Every disclosure is opened first, so that the tables behind them
 * are laid out as a reader who opens them sees them. Words are split at spaces, hyphens and slashes: a compound
 * may end a line at its hyphen, as print does.
 */
export function brokenWords(): { overflow: number; broken: string[] } {
  for (const details of document.querySelectorAll('main details')) details.setAttribute('open', '');
  const main = document.querySelector('main') ?? document.body;
  const mainStyle = getComputedStyle(main);
  const column = main.clientWidth - parseFloat(mainStyle.paddingLeft) - parseFloat(mainStyle.paddingRight);
  const broken: string[] = [];
  for (const cell of document.querySelectorAll<HTMLElement>('main td, main th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of (node.textContent ?? '').matchAll(/[^\s\-\u2010/]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const tops = rects.map((r) => r.top);
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        if (Math.max(...tops) - Math.min(...tops) > 1 && width <= column)
          broken.push(`${word[0]} (${Math.round(width)} px, column ${Math.round(column)} px)`);
      }
    }
  }
  return { overflow: document.documentElement.scrollWidth - window.innerWidth, broken };
}
