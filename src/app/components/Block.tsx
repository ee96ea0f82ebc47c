import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiText } from '../ui-text.tsx';
import type { BlockView } from '../paragraphs.ts';
import { EditingContext } from '../editing.ts';
import { ParagraphTools } from './ParagraphTools.tsx';
import { TranslationEditor } from './TranslationEditor.tsx';
import { RevisionNote, TermText, WhatChanged } from './ParagraphNotes.tsx';
import { EnglishLabels } from './EnglishLabels.tsx';

interface Props {
  readonly view: BlockView;
  readonly number: number;
  /** The page's language, which the markers are written in. */
  readonly pageLanguage: string;
}

/**
 * The English original of a translated paragraph, one action away. A native disclosure: without scripts its
 * own summary opens it; with them the summary gives way to the paragraph's tools and the page's switch that
 * shows the English under every paragraph (enhance/english.ts), which open it.
 */
function Original({ view }: { readonly view: BlockView }) {
  const stale = view.state === 'stale';
  return (
    <details className="original" id={`original-${view.id}`}>
      <summary>
        <EnglishLabels stale={stale} />
      </summary>
      <blockquote lang="en" className="current-english">
        <p>{view.english}</p>
      </blockquote>
    </details>
  );
}

/** Says why a paragraph is not shown as a current translation. */
export function StateMarker({ view }: { readonly view: BlockView }) {
  const ui = useUiText();
  if (view.state === 'untranslated')
    return (
      <p className="marker marker-untranslated">{ui.t('status.untranslated', { defaultValue: 'Not yet translated. Shown in English.' })}</p>
    );
  if (view.state === 'stale')
    return (
      <p className="marker marker-stale">
        {ui.t('status.stale', { defaultValue: 'The English original has changed since this paragraph was translated.' })}
      </p>
    );
  return null;
}

/** In the development server only: edit this paragraph's translation where it is read. */
function InlineEdit({ view }: { readonly view: BlockView }) {
  const ui = useUiText();
  const editing = useContext(EditingContext);
  const [open, setOpen] = useState(false);
  if (!editing) return null;
  if (!open) {
    return (
      <button type="button" className="button edit-button" onClick={() => setOpen(true)}>
        {ui.t('edit.open', { defaultValue: 'Edit translation' })}
      </button>
    );
  }
  const target = editing.target(view.id);
  return (
    <TranslationEditor
      language={target.language}
      namespace={target.namespace}
      entryKey={view.id}
      english={target.english}
      initial={target.translation}
      version={target.version}
      onSaved={(text, version) => editing.saved({ key: view.id, translation: text, version })}
      onCancel={() => setOpen(false)}
    />
  );
}

/** One numbered paragraph: its number (a permalink), a marker when it is not a current translation, its English original and its tools. */
export function Paragraph({ view, number, pageLanguage }: Props) {
  const { t } = useTranslation();
  const foreign = view.language !== pageLanguage ? view.language : undefined;
  const translated = pageLanguage !== 'en' && view.state !== 'untranslated';
  return (
    <li id={view.id} className="paragraph" data-state={view.state}>
      <a
        className="paragraph-number"
        href={`#${view.id}`}
        aria-label={t('paragraph.link', { defaultValue: 'Link to paragraph {{number}}', number })}
      >
        {number}
      </a>
      <div className="paragraph-body">
        <p lang={foreign}>
          <TermText text={view.text} marks={view.terms} language={view.language} />
        </p>
        <StateMarker view={view} />
        <WhatChanged view={view} />
        <RevisionNote view={view} pageLanguage={pageLanguage} />
        {translated && <Original view={view} />}
        <ParagraphTools
          id={view.id}
          number={number}
          stale={view.state === 'stale'}
          {...(translated ? { english: `original-${view.id}` } : {})}
        />
        {import.meta.env.DEV && pageLanguage !== 'en' && <InlineEdit view={view} />}
      </div>
    </li>
  );
}

/** The document's title or a heading, in the page language or marked as English when untranslated. */
export function Heading({ view, level, pageLanguage }: { readonly view: BlockView; readonly level: 1 | 2; readonly pageLanguage: string }) {
  const Tag = level === 1 ? 'h1' : 'h2';
  const foreign = view.language !== pageLanguage ? view.language : undefined;
  return (
    <>
      <Tag id={view.id} lang={foreign}>
        {view.text}
      </Tag>
      <StateMarker view={view} />
      {import.meta.env.DEV && pageLanguage !== 'en' && <InlineEdit view={view} />}
    </>
  );
}

/**
 * The title and the heading under it as one heading, as a gazette sets a document's head: the occasion ("NORDEFCO
 * Ministerial Meeting in Copenhagen 21 November 2024") on a quiet first line, the document's type ("Joint
 * declaration from Nordic Ministers of Defence") as the prominent one. Each keeps its id, so both stay permalinks.
 */
export function TitleBlock({
  title,
  subtitle,
  pageLanguage,
}: {
  readonly title: BlockView;
  readonly subtitle: BlockView;
  readonly pageLanguage: string;
}) {
  const foreign = (view: BlockView): string | undefined => (view.language !== pageLanguage ? view.language : undefined);
  return (
    <>
      <h1 className="doc-title">
        <span id={title.id} className="doc-occasion" lang={foreign(title)}>
          {title.text}
        </span>{' '}
        <span id={subtitle.id} className="doc-type" lang={foreign(subtitle)}>
          {subtitle.text}
        </span>
      </h1>
      <StateMarker view={title} />
      <StateMarker view={subtitle} />
      {import.meta.env.DEV && pageLanguage !== 'en' && <InlineEdit view={title} />}
      {import.meta.env.DEV && pageLanguage !== 'en' && <InlineEdit view={subtitle} />}
    </>
  );
}
