// Property-based tests: whatever text a scraper hands over, the stages neither throw nor
// produce offsets outside the text, and the same input always gives the same output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticles } from './articles.js';
import { cleanArticle } from './clean.js';
import { dateSpan, parsePublicationDate, statedDates } from './dates.js';
import { findMentions } from './mentions.js';
import { extractArticle } from './pipeline.js';
import { splitSentences } from './sentences.js';

// News-shaped noise: real words, names, dates, punctuation and boilerplate cues mixed with
// arbitrary Unicode (astral characters, lone surrogates, control characters, RTL marks).
const pieces = [
  'Presiden', 'Joko Widodo', 'Menlu', 'Korea Utara', 'Korut', 'Rusia', 'Moskow', 'PBB', 'rudal balistik', 'Hwasong-18',
  'di', 'ke', 'dan', 'yang', 'mengatakan', 'Selasa (16/1)', '17 Januari 2024', 'pada 13 September', 'tahun lalu',
  'Baca juga:', 'Foto:', 'ADVERTISEMENT', 'Terkini Lainnya', 'said', 'President', 'Kim Jong-un', 'Jan 16, 2024 - 06:02',
  'Gen. Smith', 'U.S.', '(AS)', '"', '.', ',', '!', '?', '\n', '\n\n', '  ', '-', '–', '(', ')', '<b>', '&amp;', '😀', 'É',
  '\u0000', '\u200f', '\ud800', 'ß', 'İstanbul', '北朝鮮', '1/2', '2024', '15/01/2024, 11:13 WIB',
];
const newsText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), { maxLength: 120 })
  .map((parts) => parts.join(' '));
const lang = fc.constantFrom('id' as const, 'en' as const);
const isoDay = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const RUNS = { numRuns: 150 };

describe('properties of the extraction stages', () => {
  it('cleaning keeps only lines of the input (spacing aside) and is deterministic', () => {
    const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
    fc.assert(
      fc.property(newsText, lang, (text, l) => {
        const cleaned = cleanArticle(text, l);
        const input = squeeze(text);
        for (const line of cleaned.text.split('\n')) if (line.trim()) expect(input).toContain(squeeze(line));
        expect(cleanArticle(text, l)).toEqual(cleaned);
      }),
      RUNS,
    );
  });

  it('sentences are in order, inside the text, and are the text at their offsets', () => {
    fc.assert(
      fc.property(newsText, lang, (text, l) => {
        let previous = 0;
        for (const s of splitSentences(text, l)) {
          expect(s.start).toBeGreaterThanOrEqual(previous);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          previous = s.end;
        }
      }),
      RUNS,
    );
  });

  it('mentions are sorted, never overlap, lie inside the text and are deterministic', () => {
    fc.assert(
      fc.property(newsText, lang, (text, l) => {
        const mentions = findMentions(text, l);
        let previous = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(previous);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(['person', 'country', 'place', 'organization', 'weapon']).toContain(m.type);
          previous = m.end;
        }
        expect(findMentions(text, l)).toEqual(mentions);
      }),
      RUNS,
    );
  });

  it('stated dates are valid partial dates within an ordered span, found inside the sentence', () => {
    fc.assert(
      fc.property(newsText, isoDay, lang, (text, published, l) => {
        const dates = statedDates(text, published, l);
        for (const d of dates) {
          expect(d.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          // A range ("13 September – 1/2") spans more than its first date, never less.
          const span = dateSpan(d.value);
          expect(d.start <= span.start && span.end <= d.end).toBe(true);
          expect(d.start <= d.end).toBe(true);
          expect(d.index).toBeGreaterThanOrEqual(0);
          expect(d.index + d.text.length).toBeLessThanOrEqual(text.length);
        }
        expect(statedDates(text, published, l)).toEqual(dates);
      }),
      RUNS,
    );
  });

  it('a publication date is either a real calendar day or nothing', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const day = parsePublicationDate(text);
        if (day !== null) expect(dateSpan(day)).toEqual({ start: day, end: day });
      }),
      RUNS,
    );
  });

  it('any file content in any supported format gives articles or problems naming the file, never an exception', () => {
    const ext = fc.constantFrom('txt', 'md', 'html', 'csv', 'json', 'jsonl');
    const content = fc.oneof(
      newsText,
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.json(),
      newsText.map((t) => `title,date,text\n"${t}",2024-01-16,"${t}"\n,,\n"unclosed`),
      newsText.map((t) => `<html><body><script>${t}</script><p>${t}<div><p>${t}`),
    );
    fc.assert(
      fc.property(content, ext, (text, extension) => {
        const file = `odd name é.${extension}`;
        const { articles, problems } = parseArticles(file, text);
        for (const p of problems) expect(p.file).toBe(file);
        for (const article of articles) {
          const extracted = extractArticle(article);
          for (const s of extracted.sentences) expect(extracted.cleaned.text.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      { numRuns: 100 },
    );
  });
});
