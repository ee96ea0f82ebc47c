import { useTranslation } from 'react-i18next';
import { displayName, getLanguage, LANGUAGES, type LanguageCode } from '../../../languages.ts';
import type { GlossaryData, GlossaryEntry, GlossarySource } from '../../../core/wire/glossary-data.ts';
import { glossaryPath, readerPath } from '../../routes.ts';
import { RecordFrame } from './RecordFrame.tsx';
import { CitedText, GlossarySources } from './GlossarySources.tsx';

interface Props {
  readonly language: LanguageCode;
  readonly glossary: GlossaryData;
  /** Per term id, the paragraph of this language's text where it is first marked, and that paragraph's number. */
  readonly firstUse: ReadonlyMap<string, { readonly id: string; readonly number: number }>;
}

/** A term's name in a language: its dictionary form, else the agreed form the check accepts. */
const termName = (entry: GlossaryEntry, language: string): string => entry.names[language] ?? entry.forms[language]?.[0] ?? '';

function Term({
  entry,
  language,
  use,
  sources,
}: {
  readonly entry: GlossaryEntry;
  readonly language: LanguageCode;
  readonly use?: { id: string; number: number };
  readonly sources: ReadonlyMap<string, GlossarySource>;
}) {
  const { t: rt } = useTranslation('record');
  const ui = { t: rt };
  return (
    <section id={entry.id} className="glossary-term" aria-labelledby={`${entry.id}-name`}>
      <h2 id={`${entry.id}-name`}>{termName(entry, language)}</h2>
      <table className="glossary-forms">
        <tbody>
          {LANGUAGES.map((l) => {
            const convention = entry.conventions[l.code];
            return (
              <tr key={l.code}>
                <th scope="row" lang={l.code}>
                  {displayName(l)}
                </th>
                <td>
                  <span lang={l.code}>{termName(entry, l.code)}</span>
                  {/* The translators' note on this language's form; the glossary's notes are written in English. */}
                  {convention && (
                    <span className="glossary-note" lang="en">
                      <CitedText text={convention} sources={sources} />
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {/* What concerns every language is written in English, the glossary's working language. */}
      {entry.general && (
        <p className="glossary-note" lang="en">
          <CitedText text={entry.general} sources={sources} />
        </p>
      )}
      {use && (
        <p>
          <a href={`${readerPath(language)}#${use.id}`}>
            {ui.t('glossary.firstUse', { ns: 'record', defaultValue: 'First used in paragraph {{number}}', number: use.number })}
          </a>
        </p>
      )}
    </section>
  );
}

/** The agreed terms, each in all seven languages with the convention its forms follow, in the page's language order. */
export function GlossaryPage({ language, glossary, firstUse }: Props) {
  const { entries } = glossary;
  const sources = new Map(glossary.sources.map((s) => [s.id, s]));
  const { t } = useTranslation('record');
  const ui = { t };
  const collator = new Intl.Collator(getLanguage(language).locale);
  const sorted = [...entries].sort((a, b) => collator.compare(termName(a, language), termName(b, language)));
  return (
    <RecordFrame language={language} hrefFor={glossaryPath}>
      <h1>{ui.t('glossary.title', { ns: 'record', defaultValue: 'Agreed terms' })}</h1>
      <p>
        {ui.t('glossary.intro', {
          ns: 'record',
          defaultValue:
            'The terms every language version renders the same way each time, as the translators agreed them: each in all seven languages, with the convention its forms follow. In the text, the first occurrence of each is marked and leads here.',
        })}
      </p>
      <nav aria-label={t('glossary.index', { ns: 'record', defaultValue: 'Terms' })}>
        <ul className="glossary-index">
          {sorted.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{termName(entry, language)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sorted.map((entry) => {
        const use = firstUse.get(entry.id);
        return <Term key={entry.id} entry={entry} language={language} sources={sources} {...(use ? { use } : {})} />;
      })}
      <GlossarySources sources={glossary.sources} />
    </RecordFrame>
  );
}
