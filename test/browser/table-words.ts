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
