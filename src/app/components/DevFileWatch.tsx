import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Development server only. The server does not reload the page when a locale file changes on disk
 * (that would throw away an edit in progress); it says so here instead.
 */
export function DevFileWatch() {
  const { t } = useTranslation();
  const [changed, setChanged] = useState<readonly string[]>([]);
  useEffect(() => {
    const hot = import.meta.hot;
    if (!hot) return undefined;
    const onChange = (data: { file: string }): void => setChanged((files) => (files.includes(data.file) ? files : [...files, data.file]));
    hot.on('translations:changed', onChange);
    return () => hot.off?.('translations:changed', onChange);
  }, []);
  if (changed.length === 0) return null;
  return (
    <div className="notice notice-error" role="status">
      <p>
        {t('edit.changedOnDisk', { defaultValue: 'Translation files changed on disk since this page was loaded:' })}{' '}
        <code>{changed.join(', ')}</code>
      </p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('edit.reload', { defaultValue: 'Reload' })}
      </button>
    </div>
  );
}
