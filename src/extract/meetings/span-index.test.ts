import { describe, expect, it } from 'vitest';
import { isoOfDay } from '../../graph/days.js';
import { SpanIndex } from './span-index.js';

/** A seeded stream of numbers in [0, 1): the same spans on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('SpanIndex', () => {
  it('finds every listed span that overlaps a query, and only those, whatever their lengths', () => {
    const next = random(7);
    const lengths = [0, 0, 0, 3, 6, 27, 30, 364, 365, 900, 4000];
    const spans = Array.from({ length: 600 }, (_, id) => {
      const start = 19000 + Math.floor(next() * 3000);
      const length = lengths[Math.floor(next() * lengths.length)]!;
      return { id, start, end: start + length };
    });
    const index = new SpanIndex<number>();
    for (const s of spans) index.add({ start: isoOfDay(s.start), end: isoOfDay(s.end) }, s.id);
    for (let q = 0; q < 200; q++) {
      const start = 18800 + Math.floor(next() * 3400);
      const end = start + lengths[Math.floor(next() * lengths.length)]!;
      const found = [...index.overlapping({ start: isoOfDay(start), end: isoOfDay(end) })].sort((a, b) => a - b);
      const expected = spans.filter((s) => s.start <= end && s.end >= start).map((s) => s.id);
      expect(found).toEqual(expected);
    }
  });

  it('finds what was added after a query', () => {
    const index = new SpanIndex<string>();
    index.add({ start: '2024-01-16', end: '2024-01-16' }, 'day');
    expect([...index.overlapping({ start: '2024-01-01', end: '2024-01-31' })]).toEqual(['day']);
    index.add({ start: '2024-01-01', end: '2024-01-31' }, 'month');
    index.add({ start: '2023-12-31', end: '2023-12-31' }, 'before');
    expect([...index.overlapping({ start: '2024-01-20', end: '2024-01-20' })]).toEqual(['month']);
  });
});
