import type { PerceptronWeights } from '../learn/perceptron.js';

/** Drops averaged weights below `minWeight` in size, and features left with none: a smaller file. */
export function pruned(model: PerceptronWeights, minWeight: number): PerceptronWeights {
  const weights: Record<string, number[]> = {};
  for (const [feature, pairs] of Object.entries(model.weights)) {
    const kept: number[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      if (Math.abs(pairs[i + 1]!) >= minWeight) kept.push(pairs[i]!, pairs[i + 1]!);
    }
    if (kept.length > 0) weights[feature] = kept;
  }
  return { classes: model.classes, weights };
}
