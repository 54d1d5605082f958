// Training the BIO tagger: seeded, so the same sentences and options give the same weights,
// byte for byte. Pure (no files): the trainer in trainer.ts reads the corpora and writes the model.
import type { Lang } from '../graph/types.js';
import { tokensOfWords } from '../extract/lexicon/tokens.js';
import { ruleMentions } from '../extract/mentions/rules.js';
import { Perceptron } from '../learn/perceptron.js';
import { seededRandom, shuffled } from '../learn/random.js';
import { NER_LABELS, type TaggedSentence } from './corpora.js';
import { type SentenceView, viewOf } from './features.js';
import { type NerModel, allowed, decode } from './tagger.js';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Averaged weights smaller than this are dropped: they barely move a decision, and they fill the file. */
  minWeight: number;
}

export const CLASSES: readonly string[] = ['O', ...NER_LABELS.flatMap((l) => [`B-${l}`, `I-${l}`])];

/** A corpus sentence as the tagger reads it at run time: its words as tokens, with the rules' proposals. */
export function viewOfWords(words: readonly string[], lang: Lang): SentenceView {
  return viewOf(tokensOfWords(words), lang, ruleMentions(words.join(' '), lang));
}

/** A corpus's sentences, and the annotation convention (domain) they follow. */
export interface TrainingSet {
  domain: string;
  sentences: readonly TaggedSentence[];
}

/**
 * The corpora disagree on where names end and what they are (NERGrit is encyclopedic, idner
 * is news), so each feature is learnt twice while training (Daumé's feature augmentation):
 * once shared, once for its corpus, and a sentence is tagged with both. Every update to a
 * corpus's copy also goes to the shared weight, so the committed weights, shared plus the
 * `runtimeDomains`' copies, amount to counting those corpora's updates more (twice, for one
 * domain); with no runtime domain the model is the shared weights alone.
 */
export function trainTagger(sets: readonly TrainingSet[], lang: Lang, options: TrainOptions, runtimeDomains: readonly string[]): NerModel {
  const examples = sets.flatMap((set) =>
    set.sentences.map((s) => ({ view: viewOfWords(s.words, lang), truth: s.tags.map(classIndex), domain: `@${set.domain}:` })),
  );
  const learner = new Perceptron(CLASSES);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const { view, truth, domain } of shuffled(examples, random)) {
      const augmented = { scores: (f: readonly string[]) => learner.scores(augment(f, domain)) };
      decode(augmented, CLASSES, view, (i, features, guess, prev) =>
        learner.update(reachable(truth[i]!, prev), guess, augment(features, domain)),
      );
    }
  }
  return { lang, classes: [...CLASSES], weights: merged(learner, runtimeDomains, options) };
}

/**
 * The right class given the tags already chosen: after a wrong tag the gold I-X cannot follow,
 * so the best the tagger can still do is open the entity (B-X). Teaching it I-X there would
 * only grow weights the decoder never lets win, which then win where I-X is allowed.
 */
function reachable(truth: number, prev: string): number {
  const tag = CLASSES[truth]!;
  return allowed(prev, tag) ? truth : CLASSES.indexOf(`B-${tag.slice(2)}`);
}

function augment(features: readonly string[], domain: string): string[] {
  return features.concat(features.map((f) => domain + f));
}

/** Shared weights plus the run-time domain's, summed per feature; small ones dropped. */
function merged(learner: Perceptron, domains: readonly string[], options: TrainOptions): Record<string, number[]> {
  const prefixes = domains.map((d) => `@${d}:`);
  const { weights } = learner.average(2);
  const sums = new Map<string, Float64Array>();
  for (const [feature, pairs] of Object.entries(weights)) {
    // Features never start with '@' themselves; a domain's copies do, and count by the domains' share.
    const prefix = prefixes.find((p) => feature.startsWith(p));
    const name = prefix ? feature.slice(prefix.length) : feature.startsWith('@') ? undefined : feature;
    if (name === undefined) continue;
    const share = prefix ? 1 / prefixes.length : 1;
    const row = sums.get(name) ?? new Float64Array(CLASSES.length);
    for (let k = 0; k < pairs.length; k += 2) row[pairs[k]!] = row[pairs[k]!]! + share * pairs[k + 1]!;
    sums.set(name, row);
  }
  const kept: Record<string, number[]> = {};
  for (const name of [...sums.keys()].sort()) {
    const pairs: number[] = [];
    sums.get(name)!.forEach((w, c) => {
      const rounded = Math.round(w * 100) / 100;
      if (Math.abs(rounded) >= options.minWeight && rounded !== 0) pairs.push(c, rounded);
    });
    if (pairs.length > 0) kept[name] = pairs;
  }
  return kept;
}

function classIndex(tag: string): number {
  const c = CLASSES.indexOf(tag);
  if (c < 0) throw new Error(`unknown NER tag ${tag}`);
  return c;
}
