import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossarySource } from '../../../core/wire/glossary-data.ts';

/**
 * A note's text with each citation it makes ("[R-dnn 3]") a link to that source in the page's list of sources, so
 * a reader checking a convention reaches what it rests on; a bracket that cites no listed source stays text.
 */
export function CitedText({ text, sources }: { readonly text: string; readonly sources: ReadonlyMap<string, GlossarySource> }) {
  const parts = text.split(/(\[[^[\]]+\])/);
  return (
    <>
      {parts.map((part, i) => {
        const source = sources.get(part.slice(1, -1));
        return source && part.startsWith('[') ? (
          <a key={i} href={`#${source.anchor}`} className="citation">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        );
      })}
    </>
  );
}

/** The sources the notes cite, each under its citation, as the revisers described them (in English, as the notes). */
export function GlossarySources({ sources }: { readonly sources: readonly GlossarySource[] }) {
  const { t } = useTranslation('record');
  const ui = { t };
  const map = new Map(sources.map((s) => [s.id, s]));
  if (sources.length === 0) return null;
  return (
    <section className="glossary-sources" aria-labelledby="glossary-sources">
      <h2 id="glossary-sources">{ui.t('glossary.sources', { ns: 'record', defaultValue: 'Sources cited in the notes' })}</h2>
      <p>
        {ui.t('glossary.sourcesIntro', {
          ns: 'record',
          defaultValue:
            'The notes cite the independent revisions of the translations and the official texts each revision quotes (listed in English); words in «» are quoted as the revision quoted them.',
        })}
      </p>
      <dl lang="en">
        {sources.map((source) => (
          <Fragment key={source.id}>
            <dt id={source.anchor}>{`[${source.id}]`}</dt>
            <dd>
              <CitedText text={source.text} sources={map} />
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
