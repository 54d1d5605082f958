// The time bar's arithmetic, free of the DOM so dragging, clamping, stepping and axis ticks
// are tested without a browser. Days are inclusive day numbers (days.ts); positions are
// fractions of the bar's width, so nothing here depends on how many pixels the bar has.
import { isoOfDay } from '../../graph/days.js';
import type { Bucket, Unit } from './histogram.js';
import type { DayWindow } from './timeline.js';

export const widthOf = (window: DayWindow): number => window.to - window.from + 1;

const clampDay = (day: number, extent: DayWindow) => Math.min(Math.max(day, extent.from), extent.to);

/** Every day of the extent gets the same width: [from, to + 1) maps onto [0, 1]. */
export const fractionOfDay = (day: number, extent: DayWindow): number => (day - extent.from) / widthOf(extent);

/** The day under the point at `fraction` of the bar's width, never outside the extent. */
export const dayAtFraction = (fraction: number, extent: DayWindow): number =>
  clampDay(extent.from + Math.floor(fraction * widthOf(extent)), extent);

/** How many whole days a pointer moved when it moved `fraction` of the bar's width. */
export const daysOfFraction = (fraction: number, extent: DayWindow): number => Math.round(fraction * widthOf(extent));

/** The window shifted by `days`, keeping its width, stopped at the extent's ends (a window wider than the extent becomes the extent). */
export function moveWindow(window: DayWindow, days: number, extent: DayWindow): DayWindow {
  const width = Math.min(widthOf(window), widthOf(extent));
  const from = Math.min(Math.max(window.from + days, extent.from), extent.to - width + 1);
  return { from, to: from + width - 1 };
}

/** One edge dragged to `day` inside the extent; it cannot cross the other edge, so the window keeps at least one day. */
export function resizeWindow(window: DayWindow, edge: 'from' | 'to', day: number, extent: DayWindow): DayWindow {
  const d = clampDay(day, extent);
  return edge === 'from' ? { from: Math.min(d, window.to), to: window.to } : { from: window.from, to: Math.max(d, window.from) };
}

/**
 * The window slid to the next (+1) or previous (−1) bucket start, keeping its width; null when it
 * already touches that end. Buckets differ in length (months), so it steps by bucket, not by days.
 */
export function stepWindow(window: DayWindow, buckets: Bucket[], extent: DayWindow, direction: 1 | -1): DayWindow | null {
  if (direction > 0 ? window.to >= extent.to : window.from <= extent.from) return null;
  let target = direction > 0 ? extent.to : extent.from;
  if (direction > 0) target = buckets.find((b) => b.from > window.from)?.from ?? target;
  else for (const b of buckets) if (b.from < window.from) target = b.from;
  return moveWindow(window, target - window.from, extent);
}

/** Where Play begins: the current window, or at the start when there is none (a tenth of the extent) or it already reached the end. */
export function playStart(window: DayWindow | null, extent: DayWindow): DayWindow {
  if (window && window.to < extent.to) return window;
  const width = window ? widthOf(window) : Math.max(1, Math.round(widthOf(extent) / 10));
  return moveWindow({ from: extent.from, to: extent.from + width - 1 }, 0, extent);
}

/**
 * The window the two date fields describe (null for an empty field). Both empty means no date
 * filter; one empty means that end of the extent. A date typed past the other one drags the
 * other along, so typing never produces an empty window.
 */
export function windowFromInputs(
  from: number | null,
  to: number | null,
  changed: 'from' | 'to',
  extent: DayWindow,
): DayWindow | null {
  if (from === null && to === null) return null;
  let f = clampDay(from ?? extent.from, extent);
  let t = clampDay(to ?? extent.to, extent);
  if (f > t) [f, t] = changed === 'from' ? [f, f] : [t, t];
  return { from: f, to: t };
}

export interface Tick {
  day: number;
  label: string;
}

// Month ticks use strides that land on quarters or Januaries, so a long axis reads 2005, 2010…
const MONTH_STRIDES = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

/** At most `max` bucket starts to label between the axis's two ends (which carry their own dates). */
export function ticks(buckets: Bucket[], unit: Unit, extent: DayWindow, max: number): Tick[] {
  const inner = buckets.filter((b) => {
    const f = fractionOfDay(b.from, extent);
    return f > 0.13 && f < 0.87; // clear of the end labels, which are a full date wide
  });
  const wanted = Math.ceil(inner.length / max);
  if (unit !== 'month') {
    return inner.filter((_, i) => i % wanted === 0).map((b) => ({ day: b.from, label: isoOfDay(b.from) }));
  }
  const stride = MONTH_STRIDES.find((s) => s >= wanted) ?? wanted;
  return inner
    .map((b) => ({ day: b.from, iso: isoOfDay(b.from) }))
    .filter(({ iso }) => (Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1) % stride === 0)
    .map(({ day, iso }) => ({ day, label: stride % 12 === 0 ? iso.slice(0, 4) : iso.slice(0, 7) }));
}

// News recalls the past far more than it previews the future, so more is trimmed on the early side.
const EARLY_OUTLIERS = 0.05;
const LATE_OUTLIERS = 0.02;
const BUSY_PADDING = 0.03;

/**
 * The part of the extent where the evidence is: without the earliest twentieth and the latest
 * fiftieth of the dated evidence, padded a little. One sentence recalling 1948 would otherwise squeeze a
 * year of news into the last pixels of the bar. The whole extent when the evidence already
 * fills most of it.
 */
export function busyRange(sortedDays: Int32Array, extent: DayWindow): DayWindow {
  const n = sortedDays.length;
  if (n === 0) return extent;
  const last = sortedDays[Math.ceil(n * (1 - LATE_OUTLIERS)) - 1]!;
  // The early cut drops stray dates, not the first days of the busy run: walk back over evidence
  // that follows on closely (gaps under a tenth of the span).
  let i = Math.floor(n * EARLY_OUTLIERS);
  const gap = Math.max(1, Math.round((last - sortedDays[i]! + 1) * 0.1));
  while (i > 0 && sortedDays[i]! - sortedDays[i - 1]! <= gap) i--;
  const first = sortedDays[i]!;
  const pad = Math.round((last - first + 1) * BUSY_PADDING);
  const busy = { from: Math.max(extent.from, first - pad), to: Math.min(extent.to, last + pad) };
  // An edge of the extent a few days past the busy run is kept: nothing is cut for so little.
  const near = Math.round((last - first + 1) * 0.1);
  if (busy.from - extent.from <= near) busy.from = extent.from;
  if (extent.to - busy.to <= near) busy.to = extent.to;
  return widthOf(busy) * 2 <= widthOf(extent) ? busy : extent;
}
