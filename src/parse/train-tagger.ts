/** Training the POS tagger: seeded epochs of greedy tagging with perceptron updates on each word. */
import { Perceptron, type PerceptronWeights } from '../learn/perceptron.js';
import { seededRandom, shuffled } from '../learn/random.js';
import type { TreebankSentence } from './conllu.js';
import { pruned } from './prune.js';
import { tagContext, tagFeatures, type TaggerModel } from './tagger.js';

export interface TaggerSettings {
  epochs: number;
  seed: number;
  /** Averaged weights smaller than this are dropped from the file. */
  minWeight: number;
}

/** Words seen at least this often, with one tag at least this share of the time, skip the model. */
const DICT_MIN_COUNT = 20;
const DICT_MIN_SHARE = 0.97;

export function trainTagger(sentences: readonly TreebankSentence[], settings: TaggerSettings): TaggerModel<PerceptronWeights> {
  const tagdict = buildTagdict(sentences);
  const classes = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const model = new Perceptron(classes);
  const index = new Map(classes.map((c, i) => [c, i]));
  const random = seededRandom(settings.seed);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const sentence of shuffled(sentences, random)) {
      const context = tagContext(sentence.words);
      let [prev, prev2] = ['-START-', '-START2-'];
      for (let i = 0; i < sentence.words.length; i++) {
        let guess = tagdict[context[i + 2]!];
        if (guess === undefined) {
          const features = tagFeatures(sentence.words, context, i, prev, prev2);
          const scores = model.scores(features);
          let best = 0;
          for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
          model.update(index.get(sentence.tags[i]!)!, best, features);
          guess = classes[best]!;
        }
        [prev2, prev] = [prev, guess];
      }
    }
  }
  return { tagdict, weights: pruned(model.average(), settings.minWeight) };
}

function buildTagdict(sentences: readonly TreebankSentence[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    const context = tagContext(s.words);
    s.tags.forEach((tag, i) => {
      const byTag = counts.get(context[i + 2]!) ?? new Map<string, number>();
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
      counts.set(context[i + 2]!, byTag);
    });
  }
  const dict: Record<string, string> = {};
  for (const word of [...counts.keys()].sort()) {
    const byTag = [...counts.get(word)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = byTag.reduce((sum, [, c]) => sum + c, 0);
    if (total >= DICT_MIN_COUNT && byTag[0]![1] / total >= DICT_MIN_SHARE) dict[word] = byTag[0]![0];
  }
  return dict;
}
