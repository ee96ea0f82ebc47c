import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChangeKind, HistoryChange } from '../../../core/wire/history-data.ts';

/** Why a block changed, in words, in the page's language. */
export function changeReason(t: TFunction<'record'>, kind: ChangeKind): string {
  switch (kind) {
    case 'added':
      return t('history.change.added', { ns: 'record', defaultValue: 'added' });
    case 'removed':
      return t('history.change.removed', { ns: 'record', defaultValue: 'removed' });
    case 'english':
      return t('history.change.english', { ns: 'record', defaultValue: 'the English original changed' });
    case 'awaiting':
      return t('history.change.awaiting', { ns: 'record', defaultValue: 'the translation awaits revision' });
    case 'translated':
      return t('history.change.translated', { ns: 'record', defaultValue: 'translated' });
    case 'revised':
      return t('history.change.revised', { ns: 'record', defaultValue: 'translation revised' });
    case 'revised-for-english':
      return t('history.change.revisedForEnglish', { ns: 'record', defaultValue: 'translation revised after the English changed' });
    case 'confirmed':
      return t('history.change.confirmed', { ns: 'record', defaultValue: 'checked against the changed English and kept unchanged' });
  }
}

/** A block named as a reader finds it: "Paragraph 3", "Title", "Heading". */
export function blockName(t: TFunction<'record'>, change: Pick<HistoryChange, 'kind' | 'number'>): string {
  if (change.kind === 'title') return t('history.block.title', { ns: 'record', defaultValue: 'Title' });
  if (change.kind === 'heading') return t('history.block.heading', { ns: 'record', defaultValue: 'Heading' });
  return t('history.block.paragraph', { ns: 'record', defaultValue: 'Paragraph {{number}}', number: change.number ?? '' });
}

/** What changed in one version, each block linked to its place in that version. */
export function ChangeList({ changes, href }: { readonly changes: readonly HistoryChange[]; readonly href: (id: string) => string }) {
  const { t } = useTranslation('record');
  return (
    <ul className="changes">
      {changes.map((change) => (
        <li key={change.id}>
          {change.kinds.includes('removed') ? <span>{blockName(t, change)}</span> : <a href={href(change.id)}>{blockName(t, change)}</a>}{' '}
          <q className="opening">{change.opening}</q>: {change.kinds.map((k) => changeReason(t, k)).join('; ')}
        </li>
      ))}
    </ul>
  );
}
