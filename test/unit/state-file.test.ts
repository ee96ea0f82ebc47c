import { describe, expect, it } from 'vitest';
import { formatState, parseState } from '../../src/core/state/state-file.ts';
import type { SyncState } from '../../src/core/state/state.ts';

describe('the sync state file', () => {
  it('keeps, through a write and a read, that the obsolete store did not vouch for a text', () => {
    const state: SyncState = {
      entries: new Map([['a', { from: 'One', seen: 'x', unverified: true }]]),
      obsolete: new Map([
        ['b', { translation: 'To', from: 'Two', unverified: true }],
        ['c', { translation: 'Tre', from: 'Three' }],
        ['d', { translation: 'Fire' }],
      ]),
    };
    const text = formatState(state);
    expect(JSON.parse(text)).toMatchObject({
      obsolete: { b: { translation: 'To', from: 'Two', unverified: true }, c: { translation: 'Tre', from: 'Three' } },
    });
    const read = parseState('locales/.sync/da/doc.json', text);
    expect(read.ok && [...read.value.obsolete]).toEqual([...state.obsolete]);
    expect(read.ok && [...read.value.entries]).toEqual([...state.entries]);
  });

  it('refuses an obsolete entry whose "unverified" is anything but true, naming it', () => {
    const read = parseState('s.json', '{ "entries": {}, "obsolete": { "b": { "translation": "To", "unverified": "no" } } }');
    expect(!read.ok && [read.problems[0]?.message, read.problems[0]?.column]).toEqual([expect.stringContaining('obsolete entry "b"'), 32]);
  });

  it('keeps the earlier English an unchanged text was current against, in order, through a write and a read', () => {
    const state: SyncState = {
      entries: new Map([['a', { from: 'One v3', also: ['One v2', 'One'], seen: 'x' }]]),
      obsolete: new Map([['b', { translation: 'To', from: 'Two v2', also: ['Two'] }]]),
    };
    const text = formatState(state);
    expect(JSON.parse(text)).toMatchObject({ entries: { a: { from: 'One v3', also: ['One v2', 'One'], seen: 'x' } } });
    const read = parseState('s.json', text);
    expect(read.ok && [...read.value.entries]).toEqual([...state.entries]);
    expect(read.ok && [...read.value.obsolete]).toEqual([...state.obsolete]);
  });

  it('refuses an obsolete entry whose "also" is not a list of strings, naming it', () => {
    const read = parseState('s.json', '{ "entries": {}, "obsolete": { "b": { "translation": "To", "also": [1] } } }');
    expect(!read.ok && read.problems[0]?.message).toContain(
      'obsolete entry "b" must have a string "translation", "unverified" true when present, and "also" a list of strings',
    );
  });

  it('refuses an "also" that is not a list of strings, naming the entry, its line and column', () => {
    const read = parseState('s.json', '{ "entries": {\n  "a": { "from": "One", "also": "Two", "seen": "x" } }, "obsolete": {} }');
    expect(!read.ok && read.problems.map((p) => [p.file, p.line, p.column, p.message])).toEqual([
      ['s.json', 2, 3, 'entry "a": "also" must be a list of strings (restore the file from git)'],
    ]);
  });
});
