import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listedFolders, listing, packageFiles, packageName } from '../../src/commands/shared/bundle-inputs.mjs';

describe('what decides a compiled command besides the files it loads', () => {
  it("names the package.json of each input's folder and of every folder above it, up to the project's", () => {
    expect([...packageFiles(['src/core/a.ts', 'node_modules/@scope/pkg/lib/x.js', 'index.ts'])]).toEqual([
      'src/core/package.json',
      'src/package.json',
      'package.json',
      'node_modules/@scope/pkg/lib/package.json',
      'node_modules/@scope/pkg/package.json',
      'node_modules/@scope/package.json',
      'node_modules/package.json',
    ]);
  });

  it("lists each loaded file's folder, and every node_modules folder (and scope) a package imported by name is looked for in", () => {
    const loaded = ['src/core/a.ts', 'src/core/b.ts', 'node_modules/micromark/lib/x.js', 'node_modules/micromark/lib/y.js', 'index.ts'];
    const imports = [
      { folder: 'node_modules/micromark/lib', specifier: 'devlop' },
      { folder: 'src/core', specifier: '@xmldom/xmldom/lib/dom.js' },
    ];
    // Not src/core/: the project's own imports name their files exactly.
    expect([...listedFolders(loaded, imports)]).toEqual([
      'node_modules/micromark/lib/',
      'node_modules/micromark/lib/node_modules/',
      'node_modules/micromark/node_modules/',
      'node_modules/',
      'src/core/node_modules/',
      'src/core/node_modules/@xmldom/',
      'src/node_modules/',
      'src/node_modules/@xmldom/',
      'node_modules/@xmldom/',
    ]);
  });

  it("reads a folder's entries by name, leaving out those a tool makes while it runs (a leading dot)", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nordefco-listing-'));
    try {
      for (const name of ['b.js', 'a.jsx', '.vite-temp', '.a.js.swp']) await writeFile(join(dir, name), '');
      await mkdir(join(dir, 'c'));
      await symlink('b.js', join(dir, 'd'));
      expect(listing(dir)?.toString()).toBe('a.jsx\0b.js\0c/\0d -> b.js');
      // A folder swapped for a file of the same name, and one name holding a line break, are other listings.
      await rm(join(dir, 'c'), { recursive: true });
      await writeFile(join(dir, 'c'), '');
      expect(listing(dir)?.toString()).toBe('a.jsx\0b.js\0c\0d -> b.js');
      await writeFile(join(dir, 'e\nf'), '');
      expect(listing(dir)?.toString()).toBe('a.jsx\0b.js\0c\0d -> b.js\0e\nf');
      expect(listing(join(dir, 'none'))).toBeUndefined();
      expect(listing(join(dir, 'b.js'))).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes the package from a specifier, scoped or not', () => {
    expect(['yaml', 'yaml/util', '@scope/name', '@scope/name/deep/x.js'].map(packageName)).toEqual([
      'yaml',
      'yaml',
      '@scope/name',
      '@scope/name',
    ]);
  });
});
