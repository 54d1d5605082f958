// Merging tellings by date: compatibleWhen's undated side is held to its story's time.

import { describe, expect, it } from 'vitest';
import { compatibleWhen } from './merge.js';

const day = (d: string) => ({ value: d, start: d, end: d });

describe('compatibleWhen', () => {
  it('two dates: one must hold the other', () => {
    expect(compatibleWhen({ when: day('2025-03-04'), happened: true, published: '' }, { when: { value: '2025-03', start: '2025-03-01', end: '2025-03-31' }, happened: true, published: '' }, false)).toBe(true);
    expect(compatibleWhen({ when: day('2025-03-04'), happened: true, published: '' }, { when: day('2025-03-05'), happened: true, published: '' }, false)).toBe(false);
  });

  it('an undated meeting that happened is not one dated after its story', () => {
    const undated = { happened: true, published: '2025-03-10' };
    expect(compatibleWhen(undated, { when: day('2025-03-04'), happened: true, published: '' }, false)).toBe(true);
    expect(compatibleWhen(undated, { when: day('2025-04-02'), happened: false, published: '' }, false)).toBe(false);
  });

  it('an undated plan is not a meeting over before its story', () => {
    const plan = { happened: false, published: '2025-03-10' };
    expect(compatibleWhen(plan, { when: day('2025-03-20'), happened: false, published: '' }, false)).toBe(true);
    expect(compatibleWhen(plan, { when: day('2024-11-02'), happened: true, published: '' }, false)).toBe(false);
  });

  it('inside one story, an undated telling may be of any meeting it dates', () => {
    expect(compatibleWhen({ happened: false, published: '2025-03-10' }, { when: day('2024-11-02'), happened: true, published: '' }, true)).toBe(true);
  });
});
