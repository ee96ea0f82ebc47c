import { DA, docWith, translatedRepo, type GitProject } from './git-project.ts';
import { documentText } from './project.ts';

const DAY = 24 * 3600;

/**
 * A repository with a known history on the helper's clock: Danish translated on day one; the English of
 * "two" changed on day three; Danish revised for it on day five; "three" removed on day seven; Danish
 * "one" improved on day eight; and a commit on day nine that touches nothing a reader sees. Returns the
 * repository and the day of each commit.
 */
export async function historyRepo(): Promise<{ readonly repo: GitProject; readonly days: readonly string[] }> {
  const repo = await translatedRepo();
  const days = [repo.day()];
  const step = async (seconds: number, change: () => Promise<void>, message: string): Promise<void> => {
    repo.tick(seconds);
    await change();
    repo.tick();
    await repo.extract();
    repo.commitAll(message);
    days.push(repo.day());
  };
  await step(
    2 * DAY,
    () => repo.edit('src/documents/doc.md', docWith({ two: 'They agreed to strengthen the defence cooperation further.' })),
    'English',
  );
  await step(
    2 * DAY,
    () => repo.setValue('locales/da/doc.json', 'two', 'De blev enige om at styrke forsvarssamarbejdet yderligere.'),
    'da two',
  );
  await step(
    2 * DAY,
    () =>
      repo.edit(
        'src/documents/doc.md',
        documentText([
          ['one', 'The Ministers met in Copenhagen in the autumn.'],
          ['two', 'They agreed to strengthen the defence cooperation further.'],
        ]),
      ),
    'remove three',
  );
  await step(DAY, () => repo.setValue('locales/da/doc.json', 'one', `${DA.one.slice(0, -1)} 2024.`), 'da one');
  await step(DAY, () => repo.edit('README.md', 'notes'), 'unrelated');
  return { repo, days };
}

/** Where the test repository's history lives. */
export const historySource = (root: string) => ({ root, documentFile: 'src/documents/doc.md', namespace: 'doc' });
