import { describe, expect, it } from 'vitest';
import { answersTo, replacementsAcross } from '../../src/core/state/evidence.ts';

describe('replacementsAcross', () => {
  it('finds rewrites that are one replacement applied to several entries by the same change', () => {
    const found = replacementsAcross([
      { id: 'd:a', before: 'Det nordiske værn styrkes.', after: 'Det nordiske forsvar styrkes.', change: 'c1' },
      { id: 'd:b', before: 'Vores værn og NATO.', after: 'Vores forsvar og NATO.', change: 'c1' },
      { id: 'd:c', before: 'En helt anden tekst.', after: 'En helt ny tekst om forsvar.', change: 'c1' },
    ]);
    expect([...found].sort()).toEqual(['d:a', 'd:b']);
  });

  it('does not pair edits of different changes, or a replacement plus a real edit', () => {
    expect(
      replacementsAcross([
        { id: 'd:a', before: 'værn', after: 'forsvar', change: 'c1' },
        { id: 'd:b', before: 'værn', after: 'forsvar', change: 'c2' },
      ]).size,
    ).toBe(0);
    const mixed = replacementsAcross([
      { id: 'd:a', before: 'Vores værn og vores mål styrkes.', after: 'Vores forsvar og vores nye mål uddybes.', change: 'c1' },
      { id: 'd:b', before: 'Et værn.', after: 'Et forsvar.', change: 'c1' },
    ]);
    expect([...mixed]).toEqual(['d:b']);
  });

  it('ignores additions (no text before) and unchanged texts', () => {
    expect(
      replacementsAcross([
        { id: 'd:a', before: '', after: 'Ny', change: 'c' },
        { id: 'd:b', before: '', after: 'Ny', change: 'c' },
      ]).size,
    ).toBe(0);
  });
});

describe('answersTo', () => {
  const stale = { from: 'One', seen: 's' };
  it('takes the English that history shows', () => {
    expect(answersTo({ previous: stale, evidence: { english: 'One v2', source: 't' }, replacement: false })).toEqual({ from: 'One v2' });
  });
  it('without evidence keeps the best-known English and marks the entry unverified', () => {
    expect(answersTo({ previous: stale, evidence: undefined, replacement: false })).toEqual({ from: 'One', unverified: true });
    expect(answersTo({ previous: undefined, evidence: { source: 'no history' }, replacement: false })).toEqual({ unverified: true });
  });
  it('leaves a stale entry stale after a replacement across entries, but a current one current', () => {
    expect(answersTo({ previous: stale, evidence: { english: 'One v2', source: 't' }, replacement: true })).toEqual({ from: 'One' });
    expect(answersTo({ previous: { from: 'One v2', seen: 's' }, evidence: { english: 'One v2', source: 't' }, replacement: true })).toEqual(
      { from: 'One v2' },
    );
    expect(
      answersTo({
        previous: { from: 'One v2', seen: 's', unverified: true },
        evidence: { english: 'One v2', source: 't' },
        replacement: true,
      }),
    ).toEqual({ from: 'One v2', unverified: true });
  });
});
