/**
 * The sentence alignment of the declaration as a reader of both languages sees it, written from reading
 * the English and each translation side by side (not from the aligner's output). Each bead pairs the
 * opening words of English sentences with those of the translated sentences that render them; a side
 * may list several sentences (a translation that splits or joins them). Every translation today keeps
 * the English sentence structure, so every bead is one to one, in order: what a translator of an official
 * text does, and what the aligner must find without being told.
 *
 * `text` is a fingerprint (src/core/common/hash.ts) of the text read: when the English or a translation
 * of a paragraph changes, its expectation no longer applies and the test reports it as not checked
 * (re-read the paragraph and update it here), instead of failing or passing unseen.
 */
export type Side = string | readonly string[];
export interface Expected {
  readonly text: string;
  readonly beads: readonly (readonly [Side, Side])[];
}

/** The English as read: fingerprint and sentence openings per paragraph id. */
export const ENGLISH: Readonly<Record<string, { readonly text: string; readonly sentences: readonly string[] }>> = {
  title: { text: '090d61b4a096a4', sentences: ['NORDEFCO Ministerial Meeting'] },
  subtitle: { text: '1bb59fab5a7f97', sentences: ['Joint declaration from'] },
  opening: { text: '110a070a37fef1', sentences: ['Today, the Nordic Ministers'] },
  threat: { text: '0b393a8d84a664', sentences: ['Russia’s aggressive behavior', 'Against this backdrop', 'Progress has been made'] },
  'vision-2030': { text: '1b54345a530c85', sentences: ['The Ministers welcomed the enhanced', 'Further concrete steps'] },
  corridors: { text: '16c8699a536f69', sentences: ['At the meeting', 'The Ministers also signed', 'Initiatives that will'] },
  norfolk: { text: '1574550206edf9', sentences: ['The Ministers look forward', 'The Ministers underlined'] },
  ukraine: { text: '053e21766b9989', sentences: ['The Nordic Ministers of Defence met'] },
  'civil-preparedness': { text: '01b9397e708873', sentences: ['Finally, the Nordic', 'The Ministers welcomed that'] },
};

const one = (id: string, text: string, ...translated: readonly string[]): [string, Expected] => [
  id,
  { text, beads: translated.map((t, i) => [ENGLISH[id]?.sentences[i] ?? `(no English sentence ${i + 1})`, t] as const) },
];

export const EXPECTED: Readonly<Record<string, Readonly<Record<string, Expected>>>> = {
  da: Object.fromEntries([
    one('title', '00347c724d8eb3', 'NORDEFCO-ministermøde i København'),
    one('subtitle', '000c97a76dd9f9', 'Fælles erklæring'),
    one('opening', '0643f36a7706f2', 'I dag mødtes'),
    one('threat', '1e7af009b821ee', 'Ruslands aggressive adfærd', 'På denne baggrund', 'Der er gjort fremskridt'),
    one('vision-2030', '150c263f5b78e4', 'Ministrene glædede sig over det styrkede', 'Med undertegnelsen'),
    one('corridors', '0ca3c74b7fa80a', 'På mødet tilsluttede', 'Ministrene undertegnede også', 'Initiativerne vil også'),
    one('norfolk', '08eaf9de104021', 'Ministrene ser frem', 'Ministrene understregede'),
    one('ukraine', '02364858bcf7d1', 'De nordiske forsvarsministre mødtes'),
    one('civil-preparedness', '16b49374092b82', 'Endelig understregede', 'Ministrene glædede sig over, at'),
  ]),
  nb: Object.fromEntries([
    one('title', '16687d5d05b6cd', 'NORDEFCO-ministermøte i København'),
    one('subtitle', '0689e134478228', 'Felleserklæring fra'),
    one('opening', '0b2397fe407a03', 'De nordiske forsvarsministrene møttes'),
    one('threat', '1b3ba8a4741fb1', 'Russlands aggressive opptreden', 'På denne bakgrunn', 'Det er gjort fremskritt'),
    one('vision-2030', '02571e66c0bd58', 'Ministrene uttrykte tilfredshet med det', 'Med undertegningen'),
    one('corridors', '03d6417639c58f', 'På møtet sluttet', 'Ministrene undertegnet også', 'Initiativene vil også'),
    one('norfolk', '152ee92fef7846', 'Ministrene ser frem', 'Ministrene understreket'),
    one('ukraine', '083a13962be508', 'De nordiske forsvarsministrene møtte'),
    one('civil-preparedness', '13397561962b9c', 'Til slutt understreket', 'Ministrene uttrykte tilfredshet med at'),
  ]),
  nn: Object.fromEntries([
    one('title', '16687d5d05b6cd', 'NORDEFCO-ministermøte i København'),
    one('subtitle', '1d786a697c439e', 'Felles fråsegn'),
    one('opening', '10c780e62c9869', 'Dei nordiske forsvarsministrane møttest'),
    one('threat', '1b787fb33abdf4', 'Den aggressive framferda', 'På denne bakgrunnen', 'Det er gjort framsteg'),
    one('vision-2030', '0ee53adb89452b', 'Ministrane uttrykte tilfredsheit med det', 'Med underteikninga'),
    one('corridors', '030b456af7d9d4', 'På møtet slutta', 'Ministrane underteikna òg', 'Initiativa vil òg'),
    one('norfolk', '01d5fee1bd3df4', 'Ministrane ser fram', 'Ministrane understreka'),
    one('ukraine', '040720e13cefa4', 'Dei nordiske forsvarsministrane møtte'),
    one('civil-preparedness', '153852f8526144', 'Til slutt understreka', 'Ministrane uttrykte tilfredsheit med at'),
  ]),
  sv: Object.fromEntries([
    one('title', '052924b78267a2', 'Ministermöte inom Nordefco'),
    one('subtitle', '0bc0683765fc29', 'Gemensam deklaration'),
    one('opening', '149643038d1bd3', 'I dag möttes'),
    one('threat', '14a33c223eb606', 'Rysslands aggressiva agerande', 'Mot denna bakgrund', 'Framsteg har gjorts'),
    one('vision-2030', '1ba35f0cf3ff45', 'Ministrarna välkomnade det', 'Ytterligare konkreta steg'),
    one('corridors', '1d1ca055b4a4ca', 'Vid mötet ställde', 'Ministrarna undertecknade också', 'Initiativen kommer även'),
    one('norfolk', '14a49f63ee23e9', 'Ministrarna ser fram', 'Ministrarna underströk'),
    one('ukraine', '1df76df01a7397', 'De nordiska försvarsministrarna träffade'),
    one('civil-preparedness', '11efe1d1481f00', 'Slutligen underströk', 'Ministrarna välkomnade att'),
  ]),
  fi: Object.fromEntries([
    one('title', '0bf5609aff76a9', 'Nordefcon ministerikokous'),
    one('subtitle', '135e25025bfbe2', 'Pohjoismaiden puolustusministerien yhteinen'),
    one('opening', '0af50a16231853', 'Pohjoismaiden puolustusministerit kokoontuivat'),
    one('threat', '0962bb309290b0', 'Venäjän aggressiivinen toiminta', 'Tätä taustaa vasten', 'Edistystä on saavutettu'),
    one('vision-2030', '1aa1975b871615', 'Ministerit pitivät tervetulleena sekä', 'Pohjoismaiden välisen operatiivisen'),
    one('corridors', '1056ada79e0aba', 'Kokouksessa ministerit', 'Ministerit allekirjoittivat myös', 'Aloitteet edistävät'),
    one('norfolk', '03e9505becfffb', 'Ministerit odottavat', 'Ministerit korostivat'),
    one('ukraine', '07bf2215dd15c9', 'Pohjoismaiden puolustusministerit tapasivat'),
    one('civil-preparedness', '0213e467657009', 'Lopuksi Pohjoismaiden', 'Ministerit pitivät tervetulleena sitä'),
  ]),
  is: Object.fromEntries([
    one('title', '055834d2c2d224', 'Ráðherrafundur NORDEFCO'),
    one('subtitle', '02d1d11f91bf02', 'Sameiginleg yfirlýsing'),
    one('opening', '1f47c3cf162297', 'Í dag komu'),
    one('threat', '0e5b198973b81d', 'Árásargjarnt framferði', 'Í ljósi þessa', 'Árangur hefur náðst'),
    // The second sentence holds "(e. Nordic Defence Concept)": "e." (ensku) ends no sentence.
    one('vision-2030', '08f89486795a15', 'Ráðherrarnir fögnuðu auknu', 'Frekari áþreifanleg skref'),
    one('corridors', '1fe8c0fddcb549', 'Á fundinum samþykktu', 'Ráðherrarnir undirrituðu einnig', 'Verkefnin munu jafnframt'),
    one('norfolk', '1aabda89d440d3', 'Ráðherrarnir hlakka til', 'Ráðherrarnir undirstrikuðu'),
    one('ukraine', '0903cfbe1dc579', 'Varnarmálaráðherrar Norðurlandanna funduðu'),
    // "(e. total defence)" in the first sentence, as above.
    one('civil-preparedness', '16b264e59ce6af', 'Að lokum undirstrikuðu', 'Ráðherrarnir fögnuðu því'),
  ]),
};
