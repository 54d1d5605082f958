// Calendar arithmetic on ISO dates, in one place and with no dependency, so the graph writers,
// the viewer and the extractor share it and the viewer never loads the date parser (chrono).
// Days are proleptic Gregorian, in UTC; years 0–9999.

import type { IsoDay, PartialDate } from './types.js';

export interface Day {
  y: number;
  m: number;
  d: number;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDay({ y, m, d }: Day): IsoDay {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function toUtc({ y, m, d }: Day): Date {
  const date = new Date(Date.UTC(2000, m - 1, d));
  // setUTCFullYear, because Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(y);
  return date;
}

export function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return new Date(Date.UTC(2001, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return toUtc(day).getUTCDay();
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function parseIsoDay(text: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`not an ISO day: ${text}`);
  const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  if (!isValidDay(day.y, day.m, day.d)) throw new RangeError(`not an ISO day: ${text}`);
  return day;
}

/** The full days a partial date spans: a day itself, a month's first to last day, a year's Jan 1 to Dec 31. */
export function dateSpan(value: PartialDate): { start: IsoDay; end: IsoDay } {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw new RangeError(`not a partial ISO date: ${value}`);
  const y = Number(match[1]);
  if (match[3] !== undefined) {
    parseIsoDay(value);
    return { start: value, end: value };
  }
  if (match[2] !== undefined) {
    const m = Number(match[2]);
    if (m < 1 || m > 12) throw new RangeError(`not a partial ISO date: ${value}`);
    return { start: isoDay({ y, m, d: 1 }), end: isoDay({ y, m, d: daysInMonth(y, m) }) };
  }
  return { start: isoDay({ y, m: 1, d: 1 }), end: isoDay({ y, m: 12, d: 31 }) };
}

/** The first and last day of a set of dates; empty strings when none has a day. */
export function spanOfDates(dates: Iterable<PartialDate>): { start: IsoDay; end: IsoDay } {
  let start = '';
  let end = '';
  for (const date of dates) {
    if (!date) continue;
    const span = dateSpan(date);
    if (!start || span.start < start) start = span.start;
    if (!end || span.end > end) end = span.end;
  }
  return { start, end };
}

/** An ISO day moved by n days (negative: back). */
export const shiftDay = (day: IsoDay, n: number): IsoDay => isoDay(addDays(parseIsoDay(day), n));

/** The day after an ISO day. */
export const nextDay = (day: IsoDay): IsoDay => shiftDay(day, 1);

/** The same partial date a year later; undefined for a 29 February whose next year has none. */
export function nextYear(value: PartialDate): PartialDate | undefined {
  const later = `${pad(Number(value.slice(0, 4)) + 1, 4)}${value.slice(4)}`;
  return later.length === 10 && !isIsoDay(later) ? undefined : later;
}

// Whole days since 1970-01-01 (UTC): the time bar and the date filter compare integers,
// not strings, so a window update over 100k edges stays a tight loop.
const MS_PER_DAY = 86_400_000;

export const dayNumber = (day: IsoDay): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
};

export const isoOfDay = (n: number): IsoDay => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

export const isIsoDay = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text) && isoOfDay(dayNumber(text)) === text;
