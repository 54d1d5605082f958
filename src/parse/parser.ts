/**
 * The dependency parser at run time: greedy arc-eager, one averaged perceptron choosing moves and
 * another naming each arc as it is made.
 */
import type { PackedWeights } from '../learn/packed.js';
import { LinearScorer, type PerceptronWeights } from '../learn/perceptron.js';
import { LEFT, MOVES, ParseState, RIGHT } from './arc-eager.js';
import { labelFeatures, moveFeatures, type ParseInput } from './parse-features.js';
import { normalized } from './words.js';

/** The parser's model (in `parser-<lang>.bin`): weights as training gives them, or packed as read from the file. */
export interface ParserModel<W extends PerceptronWeights | PackedWeights = PerceptronWeights | PackedWeights> {
  moves: W;
  labels: W;
}

/** A parsed sentence: heads are 0-based, -1 for the root. */
export interface DependencyTree {
  heads: number[];
  labels: string[];
}

export class DependencyParser {
  private readonly moves: LinearScorer;
  private readonly labels: LinearScorer;

  constructor(model: ParserModel) {
    this.moves = new LinearScorer(model.moves);
    this.labels = new LinearScorer(model.labels);
    if (this.moves.classes.join() !== MOVES.join()) throw new Error('parser model: unexpected move set');
  }

  /** Parses words already tagged (UPOS). */
  parse(words: readonly string[], tags: readonly string[]): DependencyTree {
    const input: ParseInput = { words: words.map(normalized), tags };
    const state = new ParseState(words.length);
    while (!state.done) {
      const move = bestMove(this.moves.scores(moveFeatures(input, state)), state);
      state.apply(move, move === LEFT || move === RIGHT ? this.label(input, state, ...state.arcOf(move)) : '');
    }
    return this.singleRoot(input, state);
  }

  private label(input: ParseInput, state: ParseState, head: number, dep: number): string {
    if (head === state.n) return 'root';
    const scores = this.labels.scores(labelFeatures(input, state, head, dep));
    return this.labels.classes[argmax(scores)]!;
  }

  /** UD trees have one root: extra words the parser left at the root hang from the main one. */
  private singleRoot(input: ParseInput, state: ParseState): DependencyTree {
    const n = state.n;
    const roots = [...state.heads.keys()].filter((i) => state.heads[i] === n);
    const main = roots.reduce((a, b) => (state.lefts[b]!.length + state.rights[b]!.length > state.lefts[a]!.length + state.rights[a]!.length ? b : a), roots[0]!);
    const heads = [...state.heads].map((h) => (h === n ? -1 : h));
    const labels = [...state.labels];
    for (const r of roots) {
      if (r === main) continue;
      heads[r] = main;
      labels[r] = this.label(input, state, main, r);
    }
    return { heads, labels };
  }
}

/** The highest-scoring valid move (ties: the first in MOVES order). */
export function bestMove(scores: ArrayLike<number>, state: ParseState): number {
  let best = -1;
  for (let m = 0; m < MOVES.length; m++) {
    if (state.valid(m) && (best < 0 || scores[m]! > scores[best]!)) best = m;
  }
  return best;
}

export function argmax(scores: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}
