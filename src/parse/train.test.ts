import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConllu } from './conllu.js';
import { parserFileBytes, posFileBytes } from './model-files.js';
import { DependencyParser } from './parser.js';
import { parseScores } from './score.js';
import { PosTagger } from './tagger.js';
import { trainParser } from './train-parser.js';
import { trainTagger } from './train-tagger.js';
import { jackknifed } from './trainers.js';

const sentences = readConllu(readFileSync(new URL('./__fixtures__/mini.conllu', import.meta.url), 'utf8'), 'mini');
const taggerSettings = { epochs: 10, seed: 3, minWeight: 0 };
const parserSettings = { epochs: 15, seed: 3, explore: 0.9, minWeight: 0 };

function train() {
  const tagger = trainTagger(sentences, taggerSettings);
  const parser = trainParser(jackknifed(sentences, 2), parserSettings);
  return {
    tagger: posFileBytes({ lang: 'xx', ...tagger }),
    parser: parserFileBytes({ lang: 'xx', ...parser }),
  };
}

describe('training the tagger and the parser', () => {
  it('gives byte-identical model files for the same data and seed', () => {
    const a = train();
    expect(train()).toEqual(a);
    expect(a.parser.length).toBeGreaterThan(1000);
  });

  it('learns its training sentences', () => {
    const tagger = new PosTagger(trainTagger(sentences, taggerSettings));
    const parser = new DependencyParser(trainParser(sentences.map((s) => ({ sentence: s, tags: s.tags })), parserSettings));
    const predicted = sentences.map((s) => {
      const tags = tagger.tag(s.words);
      return { tags, ...parser.parse(s.words, s.tags) };
    });
    const scores = parseScores(sentences, predicted);
    expect(scores.pos).toBeGreaterThan(0.95);
    expect(scores.uas).toBeGreaterThan(0.95);
    expect(scores.las).toBeGreaterThan(0.9);
  });

  it('drops weights under the threshold from the file', () => {
    const full = trainTagger(sentences, taggerSettings);
    const small = trainTagger(sentences, { ...taggerSettings, minWeight: 1 });
    const values = (m: typeof full) => Object.values(m.weights.weights).flatMap((p) => p.filter((_, i) => i % 2 === 1));
    expect(values(small).every((w) => Math.abs(w) >= 1)).toBe(true);
    expect(values(small).length).toBeLessThan(values(full).length);
  });
});
