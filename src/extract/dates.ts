// Dates in news text: the publication date of an article, and every date a sentence states,
// resolved against that publication date (DESIGN.md, "Dates").
//
// chrono-node recognises most expressions (month names in both languages, "kemarin", "bulan lalu",
// weekdays, "15 hingga 17 Januari"). We read only the components it is certain of and resolve
// them ourselves, because its guesses are tuned for scheduling, not for news: it picks the
// nearest weekday or month in either direction ("pada Jumat" written on a Wednesday becomes
// the coming Friday), and it turns "pekan lalu" into a single day. The hand-written rules below
// cover what it misses or gets wrong for news; each says why.
//
// Everything here is computed from the publication date alone, never from the clock.

import * as chrono from 'chrono-node';
import type { IsoDay, Lang, PartialDate } from '../graph/types.js';
import {
  addDays, compareDays, dateSpan, type Day, isoDay, isValidDay, pad, parseIsoDay, weekdayOf,
} from '../graph/days.js';
import { MONTHS, WEEKDAYS } from './date-words.js';

// The extraction stages take the span of a date from here, beside the parsing.
export { dateSpan };
import type { StatedDate } from './types.js';

/** A date at the precision the text gives; `m` and `d` are absent when the text does not state them. */
interface DateParts {
  y: number;
  m?: number;
  d?: number;
}

interface Found {
  index: number;
  length: number;
  value: PartialDate;
  start: IsoDay;
  end: IsoDay;
  /** Hand-written rules win ties against chrono: they exist because chrono reads those words wrongly. */
  rule: boolean;
}

type Resolved = Omit<Found, 'index' | 'length' | 'rule'>;

// A day-month without a year is taken in the publication year when it falls no more than this
// many days after publication (articles announce visits and talks a few weeks ahead, e.g.
// "mulai 15 hingga 17 Januari" published on 15 January); later than that, it is last year's.
const LOOKAHEAD_DAYS = 31;

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on plain numbers; Date is used only through its UTC methods.

function valueOf(p: DateParts): PartialDate {
  if (p.m === undefined) return pad(p.y, 4);
  if (p.d === undefined) return `${pad(p.y, 4)}-${pad(p.m)}`;
  return isoDay({ y: p.y, m: p.m, d: p.d });
}

function resolved(p: DateParts): Resolved {
  const value = valueOf(p);
  return { value, ...dateSpan(value) };
}

function dayResolved(day: Day): Resolved {
  const value = isoDay(day);
  return { value, start: value, end: value };
}

/** A run of days named by its first day ("pekan lalu" is the Monday that week began). */
function runResolved(first: Day, days: number): Resolved {
  const value = isoDay(first);
  return { value, start: value, end: isoDay(addDays(first, days - 1)) };
}

// ---------------------------------------------------------------------------------------------
// Resolving what the text leaves out, always against the publication date.

function yearOfDayMonth(pub: Day, m: number, d: number): number {
  const limit = addDays(pub, LOOKAHEAD_DAYS);
  // Counting back rather than stepping one year lets 29 February find its leap year.
  for (let y = pub.y + 1; y > pub.y - 8; y -= 1) {
    if (isValidDay(y, m, d) && compareDays({ y, m, d }, limit) <= 0) return y;
  }
  return pub.y - 1;
}

/** The most recent such month not after the publication month ("pada September"). */
function yearOfMonth(pub: Day, m: number): number {
  return m <= pub.m ? pub.y : pub.y - 1;
}

/** The most recent such month before the publication month ("September lalu", "last October"). */
function yearOfPastMonth(pub: Day, m: number): number {
  return m < pub.m ? pub.y : pub.y - 1;
}

/** The weekday on or before the publication day, within the week before it. */
function recentWeekday(pub: Day, weekday: number, strictlyBefore = false): Day {
  let back = (weekdayOf(pub) - weekday + 7) % 7;
  if (strictlyBefore && back === 0) back = 7;
  return addDays(pub, -back);
}

/** The first such weekday after the publication day: "next Saturday", "Sabtu depan". */
function comingWeekday(pub: Day, weekday: number): Day {
  return addDays(pub, ((weekday - weekdayOf(pub) + 6) % 7) + 1);
}

function mondayOf(day: Day): Day {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

// ---------------------------------------------------------------------------------------------
// Words.

const alternation = (words: Record<string, number>): string =>
  Object.keys(words).sort((a, b) => b.length - a.length).join('|');

const MONTH = `(?:${alternation(MONTHS)})\\.?`;
const WEEKDAY = `(?:${alternation(WEEKDAYS)})\\.?`;
const MONTH_WORD = new RegExp(`\\b${MONTH}(?![a-z])`, 'i');

const monthNumber = (word: string): number => MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;

// ---------------------------------------------------------------------------------------------
// Hand-written rules.

interface Rule {
  pattern: RegExp;
  resolve(match: RegExpExecArray, pub: Day, sentence: string): Resolved | null;
}

function numericDay(pub: Day, first: string, second: string, year: string | undefined): Resolved | null {
  let d = Number(first);
  let m = Number(second);
  // Day first, as Indonesian and most international outlets write it; an impossible month
  // means the writer put the month first.
  if (m > 12 && d <= 12) [d, m] = [m, d];
  let y = year === undefined ? undefined : Number(year.length === 2 ? `20${year}` : year);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  y ??= yearOfDayMonth(pub, m, d);
  return isValidDay(y, m, d) ? dayResolved({ y, m, d }) : null;
}

// chrono reads "16/1" anywhere, including "24/7" or "1/3 wilayah"; a day and month without a
// year only count when written the way Indonesian news writes them: in brackets after the
// weekday, "Selasa (16/1)", or straight after a weekday, "Rabu 17/1".
const NUMERIC_RULES: Rule[] = [
  {
    pattern: new RegExp(`(?:\\b${WEEKDAY}\\s*,?\\s*)?\\(\\s*(\\d{1,2})\\/(\\d{1,2})(?:\\/(\\d{4}|\\d{2}))?\\s*\\)`, 'gi'),
    resolve: (m, pub) => numericDay(pub, m[1]!, m[2]!, m[3]),
  },
  {
    pattern: new RegExp(`(?:\\b${WEEKDAY}\\s*,?\\s*)?(?<![\\d.,/-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/.-]*\\d)`, 'gi'),
    resolve: (m, pub) => numericDay(pub, m[1]!, m[3]!, m[4]),
  },
  {
    pattern: new RegExp(`\\b${WEEKDAY}\\s*,?\\s*(\\d{1,2})\\/(\\d{1,2})(?![\\d/])`, 'gi'),
    resolve: (m, pub) => numericDay(pub, m[1]!, m[2]!, undefined),
  },
  {
    // ISO dates (feeds, metadata lines); chrono would keep the time zone and shift the day.
    pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g,
    resolve: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isValidDay(y, mo, d) ? dayResolved({ y, m: mo, d }) : null;
    },
  },
];

const YEAR = '(1\\d{3}|20\\d{2})';
// A year may be followed by a second one ("2022-2023") but not by more digits or a thousands part.
const YEAR_TAIL = `(?:\\s*[-–]\\s*${YEAR})?(?![\\d]|[.,]\\d|-\\w)`;

function yearRange(first: string, last: string | undefined, edge?: 'first-day' | 'last-day'): Resolved {
  const y = Number(first);
  if (edge === 'last-day') return dayResolved({ y, m: 12, d: 31 });
  if (edge === 'first-day') return dayResolved({ y, m: 1, d: 1 });
  const span = resolved({ y });
  if (last !== undefined && Number(last) > y) span.end = dateSpan(last).end;
  return span;
}

// chrono has no rule for a bare year. A four-digit number is a year only after a word that
// introduces one ("tahun 1948", "pada 2000", "akhir 2023", "in 2000"), so "75 Tahun",
// "1.000 kontainer" and "Hwasong-11" stay numbers.
const ID_RULES: Rule[] = [
  {
    pattern: new RegExp(
      `\\b(?:(hari\\s+terakhir|hari\\s+pertama)\\s+(?:tahun\\s+)?|(?:awal|akhir|pertengahan|medio|penghujung)\\s+(?:tahun\\s+)?|tahun\\s+|(?<=\\b(?:pada|sejak|selama)\\s+))${YEAR}${YEAR_TAIL}`,
      'gi',
    ),
    resolve: (m) =>
      yearRange(m[2]!, m[3], m[1] === undefined ? undefined : /terakhir/i.test(m[1]) ? 'last-day' : 'first-day'),
  },
  {
    // chrono reads "Oktober tahun lalu" as two dates, and its "September lalu" drops the "lalu".
    // "Oktober mendatang" / "Oktober nanti" is the coming October.
    pattern: new RegExp(`\\b(${MONTH})\\s+(tahun\\s+(?:lalu|kemarin|ini|depan)|(?:yang\\s+)?lalu|kemarin|(?:yang\\s+)?(?:akan\\s+datang|mendatang)|nanti)\\b`, 'gi'),
    resolve: (m, pub) => {
      const month = monthNumber(m[1]!);
      const when = m[2]!.toLowerCase();
      if (/datang|nanti/.test(when)) return resolved({ y: month > pub.m ? pub.y : pub.y + 1, m: month });
      if (!when.startsWith('tahun')) return resolved({ y: yearOfPastMonth(pub, month), m: month });
      const shift = /lalu|kemarin/.test(when) ? -1 : /depan/.test(when) ? 1 : 0;
      return resolved({ y: pub.y + shift, m: month });
    },
  },
  {
    // "Minggu" is both Sunday and week. chrono always reads "minggu lalu/kemarin" as a week, and
    // as one day seven days back. We read it as Sunday after "hari", or when capitalised inside
    // the sentence ("pada Minggu kemarin"); otherwise as the calendar week.
    pattern: /\b(hari\s+)?(akhir\s+)?(pekan|minggu)\s+(lalu|kemarin|ini|depan)\b/gi,
    resolve: (m, pub, sentence) => {
      const [hari, weekend, word, when] = [m[1], m[2], m[3]!, m[4]!];
      const atStart = sentence.slice(0, m.index).trim() === '';
      const sunday =
        !weekend && word.toLowerCase() === 'minggu' && (hari !== undefined || (word === 'Minggu' && !atStart));
      const w = when.toLowerCase();
      if (sunday) {
        if (w === 'depan') return dayResolved(addDays(recentWeekday(pub, 0), 7));
        return dayResolved(recentWeekday(pub, 0, w !== 'ini'));
      }
      const shift = w === 'ini' ? 0 : w === 'depan' ? 7 : -7;
      const monday = addDays(mondayOf(pub), shift);
      return weekend ? runResolved(addDays(monday, 5), 2) : runResolved(monday, 7);
    },
  },
  {
    // chrono only takes "Minggu" as Sunday after "hari"; news writes "pada Minggu".
    pattern: /(?<=\b[Pp]ada\s+)Minggu\b(?!\s*(?:ini|lalu|depan|kemarin|pertama|kedua|ketiga|keempat|terakhir|\d))/g,
    resolve: (_m, pub) => dayResolved(recentWeekday(pub, 0)),
  },
];

const EN_RULES: Rule[] = [
  {
    pattern: new RegExp(
      `\\b(?:(?:early|late|mid|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|beginning\\s+of)[\\s-]+|(?<=\\b(?:in|since|during|throughout)\\s+))${YEAR}${YEAR_TAIL}`,
      'gi',
    ),
    resolve: (m) => yearRange(m[1]!, m[2]),
  },
  {
    // chrono drops the "last" of "last October" and reads "October last year" as two dates.
    // Month names are matched capitalised only, so "may" and "march" stay verbs.
    pattern: new RegExp(
      `\\b(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+(${cap(MONTHS)})\\b|(${cap(MONTHS)})\\s+(last|this|next)\\s+year\\b)`,
      'g',
    ),
    resolve: (m, pub) => {
      const month = monthNumber((m[2] ?? m[3])!);
      const when = (m[1] ?? m[4])!.toLowerCase();
      if (m[2] !== undefined) {
        if (when === 'last') return resolved({ y: yearOfPastMonth(pub, month), m: month });
        if (when === 'next') return resolved({ y: month > pub.m ? pub.y : pub.y + 1, m: month });
        return resolved({ y: pub.y, m: month });
      }
      return resolved({ y: pub.y + (when === 'last' ? -1 : when === 'next' ? 1 : 0), m: month });
    },
  },
  {
    // chrono reads "last week" as the single day seven days back; we want the calendar week.
    pattern: /\b(last|this|next)\s+(week|weekend)\b/gi,
    resolve: (m, pub) => {
      const w = m[1]!.toLowerCase();
      const monday = addDays(mondayOf(pub), w === 'this' ? 0 : w === 'next' ? 7 : -7);
      return m[2]!.toLowerCase() === 'weekend' ? runResolved(addDays(monday, 5), 2) : runResolved(monday, 7);
    },
  },
];

function cap(words: Record<string, number>): string {
  return Object.keys(words)
    .filter((w) => w.length > 3 || w === 'may')
    .sort((a, b) => b.length - a.length)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('|');
}

function applyRules(rules: Rule[], sentence: string, pub: Day): Found[] {
  const found: Found[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const r = rule.resolve(m, pub, sentence);
      if (r) found.push({ ...r, index: m.index, length: m[0].length, rule: true });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// chrono results.

const PARSERS: Record<Lang, chrono.Chrono> = { id: chrono.id.casual, en: chrono.casual };

interface Certain {
  y?: number;
  m?: number;
  d?: number;
  weekday?: number;
}

function certain(c: chrono.ParsedComponents): Certain {
  const get = (k: chrono.Component) => (c.isCertain(k) ? c.get(k) ?? undefined : undefined);
  return { y: get('year'), m: get('month'), d: get('day'), weekday: get('weekday') };
}

/** What chrono found that is a stated date, or null: times, "now", durations ahead, loose numbers. */
function fromChrono(result: chrono.ParsedResult, pub: Day, sentence: string, lang: Lang): Resolved | null {
  const text = result.text;
  // Slash and dot numbers are the numeric rules' business (see NUMERIC_RULES).
  if (/\d\s*[/.]\s*\d/.test(text) && !MONTH_WORD.test(text)) return null;
  // "dalam dua minggu", "in two weeks", "dua hari lagi": a span ahead, not a point in time.
  if (/^(?:dalam|within|in)\s/i.test(text) || /\b(?:lagi|kemudian|mendatang|later|from now)$/i.test(text)) return null;
  if (/^(?:sekarang|saat\s+ini|now|right\s+now)$/i.test(text)) return null;

  // chrono puts "last night" on the publication day itself; the night meant is the one before.
  if (/^(?:semalam|tadi\s+malam|last\s+night)$/i.test(text)) return dayResolved(addDays(pub, -1));

  const s = certain(result.start);
  if (s.y !== undefined && s.y < 1000) return null;
  const prefix = sentence.slice(0, result.index);

  if (s.d === undefined && s.m === undefined && s.y === undefined) {
    if (s.weekday === undefined) return null;
    // "Sun Microsystems", "Sat" in a list: an English weekday abbreviation needs "on".
    if (lang === 'en' && /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/i.test(text)) return null;
    // A bare weekday in news is the latest one; "next Saturday", "Sabtu depan" is the coming one.
    const coming = /\b(?:next|coming|depan|mendatang|yang\s+akan\s+datang)\b/i.test(text);
    const first = coming ? comingWeekday(pub, s.weekday) : recentWeekday(pub, s.weekday);
    const last = result.end ? certain(result.end).weekday : undefined;
    // "Senin hingga Rabu": the days from the first weekday to the next occurrence of the last.
    return last === undefined ? dayResolved(first) : runResolved(first, ((last - s.weekday + 7) % 7) + 1);
  }
  if (s.m === undefined) return s.y === undefined ? null : resolved({ y: s.y });
  // "May" and "March" are also verbs; an English month alone needs a word that introduces it.
  if (
    lang === 'en' && s.d === undefined && s.y === undefined &&
    !/\b(?:in|since|during|until|till|last|this|next|early|mid|late|of|from|through|by|between)[\s-]*$/i.test(prefix)
  ) return null;

  const startPartial = complete(s, pub);
  if (!startPartial) return null;
  const startSpan = resolved(startPartial);
  if (!result.end) return startSpan;

  const e = certain(result.end);
  const endPartial = completeEnd(e, startPartial);
  if (!endPartial) return startSpan;
  const end = resolved(endPartial).end;
  // Two dates joined by a dash are not always a range ("1/2 - Jan 16, 2024"): one that ends
  // before it starts is read as its first date alone.
  return end < startSpan.start ? startSpan : { ...startSpan, end };
}

function complete(c: Certain, pub: Day): DateParts | null {
  if (c.m === undefined) return null;
  if (c.d === undefined) return { y: c.y ?? yearOfMonth(pub, c.m), m: c.m };
  const y = c.y ?? yearOfDayMonth(pub, c.m, c.d);
  return isValidDay(y, c.m, c.d) ? { y, m: c.m, d: c.d } : null;
}

/** The end of a range takes what it leaves out from its start ("15 hingga 17 Januari"). */
function completeEnd(c: Certain, start: DateParts): DateParts | null {
  const m = c.m ?? start.m;
  if (m === undefined) return null;
  let y = c.y ?? start.y;
  if (c.y === undefined && (m < (start.m ?? 0) || (m === start.m && (c.d ?? 0) < (start.d ?? 0)))) y += 1;
  if (c.d === undefined || start.d === undefined) return { y, m };
  return isValidDay(y, m, c.d) ? { y, m, d: c.d } : null;
}

// ---------------------------------------------------------------------------------------------
// Putting the spans together.

const MODIFIER_BEFORE =
  /\b(?:awal|akhir|pertengahan|medio|penghujung|early|late|mid|earlier|later|(?:the\s+)?end\s+of|(?:the\s+)?beginning\s+of)[\s-]+$/i;
const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY}\\s*(,|\\()?\\s*$`, 'i');
const LEADING_PREPOSITION = /^(?:pada|on)\s+/i;

/** Widens a span to the words that belong to it: "awal Juli", "Rabu (18 Oktober 2023)"; drops a leading "pada". */
function tidy(f: Found, sentence: string): Found {
  let { index, length } = f;
  const lead = LEADING_PREPOSITION.exec(sentence.slice(index, index + length));
  if (lead) {
    index += lead[0].length;
    length -= lead[0].length;
  }
  // chrono keeps a comma it read as part of "September 13, 2023" even when no year follows.
  length = sentence.slice(index, index + length).replace(/[\s,;:]+$/, '').length;
  const before = sentence.slice(0, index);
  const modifier = MODIFIER_BEFORE.exec(before);
  if (modifier) {
    index -= modifier[0].length;
    length += modifier[0].length;
  } else if (f.value.length === 10) {
    const weekday = WEEKDAY_BEFORE.exec(before);
    if (weekday) {
      const end = index + length;
      index = weekday.index;
      length = end - index;
      const close = weekday[1] === '(' ? /^\s*\)/.exec(sentence.slice(end)) : null;
      if (close) length += close[0].length;
    }
  }
  return { ...f, index, length };
}

/** Longest spans first, hand-written rules before chrono on ties; what overlaps a kept span goes. */
function keepLongest(found: Found[]): Found[] {
  const ordered = [...found].sort((a, b) => b.length - a.length || Number(b.rule) - Number(a.rule) || a.index - b.index);
  const kept: Found[] = [];
  for (const f of ordered) {
    if (kept.every((k) => f.index + f.length <= k.index || k.index + k.length <= f.index)) kept.push(f);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** Dates stated in a sentence, resolved against the article's publication date. */
export function statedDates(sentence: string, published: IsoDay, lang: Lang): StatedDate[] {
  const pub = parseIsoDay(published);
  const found = applyRules([...NUMERIC_RULES, ...(lang === 'id' ? ID_RULES : EN_RULES)], sentence, pub);
  // Noon keeps chrono's local-time arithmetic on the publication day in every time zone.
  const reference = new Date(2000, pub.m - 1, pub.d, 12);
  reference.setFullYear(pub.y);
  for (const result of PARSERS[lang].parse(sentence, reference)) {
    const r = fromChrono(result, pub, sentence, lang);
    if (r) found.push({ ...r, index: result.index, length: result.text.length, rule: false });
  }
  return keepLongest(found.map((f) => tidy(f, sentence))).map((f) => ({
    value: f.value,
    start: f.start,
    end: f.end,
    text: sentence.slice(f.index, f.index + f.length),
    index: f.index,
  }));
}

/** The publication date stated in a header, byline or dateline string, or null. */
export function parsePublicationDate(text: string): IsoDay | null {
  const candidates: { index: number; day: IsoDay }[] = [];
  // Any reference works: only dates with the year written out are taken, so nothing is relative.
  const reference = new Date(2000, 0, 1, 12);
  for (const rule of NUMERIC_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      if (!/\d{4}/.test(m[0])) continue;
      const r = rule.resolve(m, { y: 2000, m: 1, d: 1 }, text);
      if (r) candidates.push({ index: m.index, day: r.value });
    }
  }
  for (const parser of [chrono.casual, chrono.id.casual]) {
    for (const result of parser.parse(text, reference)) {
      if (/\d\s*[/.]\s*\d/.test(result.text) && !MONTH_WORD.test(result.text)) continue;
      if (!/\d{4}/.test(result.text)) continue;
      const { y, m, d } = certain(result.start);
      if (y === undefined || m === undefined || d === undefined || !isValidDay(y, m, d)) continue;
      candidates.push({ index: result.index, day: isoDay({ y, m, d }) });
    }
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]?.day ?? null;
}
