import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentOutline } from '../../../core/wire/locale-data.ts';
import type { ReviewAlignment } from '../../../core/wire/review-data.ts';
import { saveAlignment } from '../../dev-api.ts';
import { useUiText } from '../../ui-text.tsx';
import { useBlockName } from './EntryHeading.tsx';

interface Props {
  readonly language: string;
  /** The document, whose blocks name the paragraphs ("Paragraph 4"), as the review's entries are named. */
  readonly outline: DocumentOutline;
  readonly alignments: readonly ReviewAlignment[];
  /** The development server: corrections can be saved. */
  readonly editable: boolean;
  readonly onSaved: () => void;
}

/** One paragraph: each translated sentence beside the English it renders; in the development server, correctable. */
function Paragraph({
  language,
  outline,
  alignment,
  editable,
  onSaved,
}: {
  readonly language: string;
  readonly outline: DocumentOutline;
  readonly alignment: ReviewAlignment;
  readonly editable: boolean;
  readonly onSaved: () => void;
}) {
  const { t } = useTranslation();
  const ui = useUiText();
  const [links, setLinks] = useState(alignment.links);
  const [message, setMessage] = useState('');
  const toggle = (row: number, english: number): void =>
    setLinks(
      links.map((l, i) => (i !== row ? l : l.includes(english) ? l.filter((e) => e !== english) : [...l, english].sort((a, b) => a - b))),
    );
  const save = async (): Promise<void> => {
    // The endpoint exists in the development server only: the guard lets the build leave it out of the bundle.
    if (!import.meta.env.DEV) return;
    const reply = await saveAlignment({ language, namespace: alignment.namespace, key: alignment.key, links, ...alignment.fingerprints });
    setMessage(reply.ok ? t('review.align.saved', { defaultValue: 'Saved: this alignment is now the translators’ own.' }) : reply.message);
    if (reply.ok) onSaved();
  };
  return (
    <li className="review-alignment" id={`align-${language}-${alignment.key}`}>
      <AlignmentLabel outline={outline} alignment={alignment} />
      <AlignmentTable language={language} alignment={alignment} links={links} onToggle={editable ? toggle : undefined} />
      {editable && (
        <p>
          <button type="button" className="button" onClick={() => void save()}>
            {ui.t('review.align.save', { defaultValue: 'Save this alignment' })}
          </button>{' '}
          <span role="status">{message}</span>
        </p>
      )}
    </li>
  );
}

/** The paragraph, named as a reader knows it (its key where the document no longer has it), whose alignment it is, and whether to check it. */
function AlignmentLabel({ outline, alignment }: { readonly outline: DocumentOutline; readonly alignment: ReviewAlignment }) {
  const { t } = useTranslation();
  const ui = useUiText();
  const block = useBlockName(outline, alignment);
  return (
    <>
      <p className="review-label">
        {block ?? alignment.key}
        {alignment.source === 'translator' && ` · ${t('review.align.corrected', { defaultValue: 'corrected by a translator' })}`}
        {alignment.unsure && ` · ${t('review.align.unsure', { defaultValue: 'the aligner was unsure: check it' })}`}
      </p>
      {alignment.outdated && (
        <p className="review-unverified">
          {ui.t('review.align.outdated', {
            defaultValue: 'A correction made on an earlier text is no longer applied: check the alignment again.',
          })}
        </p>
      )}
    </>
  );
}

/** Each translated sentence beside the English it renders; with `onToggle`, a choice of the English sentences for each. */
function AlignmentTable({
  language,
  alignment,
  links,
  onToggle,
}: {
  readonly language: string;
  readonly alignment: ReviewAlignment;
  readonly links: ReviewAlignment['links'];
  readonly onToggle: ((row: number, english: number) => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <table className="alignment-table">
      <tbody>
        {alignment.translation.map((sentence, row) => (
          <tr key={row}>
            <td lang={language}>{sentence}</td>
            <td lang="en">{(links[row] ?? []).map((e) => alignment.english[e]).join(' ')}</td>
            {onToggle && (
              <td>
                {alignment.english.map((_, e) => (
                  <label key={e} className="alignment-choice">
                    <input type="checkbox" checked={(links[row] ?? []).includes(e)} onChange={() => onToggle(row, e)} />{' '}
                    {t('review.align.english', { defaultValue: 'English {{number}}', number: e + 1 })}
                  </label>
                ))}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A language's sentence alignment, paragraph by paragraph: what the comparison lights up. The paragraphs to
 * check first (the aligner unsure, a correction outdated) are listed open; the rest behind a disclosure.
 */
export function ReviewAlignments({ language, outline, alignments, editable, onSaved }: Props) {
  const ui = useUiText();
  if (alignments.length === 0) return null;
  const check = alignments.filter((a) => a.unsure || a.outdated);
  const rest = alignments.filter((a) => !a.unsure && !a.outdated);
  const item = (a: ReviewAlignment) => (
    <Paragraph key={a.key} language={language} outline={outline} alignment={a} editable={editable} onSaved={onSaved} />
  );
  return (
    // Named with its language's heading (Review.tsx), as every language's alignment heading reads the same: one landmark each.
    <section className="review-alignments" aria-labelledby={`review-${language} align-${language}`}>
      <h3 id={`align-${language}`}>{ui.t('review.align.title', { defaultValue: 'Sentence alignment with the English' })}</h3>
      {check.length > 0 && <ul className="review-entries">{check.map(item)}</ul>}
      <details>
        <summary>{ui.t('review.align.all', { defaultValue: 'Every paragraph ({{count}})', count: rest.length })}</summary>
        <ul className="review-entries">{rest.map(item)}</ul>
      </details>
    </section>
  );
}
