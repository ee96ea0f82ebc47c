import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statusJson } from '../../src/core/report/status-report.ts';
import { SOURCE_LANGUAGE } from '../../src/languages.ts';
import { planProject } from '../../src/node/plan.ts';
import { readSnapshot } from '../../src/node/project-io.ts';
import { declarationIds } from '../support/declaration.ts';

type Ui = Record<string, Record<string, string>>;

/** An interface string of the project in `root`, in `language` or, untranslated, in English. */
export function uiString(root: string, language: string, key: string): string {
  const ui = (lang: string): Ui => JSON.parse(readFileSync(join(root, 'locales', lang, 'ui.json'), 'utf8')) as Ui;
  const [group = '', name = ''] = key.split('.');
  return ui(language)[group]?.[name] || (ui(SOURCE_LANGUAGE)[group]?.[name] ?? '');
}

/** An interface string with its {{placeholders}} filled in. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

/**
 * What the document information block of each translation must say about it, from the project's data (the status
 * `npm run status` reports for each paragraph and heading), whatever state the translations are in: "complete and up
 * to date" only when every block is translated from the current English, otherwise how many are, and are not.
 */
export async function expectedStatusLines(root: string): Promise<Map<string, string[]>> {
  const plan = await planProject(root, await readSnapshot(root));
  const ids = declarationIds(['title', 'heading', 'paragraph'], root);
  const total = ids.length;
  const lines = new Map<string, string[]>();
  for (const [language, entries] of Object.entries(statusJson(plan))) {
    const status = ids.map((id) => entries[`declaration:${id}`]);
    const current = status.filter((s) => s === 'translated').length;
    const stale = status.filter((s) => s === 'stale').length;
    const untranslated = total - current - stale;
    const text = (key: string, values: Record<string, number>): string => fill(uiString(root, language, key), values);
    lines.set(
      language,
      current === total
        ? [text('about.statusCurrent', { total })]
        : [
            text('about.statusTranslated', { count: current, total }),
            ...(stale > 0 ? [text('about.statusStale', { count: stale, total })] : []),
            ...(untranslated > 0 ? [text('about.statusUntranslated', { count: untranslated, total })] : []),
          ],
    );
  }
  return lines;
}
