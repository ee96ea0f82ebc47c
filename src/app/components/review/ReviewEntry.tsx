import { useState, type ReactNode } from 'react';
import { useUiText } from '../../ui-text.tsx';
import type { ReviewEntry as Entry } from '../../../core/wire/review-data.ts';
import { TranslationEditor } from '../TranslationEditor.tsx';
import { EntryHeading } from './EntryHeading.tsx';
import type { DocumentOutline } from '../../../core/wire/locale-data.ts';

/** How the English changed since the translation was made, word by word. */
function Diff({ entry }: { readonly entry: Entry }) {
  const ui = useUiText();
  const unknown = entry.unverified ? (
    <p className="review-unverified">
      {ui.t('review.unverified', {
        defaultValue: 'Nothing shows which English this translation was made from: check it against the English above.',
      })}
    </p>
  ) : null;
  if (!entry.diff) return unknown;
  return (
    <div className="review-text">
      {unknown}
      <p className="review-label">{ui.t('review.changed', { defaultValue: 'How the English changed since it was translated' })}</p>
      <p lang="en" className="diff">
        {entry.diff.map((part, i) =>
          part.kind === 'removed' ? (
            <del key={i}>{part.text}</del>
          ) : part.kind === 'added' ? (
            <ins key={i}>{part.text}</ins>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
    </div>
  );
}

/** One untranslated, stale or obsolete entry: its English, its translation, its problems, and (dev server) an editor. */
export function ReviewEntry({
  entry,
  language,
  version,
  editable,
  onSaved,
  outline,
}: {
  readonly entry: Entry;
  readonly language: string;
  /** The document, to name a paragraph by its number. */
  readonly outline: DocumentOutline;
  readonly version: string;
  readonly editable: boolean;
  readonly onSaved: () => void;
}) {
  const ui = useUiText();
  return (
    <li className="review-entry" data-status={entry.status} data-language={language}>
      <EntryHeading entry={entry} language={language} outline={outline} />
      <EntryEnglish entry={entry} />
      {entry.translation !== undefined && (
        <LabelledText label={ui.t('review.translation', { defaultValue: 'Translation' })} lang={language} text={entry.translation} />
      )}
      {entry.problems.length > 0 && (
        <ul className="review-problems" lang="en">
          {entry.problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
      {/* DEV again, where the editor is rendered: a prop alone would keep the editor in the production bundle. */}
      {import.meta.env.DEV && editable && entry.status !== 'obsolete' && entry.english !== undefined && (
        <EntryEditor entry={entry} english={entry.english} language={language} version={version} onSaved={onSaved} />
      )}
    </li>
  );
}

/** The English a stale entry's translation was made from (how it changed), a live entry's English, or an obsolete one's last. */
function EntryEnglish({ entry }: { readonly entry: Entry }) {
  const ui = useUiText();
  if (entry.status === 'stale') return <Diff entry={entry} />;
  if (entry.english !== undefined)
    return <LabelledText label={ui.t('review.english', { defaultValue: 'English' })} lang="en" text={entry.english} />;
  if (entry.from === undefined) return null;
  return (
    <LabelledText
      label={ui.t('review.removedEnglish', { defaultValue: 'English it was translated from (no longer in the original)' })}
      lang="en"
      text={entry.from}
    />
  );
}

function LabelledText({ label, lang, text }: { readonly label: ReactNode; readonly lang: string; readonly text: string }) {
  return (
    <div className="review-text">
      <p className="review-label">{label}</p>
      <p lang={lang}>{text}</p>
    </div>
  );
}

/** The button that opens the editor of the entry's translation, and the editor. */
function EntryEditor({
  entry,
  english,
  language,
  version,
  onSaved,
}: {
  readonly entry: Entry;
  readonly english: string;
  readonly language: string;
  readonly version: string;
  readonly onSaved: () => void;
}) {
  const ui = useUiText();
  const [editing, setEditing] = useState(false);
  if (!editing)
    return (
      <button type="button" className="button edit-button" onClick={() => setEditing(true)}>
        {ui.t('edit.open', { defaultValue: 'Edit translation' })}
      </button>
    );
  return (
    <TranslationEditor
      language={language}
      namespace={entry.namespace}
      entryKey={entry.key}
      english={english}
      initial={entry.translation ?? ''}
      version={version}
      onSaved={onSaved}
      onCancel={() => setEditing(false)}
    />
  );
}
