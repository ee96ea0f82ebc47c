import { describe, expect, it } from 'vitest';
import { localeData } from '../../src/site/plugins/locale-plugin.ts';
import { extract } from '../../src/commands/extract.ts';
import { documentText, runCommand, tempProject } from '../support/project.ts';

/** The build reads the same files through the same loaders: a broken one stops it with its position. */
async function load(dir: string, id: string): Promise<string> {
  const plugin = localeData(dir);
  const hook = plugin.load;
  if (typeof hook !== 'function') throw new Error('the plugin has no load hook');
  const watched: string[] = [];
  const result: unknown = await hook.call({ addWatchFile: (file: string) => watched.push(file) } as never, id);
  return String(result);
}

describe('the locale plugin', () => {
  it('builds a language from the loaders: an invisible-only value is untranslated, not blank', async () => {
    const p = await tempProject({
      'src/documents/doc.md': documentText([
        ['one', 'First {{date}}.'],
        ['two', 'Second.'],
      ]),
    });
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    await p.write('locales/da/doc.json', '{\n  "one": "Første {{date}}.",\n  "two": "\\u200b"\n}\n');
    const module = await load(p.dir, '\0virtual:locale-data/da');
    const data = JSON.parse(module.replace(/^export default /, '').replace(/;$/, '')) as {
      resources: Record<string, Record<string, string>>;
      dates: Record<string, string>;
    };
    expect(data.resources['doc']).toEqual({ one: 'Første {{date}}.', two: '' });
    expect(data.dates).toEqual({ '2024-11-21': '21. november 2024' });
  });

  it('stops the build at an impossible date or a conflicted locale file, naming file, line and column', async () => {
    const p = await tempProject({ 'src/documents/doc.md': documentText([['one', 'First {{date}}.']]) });
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    await p.write('locales/da/doc.json', '{\n<<<<<<< HEAD\n  "one": "A"\n=======\n  "one": "B"\n>>>>>>> x\n}\n');
    await expect(load(p.dir, '\0virtual:locale-data/da')).rejects.toThrow(/locales\/da\/doc\.json:2:1 {2}git merge conflict/);
    await p.write('src/documents/doc.md', documentText([['one', 'First {{date}}.']]).replace('2024-11-21', '2024-13-45'));
    await expect(load(p.dir, '\0virtual:locale-data')).rejects.toThrow(
      /src\/documents\/doc\.md:3:7 {2}"2024-13-45" is not a calendar date/,
    );
  });
});
