/**
 * Averaged-perceptron weights in the form the scorer reads at run time: the feature names as one
 * string, looked up through an open-addressing hash table of typed arrays, and each feature's
 * non-zero weights as a run of (class, weight) pairs. Building it costs a pass over the names and
 * allocates a handful of arrays, whatever the number of features; a Map of one Float32Array per
 * feature took most of a model's load time (hundreds of milliseconds for 70,000 features).
 *
 * Hand-written: the lookup must take the feature strings the extractor builds, and no package
 * offers a string-keyed table over a shared buffer.
 */

/** The features and weights of one model, packed. */
export interface PackedWeights {
  classes: string[];
  /** The feature names, sorted, each followed by '\0'. */
  names: string;
  /** Per feature, how many (class, weight) pairs it has. */
  counts: Uint8Array;
  /** Per pair, the class index. */
  targets: Uint8Array;
  /** Per pair, the weight (float32, as the scorer always summed them). */
  values: Float32Array;
}

/** FNV-1a over UTF-16 code units: the same value for a name in the table and for a feature built at run time. */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** Finds a feature's row in the packed names. */
export class FeatureTable {
  /** Where each name starts in `names`; entry n is past the end (names end one before the next start). */
  private readonly starts: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly names: string, count: number) {
    this.starts = new Int32Array(count + 1);
    let at = 0;
    for (let i = 0; i < count; i++) {
      this.starts[i] = at;
      const end = names.indexOf('\0', at);
      if (end < 0) throw new Error(`packed weights: ${count} features announced, ${i} found`);
      at = end + 1;
    }
    this.starts[count] = at;
    let size = 1;
    while (size < count * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (let i = 0; i < count; i++) {
      let slot = hashOf(names, this.starts[i]!, this.starts[i + 1]! - 1) & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = i;
    }
  }

  /** The feature's row, or -1 when the model has no weight for it. */
  indexOf(feature: string): number {
    let slot = hashOf(feature, 0, feature.length) & this.mask;
    for (let row = this.slots[slot]!; row !== -1; row = this.slots[slot]!) {
      if (this.is(row, feature)) return row;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  private is(row: number, feature: string): boolean {
    const start = this.starts[row]!;
    if (this.starts[row + 1]! - 1 - start !== feature.length) return false;
    for (let k = 0; k < feature.length; k++) if (this.names.charCodeAt(start + k) !== feature.charCodeAt(k)) return false;
    return true;
  }
}

/** The weights as the learner averages them: features sorted, each with its non-zero pairs. */
export interface WeightRows {
  classes: string[];
  /** feature → flat pairs `[classIndex, weight, classIndex, weight, …]`, by class. */
  weights: Record<string, number[]>;
}

/** Packs rows as they come from training (features sorted, pairs by class). */
export function packRows(model: WeightRows): PackedWeights {
  if (model.classes.length > 256) throw new Error(`packed weights: ${model.classes.length} classes, at most 256`);
  const features = Object.keys(model.weights);
  const bad = features.find((f) => f.includes('\0'));
  if (bad !== undefined) throw new Error(`packed weights: feature ${JSON.stringify(bad)} holds a NUL character`);
  const pairs = features.reduce((n, f) => n + model.weights[f]!.length / 2, 0);
  const counts = new Uint8Array(features.length);
  const targets = new Uint8Array(pairs);
  const values = new Float32Array(pairs);
  let k = 0;
  features.forEach((feature, i) => {
    const row = model.weights[feature]!;
    counts[i] = row.length / 2;
    for (let p = 0; p < row.length; p += 2, k++) {
      targets[k] = row[p]!;
      values[k] = row[p + 1]!;
    }
  });
  return { classes: [...model.classes], names: features.map((f) => `${f}\0`).join(''), counts, targets, values };
}
