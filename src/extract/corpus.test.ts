// A graph is built from a corpus read in passes, not from an array held whole: the database's
// build keeps results compressed and makes each article again for every pass.

import { readdirSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../cli/inputs.js';
import { toJson } from '../graph/json.js';
import { buildGraph } from './build.js';
import { type Corpus, type ExtractedArticle, extractArticle } from './pipeline.js';
import { resolve } from './resolve.js';

const SEEDS = resolvePath(import.meta.dirname, '../../seeds');
const files = readdirSync(SEEDS).sort();
const extracted = (await Promise.all(files.map((f) => readArticleFile(join(SEEDS, f)))))
  .flatMap((r) => r.articles)
  .map(extractArticle);

/** A corpus that makes fresh copies of its articles on every pass, as the store does, and counts the passes. */
class Passes implements Corpus {
  passes = 0;
  constructor(private readonly articles: ExtractedArticle[]) {}
  get length() {
    return this.articles.length;
  }
  *[Symbol.iterator]() {
    this.passes++;
    for (const article of this.articles) yield structuredClone(article);
  }
}

describe('a corpus read in passes', () => {
  it('gives the graph and resolution an array gives, reading the articles four times in all', () => {
    const corpus = new Passes(extracted);
    const resolution = resolve(corpus);
    expect(corpus.passes).toBe(2);
    expect(resolution).toEqual(resolve(extracted));
    const graph = buildGraph(corpus, { resolution });
    expect(corpus.passes).toBe(4);
    expect(toJson(graph)).toBe(toJson(buildGraph(extracted)));
  });
});
