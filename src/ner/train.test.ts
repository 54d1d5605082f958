import { describe, expect, it } from 'vitest';
import { Tagger } from './tagger.js';
import { trainTagger, viewOfWords } from './train.js';

/** A small slice in the corpora's shape: people after "kata", places after "di", bodies by their head. */
const sentences = [
  ['Budi Santoso', 'berbicara', 'di', 'Surabaya'],
  ['Siti Rahma', 'tiba', 'di', 'Medan'],
  ['Komisi Pemilihan', 'bertemu', 'Andi Wijaya', 'di', 'Bandung'],
  ['kata', 'Rina Lestari', 'di', 'Makassar'],
].map((parts) => {
  const words: string[] = [];
  const tags: string[] = [];
  const labels: Record<string, string> = { Surabaya: 'LOC', Medan: 'LOC', Bandung: 'LOC', Makassar: 'LOC', 'Komisi Pemilihan': 'ORG' };
  for (const p of parts) {
    const ws = p.split(' ');
    const label = labels[p] ?? (ws.length === 2 ? 'PER' : undefined);
    ws.forEach((w, k) => {
      words.push(w);
      tags.push(label ? `${k === 0 ? 'B' : 'I'}-${label}` : 'O');
    });
  }
  return { words, tags };
});

const train = (seed: number) =>
  trainTagger([{ domain: 'slice', sentences }], 'id', { epochs: 4, seed, minWeight: 0 }, ['slice']);

describe('NER training', () => {
  it('gives byte-identical weights for the same data and seed', () => {
    expect(JSON.stringify(train(3))).toBe(JSON.stringify(train(3)));
  });

  it('learns the slice it was trained on', () => {
    const tagger = new Tagger(train(3));
    const s = sentences[1]!;
    expect(tagger.tag(viewOfWords(s.words, 'id'))).toEqual(s.tags);
  });

  it('keeps only weights that matter when asked to prune', () => {
    const pairs = (m: ReturnType<typeof train>) => Object.values(m.weights).reduce((n, p) => n + p.length, 0);
    const full = pairs(train(3));
    const pruned = trainTagger([{ domain: 'slice', sentences }], 'id', { epochs: 4, seed: 3, minWeight: 0.3 }, ['slice']);
    expect(pairs(pruned)).toBeLessThan(full);
    const kept = Object.values(pruned.weights).flatMap((pairs) => pairs.filter((_, k) => k % 2 === 1));
    expect(kept.every((w) => Math.abs(w) >= 0.3)).toBe(true);
  });
});
