import { describe, expect, it } from 'vitest';
import { addDays, dateSpan, dayNumber, isIsoDay, isoOfDay, nextDay, nextYear, parseIsoDay, shiftDay, weekdayOf } from './days.js';

describe('date arithmetic', () => {
  it('spans partial dates in whole days, leap years included', () => {
    expect(dateSpan('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateSpan('1900-02')).toEqual({ start: '1900-02-01', end: '1900-02-28' });
    expect(dateSpan('2000')).toEqual({ start: '2000-01-01', end: '2000-12-31' });
    expect(dateSpan('0099-12-31')).toEqual({ start: '0099-12-31', end: '0099-12-31' });
    for (const bad of ['2024-13', '2023-02-29', '24-01-01', 'bulan lalu']) expect(() => dateSpan(bad)).toThrow(RangeError);
  });

  it('steps days across months and years, and keeps years below 100 as written', () => {
    expect(nextDay('2023-12-31')).toBe('2024-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(addDays(parseIsoDay('0050-03-01'), -1)).toEqual({ y: 50, m: 2, d: 28 });
    expect(weekdayOf(parseIsoDay('2024-01-16'))).toBe(2);
    expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDay('2024-12-28', 7)).toBe('2025-01-04');
  });

  it('moves a partial date a year on, and has no 29 February in a common year', () => {
    expect(nextYear('2024-11')).toBe('2025-11');
    expect(nextYear('2023')).toBe('2024');
    expect(nextYear('2023-02-28')).toBe('2024-02-28');
    expect(nextYear('2024-02-29')).toBeUndefined();
  });

  it('numbers days from 1970 and back', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isoOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(isIsoDay('2024-02-30')).toBe(false);
    expect(isIsoDay('2024-02-29')).toBe(true);
  });
});
