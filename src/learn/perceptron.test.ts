import { describe, expect, it } from 'vitest';
import { LinearScorer, Perceptron } from './perceptron.js';
import { seededRandom, shuffled } from './random.js';

/** A toy task a linear model can learn: the class is the word's last letter. */
const examples = ['ka', 'ba', 'kb', 'bb', 'aa', 'ab', 'ca', 'cb'].map((w) => ({
  features: [`first=${w[0]}`, `last=${w[1]}`, 'bias'],
  truth: w[1] === 'a' ? 0 : 1,
}));

function train(seed: number) {
  const model = new Perceptron(['A', 'B']);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const ex of shuffled(examples, random)) {
      const scores = model.scores(ex.features);
      model.update(ex.truth, scores[1]! > scores[0]! ? 1 : 0, ex.features);
    }
  }
  return model.average();
}

describe('averaged perceptron', () => {
  it('learns a separable task and scores it with the averaged weights', () => {
    const scorer = new LinearScorer(train(7));
    for (const ex of examples) {
      const s = scorer.scores(ex.features);
      expect(s[1]! > s[0]! ? 1 : 0).toBe(ex.truth);
    }
  });

  it('gives the same weights for the same seed, and keeps features sorted', () => {
    const a = JSON.stringify(train(7));
    expect(JSON.stringify(train(7))).toBe(a);
    const keys = Object.keys(train(7).weights);
    expect(keys).toEqual([...keys].sort());
  });

  it('averages: a weight that was right only briefly counts little', () => {
    const model = new Perceptron(['A', 'B']);
    model.update(1, 0, ['f']); // f → B
    for (let i = 0; i < 99; i++) model.update(0, 0, ['g']); // 99 instances without change
    const w = model.average(3).weights.f!;
    expect(w).toEqual([0, -0.99, 1, 0.99].map((x) => x)); // the update lived for 99 of 100 instances
  });
});

describe('seeded shuffle', () => {
  it('is a permutation, repeatable by seed and different across seeds', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const a = shuffled(items, seededRandom(1));
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(shuffled(items, seededRandom(1))).toEqual(a);
    expect(shuffled(items, seededRandom(2))).not.toEqual(a);
  });
});
