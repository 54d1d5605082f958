import { describe, expect, it } from 'vitest';
import { dayNumber, isoOfDay } from '../../graph/days.js';
import { histogram } from './histogram.js';
import {
  busyRange,
  dayAtFraction,
  daysOfFraction,
  fractionOfDay,
  moveWindow,
  playStart,
  resizeWindow,
  stepWindow,
  ticks,
  windowFromInputs,
} from './window-math.js';

const days = (from: string, to: string) => ({ from: dayNumber(from), to: dayNumber(to) });
const isos = (w: { from: number; to: number } | null) => w && [isoOfDay(w.from), isoOfDay(w.to)];

describe('window math', () => {
  const extent = days('2024-01-01', '2024-01-10'); // ten days

  it('maps days to fractions of the bar and back, each day equally wide', () => {
    expect(fractionOfDay(extent.from, extent)).toBe(0);
    expect(fractionOfDay(extent.to + 1, extent)).toBe(1);
    expect(isoOfDay(dayAtFraction(0.05, extent))).toBe('2024-01-01');
    expect(isoOfDay(dayAtFraction(0.95, extent))).toBe('2024-01-10');
    // Pointers can leave the bar while dragging; the day stays inside the extent.
    expect(isoOfDay(dayAtFraction(-0.5, extent))).toBe('2024-01-01');
    expect(isoOfDay(dayAtFraction(1.5, extent))).toBe('2024-01-10');
    expect(daysOfFraction(0.26, extent)).toBe(3);
  });

  it('moves a window keeping its width, stopping at either end', () => {
    const w = days('2024-01-03', '2024-01-05');
    expect(isos(moveWindow(w, 2, extent))).toEqual(['2024-01-05', '2024-01-07']);
    expect(isos(moveWindow(w, 100, extent))).toEqual(['2024-01-08', '2024-01-10']);
    expect(isos(moveWindow(w, -100, extent))).toEqual(['2024-01-01', '2024-01-03']);
    // A window from a stale link, wider than the extent, becomes the extent.
    expect(isos(moveWindow(days('2023-01-01', '2025-01-01'), 0, extent))).toEqual(['2024-01-01', '2024-01-10']);
  });

  it('resizes one edge inside the extent without crossing the other', () => {
    const w = days('2024-01-03', '2024-01-05');
    expect(isos(resizeWindow(w, 'from', dayNumber('2024-01-02'), extent))).toEqual(['2024-01-02', '2024-01-05']);
    expect(isos(resizeWindow(w, 'from', dayNumber('2024-01-09'), extent))).toEqual(['2024-01-05', '2024-01-05']);
    expect(isos(resizeWindow(w, 'to', dayNumber('2024-02-01'), extent))).toEqual(['2024-01-03', '2024-01-10']);
    expect(isos(resizeWindow(w, 'to', dayNumber('2023-12-01'), extent))).toEqual(['2024-01-03', '2024-01-03']);
  });

  it('steps by whole buckets, even when months differ in length, and reports the end', () => {
    const year = days('2023-01-01', '2023-12-31');
    const { buckets } = histogram(new Int32Array(), days('2021-01-15', '2023-12-31')); // monthly
    const feb = days('2023-02-01', '2023-02-10');
    expect(isos(stepWindow(feb, buckets, year, 1))).toEqual(['2023-03-01', '2023-03-10']);
    expect(isos(stepWindow(feb, buckets, year, -1))).toEqual(['2023-01-01', '2023-01-10']);
    // Mid-month windows snap to the next month start.
    expect(isos(stepWindow(days('2023-02-15', '2023-02-20'), buckets, year, 1))).toEqual(['2023-03-01', '2023-03-06']);
    // The last step is cut short at the end of the extent, and the next one is refused.
    const last = stepWindow(days('2023-11-01', '2023-12-20'), buckets, year, 1);
    expect(isos(last)).toEqual(['2023-11-12', '2023-12-31']);
    expect(stepWindow(last!, buckets, year, 1)).toBeNull();
    expect(stepWindow(days('2023-01-01', '2023-01-05'), buckets, year, -1)).toBeNull();
  });

  it('plays from the current window, or from the start when there is none or it is at the end', () => {
    const long = days('2020-01-01', '2020-04-09'); // 100 days
    expect(isos(playStart(days('2020-02-01', '2020-02-05'), long))).toEqual(['2020-02-01', '2020-02-05']);
    expect(isos(playStart(null, long))).toEqual(['2020-01-01', '2020-01-10']);
    expect(isos(playStart(days('2020-04-01', '2020-04-09'), long))).toEqual(['2020-01-01', '2020-01-09']);
  });

  it('reads the date fields: empty ends mean the extent, crossing dates drag the other end along', () => {
    const d = dayNumber;
    expect(windowFromInputs(null, null, 'from', extent)).toBeNull();
    expect(isos(windowFromInputs(d('2024-01-04'), null, 'from', extent))).toEqual(['2024-01-04', '2024-01-10']);
    expect(isos(windowFromInputs(d('2024-01-08'), d('2024-01-05'), 'from', extent))).toEqual(['2024-01-08', '2024-01-08']);
    expect(isos(windowFromInputs(d('2024-01-08'), d('2024-01-05'), 'to', extent))).toEqual(['2024-01-05', '2024-01-05']);
    expect(isos(windowFromInputs(d('1999-01-01'), d('2030-01-01'), 'to', extent))).toEqual(['2024-01-01', '2024-01-10']);
  });

  it('labels a long monthly axis by round years and keeps ticks clear of the end labels', () => {
    const span = days('1999-12-31', '2024-12-31');
    const { unit, buckets } = histogram(new Int32Array(), span);
    const labels = ticks(buckets, unit, span, 6).map((t) => t.label);
    expect(labels).toEqual(['2005', '2010', '2015', '2020']);

    const short = days('2024-01-01', '2024-01-31');
    const daily = histogram(new Int32Array(), short);
    const dayTicks = ticks(daily.buckets, daily.unit, short, 5);
    expect(dayTicks.length).toBeGreaterThan(2);
    expect(dayTicks.length).toBeLessThanOrEqual(5);
    expect(dayTicks[0]!.label).toMatch(/^2024-01-\d\d$/);
  });

  it('finds the busy part of a long extent, leaving out a stray early date', () => {
    const extent = { from: dayNumber('1948-01-01'), to: dayNumber('2024-01-31') };
    const days = Int32Array.from([dayNumber('1948-01-01'), ...Array.from({ length: 150 }, (_, i) => dayNumber('2023-09-01') + i)]).sort();
    const busy = busyRange(days, extent);
    // The stray day is left out; the first twentieth of the rest may be trimmed too.
    expect(isoOfDay(busy.from) >= '2023-08-01' && isoOfDay(busy.from) <= '2023-09-10').toBe(true);
    expect(isoOfDay(busy.to) >= '2024-01-20' && busy.to <= extent.to).toBe(true);
    // Evidence spread over most of the extent keeps the whole extent.
    const spread = Int32Array.from(Array.from({ length: 100 }, (_, i) => extent.from + Math.round((i * (extent.to - extent.from)) / 99)));
    expect(busyRange(spread, extent)).toEqual(extent);
    expect(busyRange(new Int32Array(), extent)).toEqual(extent);
  });
});
