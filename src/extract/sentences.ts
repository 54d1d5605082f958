import type { Lang } from '../graph/types.js';
import type { Sentence } from './types.js';

// Titles, honorifics, address and month abbreviations that precede a name or a
// number; the segmenter ends a sentence at their period ("Prof. | Budi hadir").
// Abbreviations that often end a sentence (Inc., etc., a.m.) are left out.
const ABBREVIATIONS = new Set(
  ('Mr Mrs Ms Dr dr Prof Sen Rep Gov Gen Lt Col Maj Capt Sgt Adm Cmdr Rev St Mt Ft Jr Sr Pres ' +
    'No Nos Vol Fig vs Vs approx Jan Feb Mar Apr Jun Jul Aug Agu Agt Sep Sept Oct Okt Nov Dec Des ' +
    'Jl Jln Ir Drs Dra H Hj KH Ny Tn Sdr Bpk Kab Kec Kel Prov Kol Jend Letjen Mayjen Brigjen Kapt')
    .split(' ')
    .map((a) => `${a}.`),
);
const ABBREVIATION_DOTS = /^(?:e\.g\.|i\.e\.|(?:[A-Z]\.)+)$/; // U.S., U.K., A.S., J.K. Rowling, e.g.

// Building a segmenter loads ICU's break rules, which costs more than segmenting an article;
// segmenters keep no state between texts, so one per language serves every call.
const SEGMENTERS: Partial<Record<Lang, Intl.Segmenter>> = {};

/** Sentences of the text; a line break always ends one. Offsets index into `text`. */
export function splitSentences(text: string, lang: Lang): Sentence[] {
  const segmenter = (SEGMENTERS[lang] ??= new Intl.Segmenter(lang, { granularity: 'sentence' }));
  const sentences: Sentence[] = [];
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    let start = -1;
    let end = -1;
    for (const { segment, index } of segmenter.segment(line[0])) {
      const segStart = line.index + index;
      if (start !== -1 && !continues(text.slice(start, end), line[0].slice(index))) {
        pushTrimmed(sentences, text, start, end);
        start = -1;
      }
      if (start === -1) start = segStart;
      end = segStart + segment.length;
    }
    if (start !== -1) pushTrimmed(sentences, text, start, end);
  }
  return sentences;
}

/** Whether the segmenter broke where no sentence ends; `rest` is the line from the break on. */
function continues(previous: string, rest: string): boolean {
  const before = previous.trimEnd();
  const lastWord = /[^\s(“"‘']*$/.exec(before)![0];
  if (ABBREVIATIONS.has(lastWord) || ABBREVIATION_DOTS.test(lastWord)) return true;
  // A sentence never starts in lower case: this is `“…!” kata dia.` or `… 10 a.m. local time`.
  if (/^\s*\p{Ll}/u.test(rest)) return true;
  return quoteClosesLater(before, rest);
}

// A quotation is one sentence with its attribution. Only when the quote closes on
// the same line: quotes running over several paragraphs leave the first ones open.
function quoteClosesLater(before: string, rest: string): boolean {
  const curlyOpen = count(before, '“') > count(before, '”');
  if (curlyOpen && rest.includes('”')) return true;
  return count(before, '"') % 2 === 1 && rest.includes('"');
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
