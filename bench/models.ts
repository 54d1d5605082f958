// Loading the trained models in Node, as extraction and the parser do on first use: a fresh
// process reads and indexes each model (NER per language; POS tagger and parser together per
// language); the time is taken inside it, around that call only, as CPU (user + system) and wall.
// With --base COMMIT the same probe runs on that commit's sources too (bench/base.ts): before and
// after in one run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { baseTree, probeIn, ROOT } from './base.js';
import type { Benchmark } from './run.js';

const RUNS = 5;
const TARGET_MS = 300;
const PROBE = `
import { taggerFor } from './src/ner/model.ts';
import { loadParser } from './src/parse/index.ts';
const out = {};
const time = (name, load) => {
  const cpu = process.cpuUsage(); const wall = performance.now();
  load();
  const { user, system } = process.cpuUsage(cpu);
  out[name] = { cpu: (user + system) / 1000, wall: performance.now() - wall };
};
for (const lang of ['id', 'en']) time('ner-' + lang, () => taggerFor(lang));
for (const lang of ['id', 'en']) time('pos+parser-' + lang, () => loadParser(lang).parse(['x']));
console.log(JSON.stringify(out));
`;
const MODELS = ['ner-id', 'ner-en', 'pos+parser-id', 'pos+parser-en'];

type Times = Record<string, { cpu: number; wall: number }>;

/** Medians over fresh processes in `tree`. */
function probe(tree: string): Times {
  const runs = Array.from({ length: RUNS }, () => probeIn<Times>(tree, PROBE));
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return Object.fromEntries(MODELS.map((m) => [m, { cpu: median(runs.map((r) => r[m]!.cpu)), wall: median(runs.map((r) => r[m]!.wall)) }]));
}

/** Total raw and gzipped size of a tree's model files. */
function sizes(tree: string): string {
  const dir = join(tree, 'src/models');
  const files = readdirSync(dir).filter((f) => /^(ner|pos|parser)-\w+\.(json|bin)$/.test(f));
  const raw = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0);
  return `${files.length} files, ${(raw / 1e6).toFixed(2)} MB (${(gz / 1e6).toFixed(2)} MB gzipped)`;
}

const bench: Benchmark = {
  name: 'models',
  title: `Model load in Node (fresh process, median of ${RUNS}; CPU = user + system)`,
  async run(ctx) {
    const now = probe(ROOT);
    const base = ctx.base ? { name: ctx.base, tree: baseTree(ctx, ctx.base) } : undefined;
    const before = base ? probe(base.tree) : undefined;
    const cell = (t: Times, m: string) => `${t[m]!.cpu.toFixed(0)} ms (${t[m]!.wall.toFixed(0)})`;
    ctx.table(
      ['model', ...(before ? [`${base!.name} CPU (wall)`] : []), 'now CPU (wall)'],
      MODELS.map((m) => [m, ...(before ? [cell(before, m)] : []), cell(now, m)]),
    );
    if (base) ctx.line(`Files: ${base.name} ${sizes(base.tree)}; now ${sizes(ROOT)}.`);
    else ctx.line(`Files: ${sizes(ROOT)}.`);
    const worst = Math.max(...MODELS.map((m) => now[m]!.cpu));
    ctx.line(`Target: each model ≤ ${TARGET_MS} ms CPU: ${worst <= TARGET_MS ? 'met' : 'not met'} (slowest ${worst.toFixed(0)} ms).`);
    for (const m of MODELS) ctx.result(`${m} load CPU ms`, now[m]!.cpu);
    if (before) for (const m of MODELS) ctx.result(`${m} load CPU ms (${base!.name})`, before[m]!.cpu);
  },
};

export default bench;
