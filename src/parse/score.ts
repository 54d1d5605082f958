/** Tagging and attachment scores against a treebank (as the CoNLL 2018 shared task counts them). */
import type { TreebankSentence } from './conllu.js';

export interface ParseScores {
  words: number;
  /** UPOS accuracy. */
  pos: number;
  /** Every word counted, punctuation included (the headline figures). */
  uas: number;
  las: number;
  /** Words whose gold tag is not PUNCT. */
  uasNoPunct: number;
  lasNoPunct: number;
}

export interface Predicted {
  tags: readonly string[];
  heads: readonly number[];
  labels: readonly string[];
}

export function parseScores(gold: readonly TreebankSentence[], predicted: readonly Predicted[]): ParseScores {
  const count = { words: 0, pos: 0, uas: 0, las: 0, noPunct: 0, uasNoPunct: 0, lasNoPunct: 0 };
  gold.forEach((sentence, s) => {
    const guess = predicted[s]!;
    sentence.words.forEach((_, i) => {
      const head = guess.heads[i] === sentence.heads[i];
      const labelled = head && guess.labels[i] === sentence.labels[i];
      count.words++;
      if (guess.tags[i] === sentence.tags[i]) count.pos++;
      if (head) count.uas++;
      if (labelled) count.las++;
      if (sentence.tags[i] === 'PUNCT') return;
      count.noPunct++;
      if (head) count.uasNoPunct++;
      if (labelled) count.lasNoPunct++;
    });
  });
  const share = (k: number, of: number) => (of === 0 ? 0 : k / of);
  return {
    words: count.words,
    pos: share(count.pos, count.words),
    uas: share(count.uas, count.words),
    las: share(count.las, count.words),
    uasNoPunct: share(count.uasNoPunct, count.noPunct),
    lasNoPunct: share(count.lasNoPunct, count.noPunct),
  };
}
