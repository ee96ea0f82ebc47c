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
});
