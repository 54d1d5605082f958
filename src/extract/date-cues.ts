// Whether a sentence may state a date at all, so that the date rules and chrono-node (the
// costliest part of reading dates) run only on sentences that can hold one.
//
// Each cue stands for patterns of dates.ts: its hand-written rules and the parsers of chrono's
// casual configuration for the language, including those whose results dates.ts throws away
// ("sekarang", "this morning"), since two such results can join into one it keeps. A sentence
// with no cue matches none of those patterns, except chrono's bare times ("pukul 10", "at 5",
// any number): their results hold no date, and with nothing else in the sentence they stay
// dateless, so statedDates reads none. Where a pattern lets a word run into the word before or
// after it (chrono reads "lasts" as "last" + "s", seconds, and "16Januari" as a date), the cue
// does too. Like chrono's patterns, the cues ignore case and are not Unicode-aware (\b is ASCII).

import type { Lang } from '../graph/types.js';
import { MONTHS } from './date-words.js';

// Digits joined by a date separator (16/1, 2024-01-16, 15.01.2024, "2024 01 16"), and years.
const NUMERIC = '[0-9][-./\\s][0-9]|[0-9]{4}';

// The hand-written rules' month names, in both languages; chrono's Indonesian ones too.
const MONTH = `(?<![a-z_])(?:${Object.keys(MONTHS).join('|')})(?![a-z_])`;

// chrono's English month names may also follow an ordinal or "of" with no space ("firstmay")
// and run into an ordinal or "of" after them.
const ORDINAL =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|' +
  'fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty';
const EN_MONTH =
  '(?:(?<![a-z_])|(?<=in|of|st|nd|rd|th))' +
  '(?:september|february|november|december|january|october|august|march|april|sept|june|july|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)' +
  `(?=[^a-z]|$|of|${ORDINAL})`;
const EN_WEEKDAY =
  '(?:\\b|(?<=on|this|last|past|next))' +
  '(?:wednesday|thursday|saturday|tuesday|sunday|monday|friday|thurs|thur|sun|mon|tue|wed|thu|fri|sat|weekend|weekday)' +
  '(?=[^a-z0-9_]|$|of|this|last|past|next)';
// chrono's English durations ("a few days", "2 weeks", "the year"): a number, then a unit,
// the one-letter units included.
const EN_NUMBER =
  '(?:[0-9]+(?:\\.[0-9]+)?|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half(?:\\s*an?)?|an?(?:\\s*few)?|few|several|the|a?\\s*couple\\s*(?:of)?)';
const EN_UNIT =
  'quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y';
const EN_DURATION = `${EN_NUMBER}\\s*(?:${EN_UNIT})`;

const EN_CUES = [
  NUMERIC,
  MONTH,
  EN_MONTH,
  EN_WEEKDAY,
  '\\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\\s*night)\\b',
  '(?:\\b|(?<=this))(?:morning|afternoon|evening|night|midnight|midday|noon)\\b',
  'month\\b',
  `\\b(?:this|last|past|next|after\\s*this)\\s*(?:${EN_UNIT})\\b`,
  // "last two weeks", "in a few days", "within 3 days", "a week earlier", "the day after".
  `(?:\\b(?:this|last|past|next|after)|[+-])\\s*(?:(?:about|around)\\s*)?${EN_DURATION}`,
  `\\b(?:within|in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?(?:(?:about|around)\\s*)?${EN_DURATION}`,
  `${EN_DURATION}\\s*(?:ago|before|earlier|later|after|from now|henceforth|forward|out)(?![a-z0-9_])`,
];

// Indonesian units may be glued to "se" or a number before them ("sepekan", "setahun") and to
// the word after them, so any occurrence counts.
const ID_CUES = [
  NUMERIC,
  MONTH,
  "\\b(?:minggu|selasa|jum'at|senin|kamis|jumat|sabtu|ahad|rabu)\\b",
  'minggu|detik|menit|pekan|bulan|tahun|hari|jam',
  '\\b(?:sekarang|saat\\s+ini|kemarin|besok|lusa|malam|semalam|tengah|pagi|siang|sore|petang)\\b',
];

const CUES: Record<Lang, RegExp> = {
  en: new RegExp(EN_CUES.join('|'), 'i'),
  id: new RegExp(ID_CUES.join('|'), 'i'),
};

/** False when `statedDates(sentence, …, lang)` can only be empty. */
export function mayStateDate(sentence: string, lang: Lang): boolean {
  return CUES[lang].test(sentence);
}
