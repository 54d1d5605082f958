/**
 * An averaged perceptron over sparse string features (Collins 2002), shared by the taggers and the
 * parser that `npm run train` builds.
 *
 * Written here rather than taken from a library: no maintained pure-JavaScript learner trains a
 * sequence tagger or a transition parser deterministically and serialises to a small, stable file
 * that the browser worker can load. This one is about a hundred lines, and its training is
 * reproducible byte for byte: features are kept in first-seen order, and callers shuffle with the
 * seeded generator in random.ts.
 */
import { FeatureTable, type PackedWeights, packRows, type WeightRows } from './packed.js';

/** The averaged weights as training gives them (model files hold them packed: packed.ts). */
export type PerceptronWeights = WeightRows;

/** Each class's summed weight over the features that have a row (the learner's form). */
function sumRows(weights: ReadonlyMap<string, Float64Array>, features: readonly string[], classes: number): Float64Array {
  const out = new Float64Array(classes);
  for (const feature of features) {
    const row = weights.get(feature);
    if (row) for (let c = 0; c < classes; c++) out[c] = out[c]! + row[c]!;
  }
  return out;
}

/** Scores classes for a bag of features; the trained (averaged) form used at run time. */
export class LinearScorer {
  readonly classes: readonly string[];
  private readonly table: FeatureTable;
  /** Where each feature's pairs start; entry n is past the last. */
  private readonly rows: Uint32Array;
  private readonly targets: Uint8Array;
  private readonly values: Float32Array;

  /** From a model file's packed weights, or from the rows training gives. */
  constructor(model: PackedWeights | PerceptronWeights) {
    const packed = 'names' in model ? model : packRows(model);
    this.classes = packed.classes;
    this.table = new FeatureTable(packed.names, packed.counts.length);
    this.rows = new Uint32Array(packed.counts.length + 1);
    for (let i = 0; i < packed.counts.length; i++) this.rows[i + 1] = this.rows[i]! + packed.counts[i]!;
    this.targets = packed.targets;
    this.values = packed.values;
  }

  /**
   * The score of every class for these features: per class, the same float32 weights added in the
   * same order as a dense row per feature would (a class a feature has no weight for adds nothing).
   */
  scores(features: readonly string[]): Float64Array {
    const out = new Float64Array(this.classes.length);
    for (const feature of features) {
      const row = this.table.indexOf(feature);
      if (row < 0) continue;
      for (let k = this.rows[row]!; k < this.rows[row + 1]!; k++) out[this.targets[k]!] = out[this.targets[k]!]! + this.values[k]!;
    }
    return out;
  }
}

/** The learner: current weights, plus the running totals that averaging needs. */
export class Perceptron {
  readonly classes: readonly string[];
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  /** Training instances seen so far: the clock that averaging weighs each weight's lifetime by. */
  private instances = 0;

  constructor(classes: readonly string[]) {
    this.classes = classes;
  }

  /** The score of every class under the current (not averaged) weights. */
  scores(features: readonly string[]): Float64Array {
    return sumRows(this.weights, features, this.classes.length);
  }

  /** One training instance: moves weight from `guess` to `truth` when they differ. */
  update(truth: number, guess: number, features: readonly string[]): void {
    this.instances++;
    if (truth === guess) return;
    for (const feature of features) {
      this.bump(feature, truth, 1);
      this.bump(feature, guess, -1);
    }
  }

  /** The averaged weights, rounded so the file is small and the same on every machine. */
  average(decimals = 3): PerceptronWeights {
    const scale = 10 ** decimals;
    const weights: Record<string, number[]> = {};
    for (const feature of [...this.weights.keys()].sort()) {
      const pairs: number[] = [];
      for (let c = 0; c < this.classes.length; c++) {
        const total = this.totalAt(feature, c);
        const mean = Math.round((total / Math.max(1, this.instances)) * scale) / scale;
        if (mean !== 0) pairs.push(c, mean);
      }
      if (pairs.length > 0) weights[feature] = pairs;
    }
    return { classes: [...this.classes], weights };
  }

  private bump(feature: string, c: number, delta: number): void {
    let row = this.weights.get(feature);
    if (!row) {
      const n = this.classes.length;
      row = new Float64Array(n);
      this.weights.set(feature, row);
      this.totals.set(feature, new Float64Array(n));
      this.stamps.set(feature, new Float64Array(n));
    }
    const totals = this.totals.get(feature)!;
    const stamps = this.stamps.get(feature)!;
    totals[c] = totals[c]! + (this.instances - stamps[c]!) * row[c]!;
    stamps[c] = this.instances;
    row[c] = row[c]! + delta;
  }

  private totalAt(feature: string, c: number): number {
    const row = this.weights.get(feature)!;
    return this.totals.get(feature)![c]! + (this.instances - this.stamps.get(feature)![c]!) * row[c]!;
  }
}
