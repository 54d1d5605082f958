// Greedy left-to-right BIO tagging with an averaged perceptron: each word's tag is the best
// class given its features and the two tags before it, with I-X allowed only after B-X or I-X.
// Greedy rather than Viterbi: the history features see the real previous tags, and decoding
// stays one pass, which keeps extraction's cost close to the rules' alone.
import type { PackedWeights } from '../learn/packed.js';
import { LinearScorer, type PerceptronWeights } from '../learn/perceptron.js';
import { type SentenceView, historyFeatures, staticFeatures } from './features.js';

/** What a model file says it is (model-file.ts): its weights are the block `tagger`. */
export const NER_FORMAT = 'newsgraph-ner';
export const NER_VERSION = 2;

/** A trained model: the perceptron's averaged weights and the language it was trained for. */
export interface NerModel extends PerceptronWeights {
  lang: string;
}

/** Anything that scores classes for features: the learner while training, LinearScorer at run time. */
export interface Scorer {
  scores(features: readonly string[]): Float64Array;
}

/** Whether `tag` may follow `prev` in IOB2. */
export function allowed(prev: string, tag: string): boolean {
  return !tag.startsWith('I-') || (prev !== 'O' && prev.slice(2) === tag.slice(2));
}

/**
 * Tags a sentence. `visit` sees each word's features and chosen class, which training uses to
 * update the weights as it goes (so later words are tagged by the updated model).
 */
export function decode(
  scorer: Scorer,
  classes: readonly string[],
  view: SentenceView,
  visit?: (i: number, features: string[], guess: number, prev: string) => void,
): string[] {
  const tags: string[] = [];
  for (let i = 0; i < view.lower.length; i++) {
    const prev = tags[i - 1] ?? '<s>';
    const features = staticFeatures(view, i).concat(historyFeatures(view, i, prev, tags[i - 2] ?? '<s>'));
    const scores = scorer.scores(features);
    let best = -1;
    for (let c = 0; c < classes.length; c++) {
      if (!allowed(prev === '<s>' ? 'O' : prev, classes[c]!)) continue;
      if (best < 0 || scores[c]! > scores[best]!) best = c;
    }
    visit?.(i, features, best, prev === '<s>' ? 'O' : prev);
    tags.push(classes[best]!);
  }
  return tags;
}

/** A trained tagger, ready to label sentences. */
export class Tagger {
  private readonly scorer: LinearScorer;
  readonly classes: readonly string[];

  constructor(model: PerceptronWeights | PackedWeights) {
    this.scorer = new LinearScorer(model);
    this.classes = model.classes;
  }

  tag(view: SentenceView): string[] {
    return decode(this.scorer, this.classes, view);
  }
}
