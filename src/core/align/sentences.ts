/** Where one sentence of a text lies: `text.slice(start, end)`, surrounding white space excluded. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Abbreviations after which a full stop ends no sentence, by language (lower case, with their stops).
 * Official texts use few; these are the ones a ministry's style guide lists for running text. Icelandic
 * "e." (ensku, "in English") matters here: "(e. Nordic Defence Concept)" is followed by a capital.
 */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  en: ['e.g.', 'i.e.', 'etc.', 'mr.', 'mrs.', 'ms.', 'dr.', 'no.', 'art.', 'para.', 'cf.', 'vs.', 'st.'],
  da: ['f.eks.', 'bl.a.', 'dvs.', 'mv.', 'jf.', 'nr.', 'pkt.', 'stk.', 'ca.', 'hhv.', 'inkl.', 'evt.'],
  nb: ['f.eks.', 'bl.a.', 'dvs.', 'mv.', 'jf.', 'nr.', 'pkt.', 'ca.', 'inkl.', 'evt.', 'o.l.'],
  nn: ['t.d.', 'm.a.', 'dvs.', 'mv.', 'jf.', 'nr.', 'pkt.', 'ca.', 'inkl.', 'evt.', 'o.l.'],
  sv: ['t.ex.', 'bl.a.', 'd.v.s.', 'dvs.', 'm.m.', 'jfr.', 'nr.', 'p.', 'ca.', 'inkl.', 'resp.', 'fr.o.m.', 't.o.m.'],
  fi: ['esim.', 'ns.', 'mm.', 'ym.', 'jne.', 'nk.', 'ks.', 'n.', 'noin.', 'kpl.', 'yms.'],
  is: ['e.', 'þ.e.', 't.d.', 'o.fl.', 'm.a.', 's.s.', 'þ.m.t.', 'sbr.', 'nr.', 'u.þ.b.', 'o.s.frv.', 'f.h.'],
};

/** A sentence may end at . ! ? (or …), after which closing quotes and brackets still belong to it. */
const END = /[.!?…]+["'”’»)\]]*/gu;
/** What opens the next sentence: a capital, a digit, an opening quote or bracket. */
const OPENS = /^\s+["'“‘«([]?[\p{Lu}\p{N}]/u;
const PLACEHOLDER = /\{\{[^}]*\}\}/g;

function endsWithAbbreviation(before: string, language: string): boolean {
  const word = /(?:^|[\s(])(\S+)$/u.exec(before)?.[1]?.toLocaleLowerCase(language) ?? '';
  if (
    (ABBREVIATIONS[language] ?? []).some(
      (a) => word.endsWith(a) && (word.length === a.length || !/\p{L}/u.test(word.at(-a.length - 1) ?? '')),
    )
  )
    return true;
  // A single capital with a stop is an initial ("J. Smith"), not the end of a sentence.
  return /(?:^|\s)\p{Lu}\.$/u.test(before);
}

/** Ranges of `{{placeholders}}`, inside which nothing is a sentence boundary. */
function placeholders(text: string): Span[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The sentences of a paragraph, in order, as spans of the text. A boundary is a stop followed by white
 * space and something that opens a sentence, unless the stop ends a known abbreviation or an initial.
 * Deterministic and the same at every build: the alignment and translators' corrections refer to it.
 */
export function splitSentences(text: string, language: string): Span[] {
  const spans: Span[] = [];
  const guarded = placeholders(text);
  let start = text.length - text.trimStart().length;
  for (const match of text.matchAll(END)) {
    const end = match.index + match[0].length;
    if (guarded.some((g) => match.index >= g.start && match.index < g.end)) continue;
    if (!OPENS.test(text.slice(end))) continue;
    const stop = match.index + (match[0].startsWith('.') ? 1 : 0);
    if (match[0].startsWith('.') && endsWithAbbreviation(text.slice(start, stop), language)) continue;
    spans.push({ start, end });
    start = end + (text.slice(end).length - text.slice(end).trimStart().length);
  }
  const last = text.trimEnd().length;
  if (last > start) spans.push({ start, end: last });
  return spans;
}
