import { describe, expect, it } from 'vitest';
import { confirmedEntry } from '../../src/core/state/state.ts';

describe('confirmedEntry: a confirmation keeps the English the same text was current against before', () => {
  it('keeps the previous English, newest first, without repeats or the English confirmed against', () => {
    const once = confirmedEntry({ from: 'v1', seen: 'x' }, 'v2', 'x');
    expect(once).toEqual({ from: 'v2', also: ['v1'], seen: 'x' });
    const back = confirmedEntry(once, 'v1', 'x');
    expect(back).toEqual({ from: 'v1', also: ['v2'], seen: 'x' });
    expect(confirmedEntry({ from: 'v3', also: ['v2', 'v1'], seen: 'x' }, 'v4', 'x').also).toEqual(['v3', 'v2', 'v1']);
  });

  it('keeps nothing for a rewritten text, an unvouched one, or one with no English recorded', () => {
    expect(confirmedEntry({ from: 'v1', also: ['v0'], seen: 'x' }, 'v2', 'y')).toEqual({ from: 'v2', seen: 'y' });
    expect(confirmedEntry({ from: 'v1', seen: 'x', unverified: true }, 'v2', 'x')).toEqual({ from: 'v2', seen: 'x' });
    expect(confirmedEntry({ seen: 'x', unverified: true }, 'v2', 'x')).toEqual({ from: 'v2', seen: 'x' });
    expect(confirmedEntry(undefined, 'v2', 'x')).toEqual({ from: 'v2', seen: 'x' });
  });

  it('keeps a bounded number, the newest, so the state file does not grow with every confirmation', () => {
    let entry = confirmedEntry(undefined, 'v0', 'x');
    for (let i = 1; i <= 10; i++) entry = confirmedEntry(entry, `v${i}`, 'x');
    expect(entry).toEqual({ from: 'v10', also: ['v9', 'v8', 'v7', 'v6'], seen: 'x' });
  });

  it('drops an alignment correction, made on the English before, as any confirmation did', () => {
    const align = { english: 'e', translation: 't', links: [[0]], counts: [1, 1] } as const;
    expect(confirmedEntry({ from: 'v1', seen: 'x', align: { ...align, links: [[0]], counts: [1, 1] } }, 'v2', 'x')).toEqual({
      from: 'v2',
      also: ['v1'],
      seen: 'x',
    });
  });
});
