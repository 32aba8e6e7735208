// The engine's one date validator: YYYY-MM-DD shape and whether the day exists.
import { describe, expect, it } from 'vitest';
import { date, dayExists, isLeapYear } from '../../server/src/engine/dates';
import { isIdentityNumber } from '../../server/src/engine/identity-numbers';

describe('dates', () => {
  it('knows the Gregorian leap years', () => {
    expect([1800, 1900, 1923, 2021, 2023, 2100].map(isLeapYear)).toEqual([false, false, false, false, false, false]);
    expect([1804, 1896, 2000, 2024, 2400].map(isLeapYear)).toEqual([true, true, true, true, true]);
  });

  it('says whether a day exists', () => {
    expect(dayExists(2024, 2, 29)).toBe(true);
    expect(dayExists(2023, 2, 29)).toBe(false);
    expect(dayExists(2026, 4, 31)).toBe(false);
    expect(dayExists(2026, 12, 31)).toBe(true);
    expect(dayExists(2026, 13, 1)).toBe(false);
    expect(dayExists(2026, 0, 1)).toBe(false);
    expect(dayExists(2026, 1, 0)).toBe(false);
    expect(dayExists(2026, 1.5, 1)).toBe(false);
  });

  it('accepts only YYYY-MM-DD strings naming a real day', () => {
    expect(date('2026-11-23')).toBe('2026-11-23');
    expect(date('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2026-02-29', '2026-02-30', '2026-4-01', '2026-11-23T00:00', ' 2026-11-23', 20261123, undefined, null]) {
      expect(date(bad), String(bad)).toBeUndefined();
    }
  });

  it('is what the identity-number check uses for its dates', () => {
    expect(isIdentityNumber('230229', '-', '4562')).toBe(false);
    expect(isIdentityNumber('230229', '', '4562')).toBe(false);
    expect(isIdentityNumber('210229', '-', '1230')).toBe(false);
    expect(isIdentityNumber('20210229', '-', '1230')).toBe(false);
  });
});
