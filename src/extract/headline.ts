// Headlines in title case ("Menlu Korut Undang Putin Temui Kim Jong-un") capitalise every
// word, so capitalisation says nothing there and name rules run together verbs and names.
// In such lines only lexicon entities are trusted, plus the names the story itself
// establishes, found again in the line.

import { standalone } from './standalone.js';
import type { Mention } from './types.js';

const WORD = /\p{L}[\p{L}\p{M}'-]*/gu;

/**
 * A title-case headline or subheading: no closing punctuation (a short sentence full of
 * names, "Pemimpin Korea Utara Kim Jong-un.", is still a sentence) and most longer words
 * capitalised.
 */
export function isTitleCase(text: string): boolean {
  if (/[.!?:;"'\u201d\u2019)]\s*$/u.test(text)) return false;
  const words = (text.match(WORD) ?? []).filter((w) => w.length >= 4);
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.8;
}

/**
 * The mentions to keep in a title-case line: those the lexicons vouch for (canonical) or whose
 * text the story uses as a name too, then every further occurrence of a story name.
 * Offsets are into `line`.
 */
export function titleCaseMentions(line: string, found: Mention[], storyNames: Mention[]): Mention[] {
  // A story's "Vladimir Putin" is "Putin" in its headline: surnames count as story names too.
  const names = storyNames.filter((m) => !m.canonical).flatMap((m) => {
    const surname = m.type === 'person' ? m.text.split(/\s+/).slice(1).pop() : undefined;
    return surname && surname.length >= 4 ? [m, { ...m, text: surname }] : [m];
  });
  const known = new Map<string, Mention>();
  // Longest names first, so "Kim Jong-un" is taken before "Kim".
  for (const m of names.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1)))
    if (!known.has(m.text)) known.set(m.text, m);

  const kept = found.filter((m) => m.canonical || m.type === 'weapon' || known.has(m.text));
  const taken = (start: number, end: number) => kept.some((m) => start < m.end && m.start < end);
  for (const [text, model] of known) {
    for (const start of standalone(line, text)) {
      const end = start + text.length;
      if (!taken(start, end)) kept.push({ start, end, type: model.type, text });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
