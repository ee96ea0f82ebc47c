import type { ExchangeFormat } from './format.ts';
import { XLIFF12 } from './xliff12.ts';
import { XLIFF21 } from './xliff21.ts';
import { parseXml } from './xml.ts';

/** The XLIFF versions an export can write, by the --version a user gives. */
export const XLIFF_VERSIONS: Readonly<Record<string, ExchangeFormat>> = { '1.2': XLIFF12, '2.1': XLIFF21 };

/** Reads either version, as the file's root says; writes 1.2, the one every CAT tool reads. */
export const XLIFF: ExchangeFormat = {
  ...XLIFF12,
  label: 'XLIFF',
  parse(text, context) {
    const xml = parseXml(text, context.file);
    if (!xml.ok) return xml;
    const version = xml.value.documentElement?.getAttribute('version') ?? '';
    return (version.startsWith('2.') ? XLIFF21 : XLIFF12).parse(text, context);
  },
};
