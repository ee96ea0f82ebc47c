import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, SOURCE_LANGUAGE, type LanguageCode } from '../../languages.ts';
import type { TermMark } from '../../core/wire/glossary-data.ts';
import { documentDate } from '../i18n.ts';
import type { BlockView } from '../paragraphs.ts';
import { glossaryPath } from '../routes.ts';
import { useUiText } from '../ui-text.tsx';

/**
 * A paragraph's text with its agreed terms marked: each a link to the term in the glossary page of the text's
 * language (which works without scripts); with them, focusing, pointing at or tapping it shows the term in the
 * other languages (term-popup.ts).
 */
export function TermText({
  text,
  marks,
  language,
}: {
  readonly text: string;
  readonly marks?: readonly TermMark[] | undefined;
  readonly language: string;
}) {
  if (!marks || marks.length === 0 || !isLanguageCode(language)) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end, term] of marks) {
    if (start < at || end > text.length) continue;
    parts.push(text.slice(at, start));
    parts.push(
      <a key={start} className="term" href={`${glossaryPath(language)}#${term}`} data-term={term}>
        {text.slice(start, end)}
      </a>,
    );
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * A stale paragraph's "what changed": the English the translation was made from and the English now, each
 * with its side of the word diff marked, in a disclosure that works without scripts.
 */
export function WhatChanged({ view }: { readonly view: BlockView }) {
  const ui = useUiText();
  if (view.state !== 'stale' || !view.changes) return null;
  return (
    <details className="what-changed">
      <summary>{ui.t('changed.show', { defaultValue: 'What changed in the English' })}</summary>
      <p className="changed-label">{ui.t('changed.before', { defaultValue: 'The English this translation was made from:' })}</p>
      <p lang="en" className="changed-text">
        {view.changes.map((part, i) =>
          part.kind === 'removed' ? <del key={i}>{part.text}</del> : part.kind === 'same' ? part.text : null,
        )}
      </p>
      <p className="changed-label">{ui.t('changed.after', { defaultValue: 'The English now:' })}</p>
      <p lang="en" className="changed-text">
        {view.changes.map((part, i) => (part.kind === 'added' ? <ins key={i}>{part.text}</ins> : part.kind === 'same' ? part.text : null))}
      </p>
    </details>
  );
}

/** "Revised 3 December 2026 after the English changed", where a paragraph's latest revision answered the English. */
export function RevisionNote({ view, pageLanguage }: { readonly view: BlockView; readonly pageLanguage: string }) {
  const { i18n } = useTranslation();
  const ui = useUiText();
  if (!view.revision || pageLanguage === SOURCE_LANGUAGE || !isLanguageCode(pageLanguage)) return null;
  const date = documentDate(i18n, pageLanguage as LanguageCode, view.revision.date);
  return (
    <p className="revision-note">
      {view.revision.kind === 'revised'
        ? ui.t('changed.revised', { defaultValue: 'Revised {{date}} after the English changed.', date })
        : ui.t('changed.confirmed', { defaultValue: 'Checked {{date}} against the changed English and kept unchanged.', date })}
    </p>
  );
}
