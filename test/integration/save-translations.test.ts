import { describe, expect, it } from 'vitest';
import { planExtraction } from '../../src/core/sync/extraction.ts';
import { documentText, expectNothingWritten, runCommand, tempProject } from '../support/project.ts';
import { fileVersion, saveTranslations } from '../../src/node/save-translations.ts';
import { extract } from '../../src/commands/extract.ts';
import { readSnapshot } from '../../src/node/project-io.ts';
import { status } from '../../src/commands/status.ts';
import { reviewData } from '../../src/core/report/review.ts';

describe('saveTranslations on a project', () => {
  async function project() {
    const p = await tempProject({
      'src/documents/doc.md': documentText([
        ['one', 'First.'],
        ['two', 'Second.'],
      ]),
    });
    await runCommand(extract, p.dir, ['--quiet']);
    await p.write('locales/da/doc.json', '{\n  "one": "Første.",\n  "two": "Anden."\n}\n');
    await runCommand(extract, p.dir, ['--quiet']);
    await p.write(
      'src/documents/doc.md',
      documentText([
        ['one', 'First.'],
        ['two', 'The second.'],
      ]),
    );
    await runCommand(extract, p.dir, ['--quiet']);
    return p;
  }

  it('makes a stale translation current, exactly as the extraction will record it', async () => {
    const p = await project();
    const stale = planExtraction(await readSnapshot(p.dir));
    expect(stale.languages.find((l) => l.language === 'da')?.counts.stale).toBe(1);
    const version = fileVersion(await p.read('locales/da/doc.json'));
    const outcome = await saveTranslations(p.dir, {
      language: 'da',
      namespace: 'doc',
      version,
      edits: [{ key: 'two', translation: 'Den anden.', from: 'The second.' }],
      origin: 'editor',
    });
    expect(outcome.ok).toBe(true);
    expect(await p.read('locales/da/doc.json')).toBe('{\n  "one": "Første.",\n  "two": "Den anden."\n}\n');
    const check = await runCommand(extract, p.dir, ['--check']);
    expect(check.code).toBe(0);
    const report = await runCommand(status, p.dir, ['--json', '--lang', 'da']);
    expect(JSON.parse(report.out)).toEqual({ da: { 'doc:one': 'translated', 'doc:two': 'translated' } });
    await p.remove();
  });

  it.each([
    {
      refused: 'a file that changed on disk since it was loaded',
      changedOnDisk: true,
      from: 'The second.',
      says: 'locales/da/doc.json changed on disk',
    },
    {
      refused: 'an editor whose English is not the English of locales/en',
      changedOnDisk: false,
      from: 'Second.',
      says: 'is not the English this page showed',
    },
  ])('refuses $refused, writing nothing', async ({ changedOnDisk, from, says }) => {
    const p = await project();
    const version = fileVersion(await p.read('locales/da/doc.json'));
    if (changedOnDisk) await p.write('locales/da/doc.json', '{\n  "one": "Den første.",\n  "two": "Anden."\n}\n');
    const outcome = await expectNothingWritten(p, () =>
      saveTranslations(p.dir, {
        language: 'da',
        namespace: 'doc',
        version,
        origin: 'editor',
        edits: [{ key: 'two', translation: 'Den anden.', from }],
      }),
    );
    expect(outcome).toMatchObject({ ok: false, reason: 'conflict' });
    expect(outcome.ok ? '' : outcome.message).toContain(says);
    await p.remove();
  });

  it('refuses English and unknown languages', async () => {
    const p = await project();
    for (const [language, namespace] of [
      ['en', 'doc'],
      ['xx', 'doc'],
      ['da', '../en/doc'],
    ] as const) {
      const outcome = await saveTranslations(p.dir, { language, namespace, edits: [], origin: 'editor' });
      expect(outcome, `${language} ${namespace}`).toMatchObject({ ok: false, reason: 'invalid' });
    }
    await p.remove();
  });

  it('records an older English for an imported file, leaving the entry stale', async () => {
    const p = await project();
    const outcome = await saveTranslations(p.dir, {
      language: 'da',
      namespace: 'doc',
      origin: 'import',
      edits: [{ key: 'two', translation: 'Den anden.', from: 'Second.' }],
    });
    expect(outcome.ok).toBe(true);
    const report = await runCommand(status, p.dir, ['--json', '--lang', 'da']);
    expect(JSON.parse(report.out)).toEqual({ da: { 'doc:one': 'translated', 'doc:two': 'stale' } });
    await p.remove();
  });
});

describe('reviewData', () => {
  it('waits for the extraction before editing only when the English is behind, not for a hand-edited translation', async () => {
    const p = await tempProject({ 'src/documents/doc.md': documentText([['one', 'First.']]) });
    await runCommand(extract, p.dir, ['--quiet']);
    await p.write('locales/da/doc.json', '{\n  "one": "Første."\n}\n');
    const handEdited = reviewData(planExtraction(await readSnapshot(p.dir)), new Map());
    expect(handEdited).toMatchObject({ upToDate: false, englishUpToDate: true });
    await runCommand(extract, p.dir, ['--quiet']);
    await p.write('src/documents/doc.md', documentText([['one', 'The first.']]));
    const englishBehind = reviewData(planExtraction(await readSnapshot(p.dir)), new Map());
    expect(englishBehind).toMatchObject({ upToDate: false, englishUpToDate: false });
    await runCommand(extract, p.dir, ['--quiet']);
    expect(reviewData(planExtraction(await readSnapshot(p.dir)), new Map())).toMatchObject({ upToDate: true, englishUpToDate: true });
    await p.remove();
  });
});
