import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { LANGUAGE_CODES } from '../../src/languages.ts';
import { describeInBrowser, open } from './browser.ts';

const base = inject('baseUrl');

/**
 * Each language's quotation marks, outer and inner, from its own style guide (the sources: docs/translating.md,
 * Quotation marks): Danish »…« (Retskrivningsreglerne § 58; the EU Publications Office's Formex), Norwegian «…»
 * (Språkrådet), Swedish and Finnish ”…” (Svenska skrivregler; Kielitoimiston ohjepankki; Formex), Icelandic „…“
 * (Ritreglur, Árnastofnun; Formex), English “…”.
 */
const MARKS: Readonly<Record<string, { outer: [string, string]; inner: [string, string] }>> = {
  en: { outer: ['“', '”'], inner: ['‘', '’'] },
  da: { outer: ['»', '«'], inner: ['›', '‹'] },
  nb: { outer: ['«', '»'], inner: ['‘', '’'] },
  nn: { outer: ['«', '»'], inner: ['‘', '’'] },
  sv: { outer: ['”', '”'], inner: ['’', '’'] },
  fi: { outer: ['”', '”'], inner: ['’', '’'] },
  is: { outer: ['„', '“'], inner: ['‚', '‘'] },
};

interface Snapshot {
  documents: { nodes: Nodes; layout: { nodeIndex: number[]; text: number[] } }[];
  strings: string[];
}
interface Nodes {
  nodeName: number[];
  parentIndex: number[];
  attributes: number[][];
  pseudoType: { index: number[]; value: number[] };
}

/**
 * The marks Chromium drew around each `<q>` in `main`, in document order: the text its layout gave the ::before and
 * ::after boxes (DOMSnapshot), which is what the reader sees, not the `content: open-quote` the style asks for.
 */
async function drawnMarks(page: Page): Promise<[string, string][]> {
  const cdp = await page.context().newCDPSession(page);
  const { documents, strings } = (await cdp.send('DOMSnapshot.captureSnapshot', { computedStyles: [] })) as Snapshot;
  const [doc] = documents;
  if (!doc) return [];
  const { nodes, layout } = doc;
  const drawn = new Map<number, string>();
  layout.nodeIndex.forEach((node, i) => {
    const text = layout.text[i] ?? -1;
    if (text >= 0) drawn.set(node, (drawn.get(node) ?? '') + (strings[text] ?? ''));
  });
  const pseudo = new Map(nodes.pseudoType.index.map((node, i) => [node, strings[nodes.pseudoType.value[i] ?? -1]]));
  const name = (node: number): string => strings[nodes.nodeName[node] ?? -1] ?? '';
  const inMain = (node: number): boolean => node >= 0 && (name(node) === 'MAIN' || inMain(nodes.parentIndex[node] ?? -1));
  const quotes = nodes.nodeName.flatMap((_, node) => (name(node) === 'Q' && inMain(node) ? [node] : []));
  const side = (q: number, which: string): string =>
    drawn.get([...pseudo].find(([node, type]) => type === which && nodes.parentIndex[node] === q)?.[0] ?? -1) ?? '';
  return quotes.map((q) => [side(q, 'before'), side(q, 'after')]);
}

describeInBrowser('quotation marks', (browser) => {
  const languages = LANGUAGE_CODES.filter((code) => MARKS[code]);

  it('a <q> has its language’s marks, a <q> within it the inner ones, and a quotation in another language the marks of the page around it', async () => {
    for (const language of languages) {
      const { page, close } = await open(browser(), `${base}/${language}/history/`);
      const other = languages.find((code) => code !== language) ?? language;
      // A quotation in a quotation, and one in another language, as a page would write them.
      await page.evaluate((other) => {
        const p = document.createElement('p');
        p.innerHTML = `<q>a <q>b</q> c</q> <q lang="${other}">d</q>`;
        document.querySelector('main')?.prepend(p);
      }, other);
      const { outer, inner } = MARKS[language] ?? { outer: [], inner: [] };
      const drawn = await drawnMarks(page);
      expect(drawn.slice(0, 3), language).toEqual([outer, inner, outer]);
      // The history's own quotations (each change's opening words), where git gave it any.
      for (const [index, marks] of drawn.slice(3).entries()) expect(marks, `${language} quotation ${index}`).toEqual(outer);
      await close();
    }
  });
});
