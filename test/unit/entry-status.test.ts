import { describe, expect, it } from 'vitest';
import { entryStatus } from '../../src/core/state/entry-status.ts';

const entry = (from: string | undefined, unverified = false) => ({
  ...(from === undefined ? {} : { from }),
  seen: 'x',
  ...(unverified ? { unverified: true as const } : {}),
});

describe('entryStatus: the one rule', () => {
  it('is current only when the record says the translation answers to exactly the English of now', () => {
    expect(entryStatus({ english: 'One', translation: 'Én', entry: entry('One'), usable: true })).toBe('translated');
    expect(entryStatus({ english: 'One v2', translation: 'Én', entry: entry('One'), usable: true })).toBe('stale');
  });

  it('needs review when nothing showed which English the translation answers to, whatever the guess', () => {
    expect(entryStatus({ english: 'One', translation: 'Én', entry: entry('One', true), usable: true })).toBe('stale');
    expect(entryStatus({ english: 'One', translation: 'Én', entry: entry(undefined, true), usable: true })).toBe('stale');
  });

  it('counts an empty, unrecorded or unusable translation as untranslated, and a removed key as obsolete', () => {
    expect(entryStatus({ english: 'One', translation: '', entry: entry('One'), usable: true })).toBe('untranslated');
    expect(entryStatus({ english: 'One', translation: 'Én', entry: undefined, usable: true })).toBe('untranslated');
    expect(entryStatus({ english: 'One', translation: 'One', entry: entry('One'), usable: false })).toBe('untranslated');
    expect(entryStatus({ english: undefined, translation: 'Én', entry: entry('One'), usable: true })).toBe('obsolete');
  });

  it('is current for every English the same text was confirmed against, and only while the record vouches for it', () => {
    const confirmed = { from: 'One v2', also: ['One'], seen: 'x' };
    expect(entryStatus({ english: 'One', translation: 'Én', entry: confirmed, usable: true })).toBe('translated');
    expect(entryStatus({ english: 'One v2', translation: 'Én', entry: confirmed, usable: true })).toBe('translated');
    expect(entryStatus({ english: 'One v3', translation: 'Én', entry: confirmed, usable: true })).toBe('stale');
    expect(entryStatus({ english: 'One', translation: 'Én', entry: { ...confirmed, unverified: true }, usable: true })).toBe('stale');
  });
});
