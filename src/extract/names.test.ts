import { describe, expect, it } from 'vitest';
import { isShortFormOf, sameName } from './names.js';

describe('sameName', () => {
  it('merges transliteration and hyphen variants', () => {
    expect(sameName('Sergei Lavrov', 'Sergey Lavrov')).toBe(true);
    expect(sameName('Gen Nakatani', 'Nakatani Gen')).toBe(true);
    expect(sameName('Choe Son-hui', 'Cho Son-hui')).toBe(true);
    expect(sameName('Choe Son-hui', 'Choe Son Hui')).toBe(true);
    expect(sameName('Kim Jong-un', 'Kim Jong Un')).toBe(true);
    expect(sameName('Volodymyr Zelenskyy', 'Volodymyr Zelensky')).toBe(true);
  });
  it('keeps different people apart', () => {
    expect(sameName('Kim Jong Un', 'Kim Jong Il')).toBe(false);
    expect(sameName('Kim Jong-un', 'Kim Yo-jong')).toBe(false);
    expect(sameName('Joe Biden', 'Hunter Biden')).toBe(false);
    expect(sameName('Jon Smith', 'Jan Smith')).toBe(false);
    expect(sameName('George Bush', 'George W. Bush')).toBe(false);
  });
});

describe('isShortFormOf', () => {
  it('finds surnames and family names in full names', () => {
    expect(isShortFormOf('Lavrov', 'Sergei Lavrov')).toBe(true);
    expect(isShortFormOf('Choe', 'Choe Son Hui')).toBe(true);
    expect(isShortFormOf('Kim', 'Kim Jong-un')).toBe(true);
    expect(isShortFormOf('Widodo', 'Joko Widodo')).toBe(true);
    // Blends and initials, the way nicknames are made: no list of people.
    expect(isShortFormOf('Jokowi', 'Joko Widodo')).toBe(true);
    expect(isShortFormOf('Prabsub', 'Prabowo Subianto')).toBe(true);
    expect(isShortFormOf('SBY', 'Susilo Bambang Yudhoyono')).toBe(true);
    expect(isShortFormOf('Joko', 'Joko Widodo')).toBe(true);
    expect(isShortFormOf('Jokowo', 'Joko Widodo')).toBe(false);
    expect(isShortFormOf('Jonathan', 'Joko Widodo')).toBe(false);
  });
  it('rejects names that are not contained', () => {
    expect(isShortFormOf('Putin', 'Sergei Lavrov')).toBe(false);
    expect(isShortFormOf('Sergei Lavrov', 'Sergei Lavrov')).toBe(false);
    expect(isShortFormOf('Jong Kim', 'Kim Jong-un')).toBe(false);
  });
});
