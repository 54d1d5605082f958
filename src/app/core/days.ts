// Whole days since 1970-01-01 (UTC): the time bar and the date filter compare integers,
// not strings, so a window update over 100k edges stays a tight loop.
import type { IsoDay } from '../../graph/types.js';

const MS_PER_DAY = 86_400_000;

export const dayNumber = (day: IsoDay): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
};

export const isoOfDay = (n: number): IsoDay => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

export const isIsoDay = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && isoOfDay(dayNumber(text)) === text;
