import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { codeCatalogs, scanSource } from '../../src/core/document/scan-code.ts';

describe('scanSource', () => {
  it('finds t() calls and <Trans> elements with their English defaults', () => {
    const source = `
      const a = t('print', { defaultValue: 'Print' });
      const b = i18n.t('menu.open', 'Open menu');
      const c = <Trans i18nKey="notice" defaults="See <link>this</link>" components={{ link: <a /> }} />;
      const d = t('other:thing', { defaultValue: 'Elsewhere' });
      const e = t(id, { ns: 'declaration' }); // computed key: document text, not an interface string
    `;
    const { strings, problems } = scanSource(ts, 'src/x.tsx', source);
    expect(problems).toEqual([]);
    expect(strings.map((s) => [s.namespace, s.key, s.english, s.line])).toEqual([
      ['ui', 'print', 'Print', 2],
      ['ui', 'menu.open', 'Open menu', 3],
      ['ui', 'notice', 'See <link>this</link>', 4],
      ['other', 'thing', 'Elsewhere', 5],
    ]);
  });

  it('is not fooled by text that only looks like a call', () => {
    const source = "const s = \"t('fake', 'Nope')\"; // t('neither', 'No')\nconst u = format('x', 'y');";
    expect(scanSource(ts, 'src/y.ts', source).strings).toEqual([]);
  });

  it('reports a literal key without an English default, with its position', () => {
    const { problems } = scanSource(ts, 'src/z.ts', "\n  t('lonely');");
    expect(problems[0]).toMatchObject({ code: 'no-default', file: 'src/z.ts', line: 2, column: 3 });
  });

  it('reports the same key with two different defaults', () => {
    const a = scanSource(ts, 'a.ts', "t('k', 'One')").strings;
    const b = scanSource(ts, 'b.ts', "t('k', 'Two')").strings;
    const { problems, catalogs } = codeCatalogs([...a, ...b]);
    expect(problems[0]).toMatchObject({ code: 'conflicting-default', file: 'b.ts' });
    expect(catalogs.get('ui')?.get('k')).toBe('One');
  });

  it('refuses a namespace that cannot be a file name or a PO context, with its position', () => {
    const { problems, strings } = scanSource(ts, 'src/n.ts', "t('../en/x:key', 'Text');\nt('my notes:key', { defaultValue: 'Text' });");
    expect(strings).toEqual([]);
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['namespace', 1, 1],
      ['namespace', 2, 1],
    ]);
    expect(problems[0]?.message).toContain('"../en/x" is not a namespace name');
  });
});
