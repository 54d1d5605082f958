import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from './model-file.js';
import { FeatureTable, packRows } from './packed.js';
import { LinearScorer, type PerceptronWeights } from './perceptron.js';

/** Rows as the learner gives them: sorted features, pairs by class, weights rounded to 2 decimals. */
const rows: PerceptronWeights = {
  classes: ['O', 'B-PER', 'I-PER'],
  weights: {
    'p2=pu': [1, 0.37],
    's=Xx': [0, -1.25, 1, 2.5, 2, 0.01],
    'w=jakarta': [0, 3.1],
    'w=putin': [1, 4.2, 2, -0.33],
    'x3=ébé': [2, 0.7],
  },
};

/** The dense per-feature sum the scorer has always computed: float32 weights, float64 sums, features in order. */
function denseScores(model: PerceptronWeights, features: readonly string[]): Float64Array {
  const out = new Float64Array(model.classes.length);
  for (const f of features) {
    const pairs = model.weights[f] ?? [];
    const row = new Float32Array(model.classes.length);
    for (let k = 0; k < pairs.length; k += 2) row[pairs[k]!] = pairs[k + 1]!;
    if (model.weights[f]) row.forEach((w, c) => (out[c] = out[c]! + w));
  }
  return out;
}

const bags = [
  ['w=putin', 's=Xx', 'p2=pu'],
  ['w=jakarta', 's=Xx', 'unseen', 'w=puti', 'w=putinx', ''],
  ['x3=ébé', 'x3=ebe', 's=Xx', 's=Xx'],
  [],
];

describe('model files', () => {
  it('read back to the scores the rows give, for seen, unseen, prefix and repeated features', () => {
    const { meta, blocks } = decodeModel(encodeModel({ format: 'test', lang: 'xx' }, { tagger: rows }), 'm.bin');
    expect(meta).toEqual({ format: 'test', lang: 'xx' });
    const scorer = new LinearScorer(blocks.tagger!);
    for (const bag of bags) expect([...scorer.scores(bag)]).toEqual([...denseScores(rows, bag)]);
    expect([...new LinearScorer(rows).scores(bags[0]!)]).toEqual([...denseScores(rows, bags[0]!)]);
  });

  it('are the same bytes for the same weights, and hold several blocks in order', () => {
    const other: PerceptronWeights = { classes: ['a', 'b'], weights: { bias: [0, 61.729, 1, -40.5] } };
    const bytes = encodeModel({ format: 'test' }, { moves: rows, labels: other });
    expect(encodeModel({ format: 'test' }, { moves: rows, labels: other })).toEqual(bytes);
    const { blocks } = decodeModel(bytes, 'two.bin');
    expect(Object.keys(blocks)).toEqual(['moves', 'labels']);
    // 61.729 needs 3 decimals and more than 16 bits: still exact.
    expect([...new LinearScorer(blocks.labels!).scores(['bias'])]).toEqual([Math.fround(61.729), Math.fround(-40.5)]);
  });

  it('refuse weights they cannot hold exactly and feature names that would split', () => {
    expect(() => encodeModel({ format: 'test' }, { w: { classes: ['a'], weights: { f: [0, Math.PI] } } })).toThrow(/not rounded/);
    expect(() => encodeModel({ format: 'test' }, { w: { classes: ['a'], weights: { 'a\0b': [0, 1] } } })).toThrow(/NUL/);
  });

  it('name the file and the problem when it is not a whole model file', () => {
    const bytes = encodeModel({ format: 'test' }, { tagger: rows });
    expect(() => decodeModel(new TextEncoder().encode('{"classes":[]}'), 'old.json')).toThrow('old.json: not a newsgraph model file');
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 3), 'cut.bin')).toThrow('cut.bin: cut short (block tagger)');
    expect(() => decodeModel(bytes.subarray(0, 20), 'head.bin')).toThrow('head.bin: cut short (header)');
    const longer = new Uint8Array(bytes.length + 2);
    longer.set(bytes);
    expect(() => decodeModel(longer, 'long.bin')).toThrow('long.bin: 2 bytes after the last block');
    const badClass = bytes.slice();
    const pairs = Object.values(rows.weights).reduce((n, p) => n + p.length / 2, 0);
    badClass[bytes.length - 2 * pairs - 1] = 9; // the last pair's class
    expect(() => decodeModel(badClass, 'class.bin')).toThrow('class.bin: block tagger: class 9 of 3');
  });
});

describe('feature table', () => {
  it('finds every feature of a large table and nothing else', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `w-1w=${i.toString(36)}|ž${i % 7}`).sort();
    const table = new FeatureTable(packRows({ classes: ['a'], weights: Object.fromEntries(names.map((n) => [n, [0, 1]])) }).names, names.length);
    names.forEach((n, i) => expect(table.indexOf(n)).toBe(i));
    for (const miss of ['', 'w-1w=', `${names[0]}x`, names[0]!.slice(0, -1), 'w-1w=zz|ž9']) expect(table.indexOf(miss)).toBe(-1);
  });
});
