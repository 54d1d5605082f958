// When a meeting is: the date its clause states, or, when it states none, the time the story was
// telling ("Setelah itu", "Sore harinya", "Sehari sebelumnya", "days after the strike").

import type { IsoDay } from '../../graph/types.js';
import { dateSpan, nextYear, shiftDay } from '../../graph/days.js';
import type { AnalysedArticle, AnalysedSentence } from '../pipeline.js';
import type { Clause } from './clauses.js';
import type { When } from './types.js';

/** Whether two dates can be the same happening: one's span holds the other's. */
export function datesCompatible(a: { start: IsoDay; end: IsoDay }, b: { start: IsoDay; end: IsoDay }): boolean {
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

const BARE_WEEKDAY = /^(?:(?:pada\s+)?(?:hari\s+)?)?(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
// "before" and "sebelum" need no place here: they open a clause of their own (clauses.ts).
const SECOND_VERB_BEFORE = /\b(?:and|dan|lalu|kemudian|then)\s+(?:(?:will|akan|to|untuk)\s+)?$/iu;
/** A clause that begins "hours before …": it holds for the day the sentence states. */
const SAME_DAY_BEFORE = /\b(?:hours|minutes|shortly|moments|just|soon|jam|menit|sesaat|tak\s+lama|tidak\s+lama)\s+(?:before|after|sebelum|setelah|sesudah|usai|seusai)\s*$/iu;

/** The one date a clause states for its cue: the most precise of those that hold one another. */
function statedIn(sentence: AnalysedSentence, clause: Clause, cueAt?: number) {
  let inClause = sentence.dates.filter((d) => d.index >= clause.start && d.index < clause.end);
  // "will fly to Washington on Sunday and meet Trump … on Monday": a cue that is the second verb
  // of its subject takes the date after it; the one before is the first verb's.
  if (cueAt !== undefined && SECOND_VERB_BEFORE.test(sentence.text.slice(clause.start, cueAt))) {
    const later = inClause.filter((d) => d.index > cueAt);
    if (later.length && later.length < inClause.length) inClause = later;
  }
  // "tahun ini … pada 4 Agustus": the most precise of dates that hold one another.
  let stated = inClause[0];
  for (const d of inClause.slice(1))
    if (stated && datesCompatible(d, stated) && d.start >= stated.start && d.end <= stated.end && (d.start !== stated.start || d.end !== stated.end)) stated = d;
  // "hours before his talks with Trump": the clause holds for the day the sentence states.
  if (!stated && SAME_DAY_BEFORE.test(sentence.text.slice(Math.max(0, clause.start - 20), clause.start)) && sentence.dates.length === 1) stated = sentence.dates[0];
  return stated;
}

/** The date a clause states for its meeting; a planned meeting's bare weekday is the coming one. */
export function clauseDate(sentence: AnalysedSentence, clause: Clause, planned: boolean, published: IsoDay | '', cueAt?: number): When | undefined {
  const stated = statedIn(sentence, clause, cueAt);
  if (!stated) return undefined;
  if (planned && published && BARE_WEEKDAY.test(stated.text.trim()) && stated.value < published) {
    const day = shiftDay(stated.value, 7);
    return { value: day, start: day, end: day };
  }
  // "dijadwalkan berkunjung ke Jakarta pada November", written in September: a planned meeting's
  // month without a year is the coming one, not last year's.
  if (planned && published && stated.end < published && !/\d{4}/.test(stated.text) && /^\d{4}-\d{2}(?:-\d{2})?$/.test(stated.value)) {
    const value = nextYear(stated.value);
    const span = value === undefined ? undefined : dateSpan(value);
    if (value && span && span.end >= published) return { value, ...span };
  }
  return { value: stated.value, start: stated.start, end: stated.end };
}

/** A sentence set at the meeting told before: "Usai pertemuan itu", "Before the talks", "Sore harinya". */
const SAME_OCCASION_OPENING =
  /^(?:(?:usai|seusai|setelah|sesudah|sebelum|selepas|after|before|following|ahead\s+of)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?<noun>(?:pertemuan|talks|meeting|summit|KTT|kunjungan|visit|perundingan|pembicaraan)(?:\s+(?!itu\b|tersebut\b|ini\b|with\b|dengan\b)[\p{L}\d+-]+)?)\b|(?:di\s+)?sela(?:-sela)?\s+kunjungan|during\s+(?:the|his|her)\s+visit|(?:pagi|siang|sore|malam)\s+harinya|(?:pada\s+)?hari\s+yang\s+sama|later\s+(?:that|the\s+same)\s+day|(?:that|the\s+same)\s+(?:morning|afternoon|evening|day)\b)/iu;
/** "Sehari sebelumnya" (group 1) or "Keesokan harinya": a day off the day told before. */
const DAY_SHIFT_OPENING = /^(?:(sehari\s+sebelumnya|the\s+day\s+before|a\s+day\s+earlier|the\s+previous\s+day)|keesokan\s+harinya|esoknya|sehari\s+(?:setelahnya|kemudian)|the\s+(?:next|following)\s+day|a\s+day\s+later)\b/iu;
/** A sentence that continues the time of the one before. */
const THEN_OPENING = /^(?:(?:soon|shortly|immediately|right|not\s+long)\s+after\b|then\b|later\b|afterwards\b|after\s+that\b|setelah\s+itu\b|sesudah\s+itu\b|usai\s+itu\b|seusai\s+itu\b|kemudian\b|tak\s+lama\s+kemudian\b|tidak\s+lama\s+kemudian\b|sesaat\s+setelah\b|(?:pada\s+)?(?:kala|saat|ketika|waktu)\s+itu\b|at\s+(?:the|that)\s+time\b|back\s+then\b)/iu;

/** Meetings of two or more told with a date so far in the story, for "Usai pertemuan itu". */
export type DatedMeetings = { sentence: number; date: When }[];

/**
 * The date the story's flow gives a sentence whose clause states none, or a shifted day:
 * `current` is the date found so far (a day shift applies to it regardless).
 */
export function narrativeDate(article: AnalysedArticle, s: number, current: When | undefined, dated: DatedMeetings): When | undefined {
  const sentence = article.sentences[s]!;
  let date = current;
  // "Soon after landing, he met …", "Setelah itu …": the time of the sentence before.
  if (!date && s > 0 && THEN_OPENING.test(sentence.text)) {
    const previous = article.sentences[s - 1]!.dates;
    const last = previous[previous.length - 1];
    if (last) date = { value: last.value, start: last.start, end: last.end };
  }
  date ??= dateOfHappeningBefore(article, s);
  // "Usai pertemuan 2+2, …", "Sore harinya, …", "During the visit, …": the day of the meeting told before.
  const occasion = date ? null : SAME_OCCASION_OPENING.exec(sentence.text.trimStart());
  if (occasion) {
    // "Usai pertemuan 2+2": the meeting told with those words, else the last one told.
    const noun = occasion.groups?.noun?.toLowerCase();
    const named = noun && /\s/.test(noun) ? [...dated].reverse().find((x) => article.sentences[x.sentence]!.text.toLowerCase().includes(noun)) : undefined;
    const last = named ?? dated[dated.length - 1];
    if (last) date = last.date;
  }
  // "Sehari sebelumnya, Prabowo bertemu …": a day before the day the story was telling.
  const shift = DAY_SHIFT_OPENING.exec(sentence.text.trimStart());
  if (shift) {
    const earlier = [s - 1, s - 2].filter((k) => k >= 0).flatMap((k) => article.sentences[k]!.dates).filter((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.value));
    const day = earlier[earlier.length - 1];
    if (day) {
      const value = shiftDay(day.value, shift[1] ? -1 : 1);
      date = { value, start: value, end: value };
    }
  }
  return date;
}

/** "days after the strike", "sepekan setelah serangan itu": timed by a happening told before. */
const SHORTLY_AFTER_HAPPENING =
  /\b(?:(?:a\s+few|several|two|three)\s+(?:days|weeks)|days|weeks|a\s+(?:day|week)|(?:beberapa|dua|tiga)\s+(?:hari|pekan|minggu)|sehari|sepekan|seminggu)\s+(?:after|before|setelah|sebelum|sesudah|usai|pasca)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{Ll}{4,})/iu;

/**
 * The month of the happening a sentence times itself by ("hosted him days after the strike"),
 * from the nearest sentence before that names it with a date. Only the month: "days after" a
 * day is not that day.
 */
function dateOfHappeningBefore(article: AnalysedArticle, s: number): When | undefined {
  const m = SHORTLY_AFTER_HAPPENING.exec(article.sentences[s]!.text);
  if (!m) return undefined;
  const noun = new RegExp(`\\b${m[1]!.toLowerCase()}(?:s|es)?\\b`, 'iu');
  for (let k = s - 1; k >= Math.max(0, s - 5); k--) {
    const { text, dates } = article.sentences[k]!;
    const at = noun.exec(text);
    if (!at || !dates.length) continue;
    const nearest = [...dates].sort((a, b) => Math.abs(a.index - at.index) - Math.abs(b.index - at.index))[0]!;
    const month = nearest.value.slice(0, 7);
    return { value: month, ...dateSpan(month) };
  }
  return undefined;
}
