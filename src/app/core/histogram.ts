// Dated evidence per day, week or month, whichever keeps the bar readable over the span.
import { dayNumber, isoOfDay } from '../../graph/days.js';
import type { DayWindow } from './timeline.js';

export type Unit = 'day' | 'week' | 'month';

export interface Bucket {
  from: number;
  to: number;
  count: number;
}

const MAX_DAILY_SPAN = 120;
const MAX_WEEKLY_SPAN = 2 * 366;

export const unitFor = (span: DayWindow): Unit => {
  const days = span.to - span.from + 1;
  return days <= MAX_DAILY_SPAN ? 'day' : days <= MAX_WEEKLY_SPAN ? 'week' : 'month';
};

function bucketStarts(span: DayWindow, unit: Unit): number[] {
  const starts: number[] = [];
  if (unit === 'day') for (let d = span.from; d <= span.to; d++) starts.push(d);
  // Weeks start on Monday (ISO); day 0, 1970-01-01, was a Thursday.
  else if (unit === 'week') for (let d = span.from - ((span.from + 3) % 7 + 7) % 7; d <= span.to; d += 7) starts.push(d);
  else {
    let [y, m] = isoOfDay(span.from).split('-').map(Number) as [number, number];
    for (let d = dayNumber(`${y}-${String(m).padStart(2, '0')}-01`); d <= span.to; ) {
      starts.push(d);
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
      d = dayNumber(`${y}-${String(m).padStart(2, '0')}-01`);
    }
  }
  return starts;
}

/** Counts of sorted evidence days per bucket covering `span`. */
export function histogram(sortedDays: Int32Array, span: DayWindow): { unit: Unit; buckets: Bucket[] } {
  const unit = unitFor(span);
  const starts = bucketStarts(span, unit);
  const buckets = starts.map((from, i) => ({ from, to: (starts[i + 1] ?? span.to + 1) - 1, count: 0 }));
  let b = 0;
  for (const day of sortedDays) {
    if (day < span.from || day > span.to) continue;
    while (b < buckets.length - 1 && day > buckets[b]!.to) b++;
    buckets[b]!.count++;
  }
  return { unit, buckets };
}
