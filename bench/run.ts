// `npm run bench`: every benchmark, one after the other, each printing its table.
//
//   npm run bench                          startup, extraction at 1,000 and 10,000 articles, incremental, GEXF,
//                                          the date window, the parser, and the viewer in headless Chromium
//   npm run bench -- --n 1000,10000,100000 other corpus sizes
//   npm run bench -- --only gexf           some benchmarks only (by name, comma-separated)
//   npm run bench -- --only models,per-article --base b643bfb   model load and per-article CPU, now and at that commit
//   npm run bench -- --only db --db-articles 10000   the database benchmark on fewer articles
//
// A benchmark is a module whose default export is a `Benchmark`; to add one, import it and
// list it in BENCHMARKS below (one line).

import { mkdirSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCli } from '../scripts/build-cli.js';
import db from './db.js';
import extraction from './extraction.js';
import gexf from './gexf.js';
import models from './models.js';
import parser from './parser.js';
import perArticle from './per-article.js';
import startup from './startup.js';
import viewer from './viewer.js';
import window from './window.js';

export interface BenchContext {
  /** Corpus sizes asked for (--n). */
  sizes: number[];
  /** Articles for the database benchmark (--db-articles). */
  dbArticles: number;
  seed: number;
  /** A commit to measure too, where a benchmark compares before and after (--base). */
  base: string | undefined;
  /** Where corpora and outputs are kept between runs. */
  dir: string;
  line(text: string): void;
  table(header: string[], rows: string[][]): void;
  /** A figure other tools may read: printed at the end as JSON with every benchmark's. */
  result(name: string, value: number): void;
}

export interface Benchmark {
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<void>;
}

const BENCHMARKS: Benchmark[] = [
  startup,
  extraction,
  models,
  perArticle,
  gexf,
  window,
  parser,
  viewer,
  db,
];

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000,10000' },
    'db-articles': { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    base: { type: 'string' },
    only: { type: 'string' },
    dir: { type: 'string', default: join(tmpdir(), 'newsgraph-bench') },
  },
});
const only = values.only?.split(',');
const results: Record<string, number> = {};
const ctx: BenchContext = {
  sizes: values.n.split(',').map(Number),
  dbArticles: Number(values['db-articles']),
  seed: Number(values.seed),
  base: values.base,
  dir: values.dir,
  line: (text) => console.log(text),
  table: (header, rows) => console.log(table(header, rows)),
  result: (name, value) => (results[name] = Math.round(value * 100) / 100),
};
mkdirSync(ctx.dir, { recursive: true });
// The benchmarks run the command as users get it: compiled from the sources as they are now.
await buildCli();
console.log(
  `newsgraph bench: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
for (const benchmark of BENCHMARKS) {
  if (only && !only.includes(benchmark.name)) continue;
  console.log(`\n== ${benchmark.title}`);
  await benchmark.run(ctx);
}
console.log(`\n${JSON.stringify(results)}`);
