// From a parse's words back to the sentence: where each word stands (the parser's tokeniser
// gives words, not offsets; clitics such as "-nya" come apart), and which mention a frame's
// participant, place or time word belongs to.

import type { Mention } from '../types.js';
import type { Parse } from './parse-frames.js';

export interface Span {
  start: number;
  end: number;
}

/**
 * Each word's place in the text, searched in order from the end of the word before. A word the
 * text does not hold verbatim (a quote the tokeniser normalised) is placed, empty, where the
 * search stands, so later words still line up.
 */
export function wordOffsets(text: string, words: readonly string[]): Span[] {
  let at = 0;
  return words.map((w) => {
    const found = text.indexOf(w, at);
    if (found < 0) return { start: at, end: at };
    at = found + w.length;
    return { start: found, end: at };
  });
}

/** The words of a head's phrase that names someone: itself and its flat, compound and appos dependents. */
function nameWords(p: Parse, head: number): number[] {
  const parts = p.heads.flatMap((h, i) => (h === head && /^(?:flat|compound|appos)/.test(p.labels[i]!) ? [i] : []));
  return [head, ...parts];
}

/** The index of the mention a frame word names: the one holding the word, else one holding a word of its name. */
export function mentionOfWord(mentions: readonly Mention[], offsets: readonly Span[], p: Parse, word: number): number | undefined {
  for (const w of nameWords(p, word)) {
    const { start, end } = offsets[w]!;
    if (end === start) continue;
    const i = mentions.findIndex((m) => m.start <= start && end <= m.end);
    if (i >= 0) return i;
  }
  return undefined;
}
