// Per-article extraction CPU in one thread: extractArticle (every per-article stage, models
// included) over the generated corpus's first articles, in a fresh process, after the same
// articles once as warm-up (so model loading and compilation are not counted). With --base
// COMMIT the same runs on that commit's sources (bench/base.ts): before and after in one run.
import { ensureCorpus } from './generate.js';
import { baseTree, probeIn, ROOT } from './base.js';
import type { Benchmark } from './run.js';

const ARTICLES = 500;
const RUNS = 3;
const PROBE = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleBytes } from './src/cli/inputs.ts';
import { extractArticle } from './src/extract/pipeline.ts';
const [corpus, n] = [process.argv[1], Number(process.argv[2])];
const files = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.name.startsWith('.') ? [] : e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
const articles = files(corpus).sort().flatMap((f) => parseArticleBytes(f, readFileSync(f)).articles).slice(0, n);
for (const a of articles) extractArticle(a);
const cpu = process.cpuUsage();
for (const a of articles) extractArticle(a);
const { user, system } = process.cpuUsage(cpu);
console.log(JSON.stringify({ ms: (user + system) / 1000 / articles.length, n: articles.length }));
`;

function median(tree: string, corpus: string): number {
  const runs = Array.from({ length: RUNS }, () => probeIn<{ ms: number }>(tree, PROBE, [corpus, String(ARTICLES)]).ms);
  return runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const bench: Benchmark = {
  name: 'per-article',
  title: `Per-article extraction CPU, one thread (extractArticle over ${ARTICLES} articles after a warm-up pass; median of ${RUNS} processes)`,
  async run(ctx) {
    const corpus = ensureCorpus(ctx.dir, 1000, ctx.seed).path;
    const now = median(ROOT, corpus);
    const base = ctx.base === undefined ? undefined : median(baseTree(ctx, ctx.base), corpus);
    ctx.table(
      ['sources', 'CPU per article'],
      [...(base === undefined ? [] : [[ctx.base!, `${base.toFixed(2)} ms`]]), ['now', `${now.toFixed(2)} ms`]],
    );
    if (base !== undefined) ctx.line(`now / ${ctx.base}: ${(now / base).toFixed(2)}×`);
    ctx.result('per-article CPU ms', now);
    if (base !== undefined) ctx.result(`per-article CPU ms (${ctx.base})`, base);
  },
};

export default bench;
