import { describe, expect, it } from 'vitest';
import { numberOption } from '../../src/commands/shared/numbers.ts';

describe('numberOption', () => {
  it('takes digits, with a decimal point unless whole numbers are asked for, within the range', () => {
    expect(numberOption('75', { min: 0, max: 100 })).toBe(75);
    expect(numberOption('99.5', { min: 0, max: 100 })).toBe(99.5);
    expect(numberOption('0', { min: 0, max: 100 })).toBe(0);
    expect(numberOption('100', { min: 0, max: 100 })).toBe(100);
    expect(numberOption('08080', { min: 0, max: 65535, whole: true })).toBe(8080);
    expect(numberOption('1000000', { min: 10, whole: true })).toBe(1_000_000);
  });

  it('refuses what Number() would read as a number: nothing, spaces, exponents, hexadecimal, signs, Infinity', () => {
    for (const text of ['', ' ', ' 5', '5 ', '1e3', '0x10', '+5', '-0', '-1', 'Infinity', 'NaN', '.5', '5.', '1,5', '1_000'])
      expect(numberOption(text, { min: -10, max: 10_000 }), JSON.stringify(text)).toBeUndefined();
  });

  it('refuses a number outside the range, and a fraction where a whole number is asked for', () => {
    expect(numberOption('100.1', { min: 0, max: 100 })).toBeUndefined();
    expect(numberOption('1', { min: 2, whole: true })).toBeUndefined();
    expect(numberOption('65536', { min: 0, max: 65535, whole: true })).toBeUndefined();
    expect(numberOption('2.5', { min: 0, whole: true })).toBeUndefined();
    expect(numberOption('9007199254740993', { min: 0, whole: true })).toBeUndefined();
  });
});
