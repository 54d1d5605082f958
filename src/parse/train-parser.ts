/**
 * Training the parser: seeded epochs over the treebank with the dynamic oracle. The move model is
 * updated towards the best-scoring cheapest move; from the second epoch the parser follows its own
 * prediction (with probability `explore`) so it sees and learns from its mistakes. The label model
 * is updated on every arc the oracle calls right.
 */
import { Perceptron, type PerceptronWeights } from '../learn/perceptron.js';
import { seededRandom, shuffled } from '../learn/random.js';
import { LEFT, MOVES, ParseState, RIGHT } from './arc-eager.js';
import type { TreebankSentence } from './conllu.js';
import { moveCost } from './oracle.js';
import { labelFeatures, moveFeatures, type ParseInput } from './parse-features.js';
import type { ParserModel } from './parser.js';
import { argmax } from './parser.js';
import { pruned } from './prune.js';
import { normalized } from './words.js';

export interface ParserSettings {
  epochs: number;
  seed: number;
  /** Chance of following the model's own move once exploring starts (epoch 2). */
  explore: number;
  minWeight: number;
}

/** A training sentence: gold tree, and the tags the tagger predicts for it. */
export interface ParserExample {
  sentence: TreebankSentence;
  tags: readonly string[];
}

export function trainParser(examples: readonly ParserExample[], settings: ParserSettings): ParserModel<PerceptronWeights> {
  const labelClasses = [...new Set(examples.flatMap((e) => e.sentence.labels))].filter((l) => l !== 'root').sort();
  const learner = new ParserLearner(labelClasses);
  const random = seededRandom(settings.seed);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const explore = epoch > 0 ? settings.explore : 0;
    for (const example of shuffled(examples, random)) learner.learn(example, explore, random);
  }
  return {
    moves: pruned(learner.moves.average(), settings.minWeight),
    labels: pruned(learner.labels.average(), settings.minWeight),
  };
}

class ParserLearner {
  readonly moves = new Perceptron([...MOVES]);
  readonly labels: Perceptron;
  private readonly labelIndex: Map<string, number>;

  constructor(labelClasses: string[]) {
    this.labels = new Perceptron(labelClasses);
    this.labelIndex = new Map(labelClasses.map((l, i) => [l, i]));
  }

  learn({ sentence, tags }: ParserExample, explore: number, random: () => number): void {
    const n = sentence.words.length;
    const input: ParseInput = { words: sentence.words.map(normalized), tags };
    const gold = sentence.heads.map((h) => (h === -1 ? n : h));
    const state = new ParseState(n);
    while (!state.done) {
      const features = moveFeatures(input, state);
      const scores = this.moves.scores(features);
      const { guess, best } = this.choose(state, scores, gold);
      this.moves.update(best, guess, features);
      const move = explore > 0 && random() < explore ? guess : best;
      state.apply(move, move === LEFT || move === RIGHT ? this.label(input, state, move, gold, sentence.labels) : '');
    }
  }

  /** The model's valid move, and the best-scoring of the cheapest valid moves. */
  private choose(state: ParseState, scores: Float64Array, gold: number[]): { guess: number; best: number } {
    let guess = -1;
    let best = -1;
    let bestCost = Infinity;
    for (let m = 0; m < MOVES.length; m++) {
      if (!state.valid(m)) continue;
      if (guess < 0 || scores[m]! > scores[guess]!) guess = m;
      const cost = moveCost(state, m, gold);
      if (cost < bestCost || (cost === bestCost && scores[m]! > scores[best]!)) [best, bestCost] = [m, cost];
    }
    return { guess, best };
  }

  /** The label of the arc `move` makes: learnt when the arc is right, guessed when it is not. */
  private label(input: ParseInput, state: ParseState, move: number, gold: number[], goldLabels: string[]): string {
    const [head, dep] = state.arcOf(move);
    if (head === state.n) return 'root';
    const features = labelFeatures(input, state, head, dep);
    const guess = argmax(this.labels.scores(features));
    if (gold[dep] !== head) return this.labels.classes[guess]!;
    this.labels.update(this.labelIndex.get(goldLabels[dep]!)!, guess, features);
    return goldLabels[dep]!;
  }
}
