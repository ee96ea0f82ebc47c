import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, SOURCE_LANGUAGE, type LanguageCode } from '../../languages.ts';
import { saveTranslation } from '../dev-api.ts';
import type { ReplyProblem } from '../../core/wire/dev-api.ts';
import { languageName } from '../format.ts';

interface Props {
  readonly language: string;
  readonly namespace: string;
  readonly entryKey: string;
  /** The English to translate, as in locales/en ({{placeholders}} unfilled). */
  readonly english: string;
  readonly initial: string;
  readonly version: string;
  readonly onSaved: (translation: string, version: string) => void;
  readonly onCancel?: () => void;
}

type Outcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly warnings: readonly ReplyProblem[] }
  | { readonly kind: 'refused'; readonly message: string; readonly problems: readonly ReplyProblem[] };

const where = (p: ReplyProblem): string => (p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ` : '');

/**
 * Edit one translation and save it through the development server, which validates it as the
 * extraction does and refuses to overwrite a file changed on disk; refusals are shown, text kept.
 */
export function TranslationEditor({ language, namespace, entryKey, english, initial, version, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(initial);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const id = useId();
  const ui = (isLanguageCode(i18n.resolvedLanguage ?? '') ? i18n.resolvedLanguage : SOURCE_LANGUAGE) as LanguageCode;
  const name = isLanguageCode(language) ? languageName(language, ui) : language;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setOutcome({ kind: 'saving' });
    const reply = await saveTranslation({ language, namespace, key: entryKey, translation: text, from: english, version });
    if (reply.ok) {
      setOutcome({ kind: 'saved', warnings: reply.warnings });
      onSaved(text, reply.version);
    } else {
      setOutcome({ kind: 'refused', message: reply.message, problems: reply.problems });
    }
  };

  return (
    <form className="translation-editor" onSubmit={(e) => void submit(e)} aria-busy={outcome.kind === 'saving'}>
      <p className="editor-english" id={`${id}-english`}>
        <span className="editor-label">{t('edit.english', { defaultValue: 'English' })}: </span>
        <span lang="en">{english}</span>
      </p>
      <label htmlFor={`${id}-text`} className="editor-label">
        {t('edit.label', { defaultValue: 'Translation into {{language}}', language: name })}
      </label>
      <textarea
        id={`${id}-text`}
        lang={language}
        value={text}
        rows={Math.min(12, Math.max(3, Math.ceil(english.length / 70)))}
        aria-describedby={`${id}-english`}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="editor-actions">
        <button type="submit" className="button" disabled={outcome.kind === 'saving'}>
          {outcome.kind === 'saving' ? t('edit.saving', { defaultValue: 'Saving…' }) : t('edit.save', { defaultValue: 'Save' })}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {outcome.kind === 'saved' ? t('edit.close', { defaultValue: 'Close' }) : t('edit.cancel', { defaultValue: 'Cancel' })}
          </button>
        )}
      </div>
      <EditorMessage outcome={outcome} />
    </form>
  );
}

/** What became of the last save: saved (with any warnings), or refused with its reasons, in English as the checks write them. */
function EditorMessage({ outcome }: { readonly outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="editor-message">
      {outcome.kind === 'saved' && (
        <>
          <p>{t('edit.saved', { defaultValue: 'Saved. The translation is up to date with the English.' })}</p>
          <ProblemList lines={outcome.warnings.map((p) => p.message)} />
        </>
      )}
      {outcome.kind === 'refused' && (
        <>
          <p>
            {t('edit.refused', { defaultValue: 'Not saved.' })} <span lang="en">{outcome.message}</span>
          </p>
          <ProblemList lines={outcome.problems.map((p) => `${where(p)}${p.message}`)} />
        </>
      )}
    </div>
  );
}

function ProblemList({ lines }: { readonly lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <ul lang="en">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
