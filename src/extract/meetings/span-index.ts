// Meetings by their span of days, so that a dated telling is compared with the meetings whose
// dates can hold it or be held by it, not with every meeting of a person who met hundreds of
// times (a scan that grew with the square of the corpus). An item is listed under the span it had
// when added: spans only narrow as tellings refine them, so every item whose span now overlaps a
// query is among those whose listed span did, and the caller checks the current span itself.

import { dayNumber } from '../../graph/days.js';
import type { IsoDay } from '../../graph/types.js';

/** Spans grouped by length (a day, a week, a month, a year, longer), each group sorted by first day. */
const CLASS_LIMITS = [0, 7, 31, 366, Infinity];

interface Listed<T> {
  start: number;
  end: number;
  item: T;
}

export class SpanIndex<T> {
  private readonly classes = CLASS_LIMITS.map((limit) => ({ limit, longest: 0, listed: [] as Listed<T>[], sorted: true }));

  add(span: { start: IsoDay; end: IsoDay }, item: T): void {
    const start = dayNumber(span.start);
    const length = dayNumber(span.end) - start;
    const group = this.classes.find((c) => length <= c.limit)!;
    group.listed.push({ start, end: start + length, item });
    group.longest = Math.max(group.longest, length);
    group.sorted = false;
  }

  /** Every item whose listed span overlaps this one (a superset of those whose span can hold it or be held by it). */
  *overlapping(span: { start: IsoDay; end: IsoDay }): Generator<T> {
    const start = dayNumber(span.start);
    const end = dayNumber(span.end);
    for (const group of this.classes) {
      if (!group.sorted) {
        group.listed.sort((a, b) => a.start - b.start);
        group.sorted = true;
      }
      const { listed } = group;
      // A listed span of at most `longest` days that ends on or after `start` began at `start - longest` or later.
      for (let i = firstAtOrAfter(listed, start - group.longest); i < listed.length && listed[i]!.start <= end; i++) {
        if (listed[i]!.end >= start) yield listed[i]!.item;
      }
    }
  }
}

function firstAtOrAfter<T>(listed: Listed<T>[], day: number): number {
  let low = 0;
  let high = listed.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (listed[middle]!.start < day) low = middle + 1;
    else high = middle;
  }
  return low;
}
