import { describe, expect, it } from 'vitest';
import { lookupFiles, packageFiles, packageName } from '../../src/commands/shared/bundle-inputs.mjs';

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

  it('names every place resolution looks for a package imported by name, from the importing folder up', () => {
    expect([...lookupFiles([{ folder: 'node_modules/micromark/lib', specifier: 'devlop' }])]).toEqual([
      'node_modules/micromark/lib/node_modules/devlop/package.json',
      'node_modules/micromark/node_modules/devlop/package.json',
      'node_modules/devlop/package.json',
    ]);
    expect([...lookupFiles([{ folder: 'src/core', specifier: '@xmldom/xmldom/lib/dom.js' }])]).toEqual([
      'src/core/node_modules/@xmldom/xmldom/package.json',
      'src/node_modules/@xmldom/xmldom/package.json',
      'node_modules/@xmldom/xmldom/package.json',
    ]);
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
