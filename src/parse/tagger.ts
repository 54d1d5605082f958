/**
 * A part-of-speech tagger (UPOS): greedy, left to right, an averaged perceptron over the features
 * of Honnibal's "A good part-of-speech tagger in about 200 lines of Python" (2013), plus shape and
 * prefix features for unknown words and Indonesian affixes. Frequent unambiguous words are tagged
 * from a dictionary without scoring.
 */
import type { PackedWeights } from '../learn/packed.js';
import { LinearScorer, type PerceptronWeights } from '../learn/perceptron.js';
import { normalized, shape } from './words.js';

/** The tagger's model (in `pos-<lang>.bin`): weights as training gives them, or packed as read from the file. */
export interface TaggerModel<W extends PerceptronWeights | PackedWeights = PerceptronWeights | PackedWeights> {
  /** Frequent words that always had one tag in training (normalised form → tag). */
  tagdict: Record<string, string>;
  weights: W;
}

const START = ['-START-', '-START2-'];
const END = ['-END-', '-END2-'];

/** The features of word `i`, given the (normalised) context and the two tags before it. */
export function tagFeatures(words: readonly string[], context: readonly string[], i: number, prev: string, prev2: string): string[] {
  const word = words[i]!;
  const w = context[i + 2]!;
  const before = context[i + 1]!;
  const after = context[i + 3]!;
  return [
    'bias',
    `s3 ${w.slice(-3)}`,
    `s2 ${w.slice(-2)}`,
    `p1 ${w[0]}`,
    `p3 ${w.slice(0, 3)}`,
    `sh ${shape(word)}`,
    `t1 ${prev}`,
    `t2 ${prev2}`,
    `t12 ${prev} ${prev2}`,
    `w ${w}`,
    `t1w ${prev} ${w}`,
    `w-1 ${before}`,
    `s-1 ${before.slice(-3)}`,
    `w-2 ${context[i]}`,
    `w+1 ${after}`,
    `s+1 ${after.slice(-3)}`,
    `w+2 ${context[i + 4]}`,
    `first ${i === 0} ${shape(word).slice(0, 1)}`,
  ];
}

/** The normalised words with two padding symbols each side, as `tagFeatures` reads them. */
export function tagContext(words: readonly string[]): string[] {
  return [...START, ...words.map(normalized), ...END];
}

/** Tags sentences with a trained model. */
export class PosTagger {
  private readonly scorer: LinearScorer;
  private readonly tagdict: ReadonlyMap<string, string>;

  constructor(model: TaggerModel) {
    this.scorer = new LinearScorer(model.weights);
    this.tagdict = new Map(Object.entries(model.tagdict));
  }

  tag(words: readonly string[]): string[] {
    const context = tagContext(words);
    const tags: string[] = [];
    let prev = START[0]!;
    let prev2 = START[1]!;
    for (let i = 0; i < words.length; i++) {
      const tag = this.tagdict.get(context[i + 2]!) ?? this.best(tagFeatures(words, context, i, prev, prev2));
      tags.push(tag);
      prev2 = prev;
      prev = tag;
    }
    return tags;
  }

  private best(features: string[]): string {
    const scores = this.scorer.scores(features);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
    return this.scorer.classes[best]!;
  }
}
