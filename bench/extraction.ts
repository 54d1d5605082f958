// Extraction end to end, as a user runs it: `newsgraph extract` in a child process on a generated
// corpus, for each size asked for: wall time, MB/s and articles/s (per core too), peak RSS, the
// time per stage and per article (to show the growth is linear), compromise's people, places
// and organizations on the same texts as the baseline, and the incremental re-run (10 articles
// added to the largest corpus).

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { parseArticleBytes } from '../src/cli/inputs.js';
import { baseTree } from './base.js';
import { ensureCorpus } from './generate.js';
import type { Benchmark, BenchContext } from './run.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/newsgraph.js');
const TIME = '/usr/bin/time';

export interface Run {
  wall: number; // ms
  /** User + system CPU time of the whole process (every thread), when /usr/bin/time gives it; ms. */
  cpu?: number;
  rssMb: number;
  stdout: string;
  stderr: string;
  stages: Map<string, number>; // ms
}

/**
 * Peak RSS of a child: /usr/bin/time when there is one, else the kernel's high-water mark, polled.
 * `entry`: how to start the command (the compiled bin; another commit's sources through tsx).
 */
export function runCli(args: string[], entry: string[] = [BIN]): Promise<Run> {
  const viaTime = existsSync(TIME);
  const command = viaTime ? TIME : process.execPath;
  const argv = viaTime ? ['-f', '__rss_kb %M __cpu %U %S', process.execPath, ...entry, ...args] : [...entry, ...args];
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let polledKb = 0;
    const poll = viaTime
      ? undefined
      : setInterval(() => {
          try {
            const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (hwm) polledKb = Math.max(polledKb, Number(hwm[1]));
          } catch {
            // Gone already.
          }
        }, 100);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const wall = performance.now() - started;
      if (poll) clearInterval(poll);
      if (code !== 0) return fail(new Error(`newsgraph ${args.join(' ')} exited ${code}\n${stderr}`));
      const rssKb = Number(/__rss_kb (\d+)/.exec(stderr)?.[1] ?? polledKb);
      const cpu = /__cpu ([\d.]+) ([\d.]+)/.exec(stderr);
      const stages = new Map<string, number>();
      for (const m of stderr.matchAll(/^ {2}(\S.*?)\s+(\d+\.\d+) s/gm)) stages.set(m[1]!, Number(m[2]) * 1000);
      done({ wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined, rssMb: rssKb / 1024, stdout, stderr, stages });
    });
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.name.startsWith('.') ? [] : e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const BASELINE_ARTICLES = 2_000;

/** compromise's people, places and organizations over the articles' texts (as parsed), single thread. */
function baseline(corpus: string): { mb: number; ms: number; cpuMs: number; articles: number; found: number } {
  const texts: string[] = [];
  for (const file of filesUnder(corpus).sort()) {
    for (const a of parseArticleBytes(file, readFileSync(file)).articles) if (texts.length < BASELINE_ARTICLES) texts.push(a.text);
    if (texts.length >= BASELINE_ARTICLES) break;
  }
  nlp(texts[0]!).people(); // warm up
  let found = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  const cpu = process.cpuUsage(cpuBefore);
  const ms = performance.now() - started;
  return {
    mb: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    articles: texts.length,
    found,
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The files a run wrote (the cache excepted), by name, in bytes. */
const outputSizes = (out: string): [string, number][] =>
  readdirSync(out, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e): [string, number] => [e.name, statSync(join(out, e.name)).size])
    .sort((a, b) => b[1] - a[1]);

/** "771 MB, 25.8× the input (graph.gexf 384 MB, graph.json 193 MB = 6.5×, …)". */
function sizeLine(out: string, inputBytes: number): { total: number; graphJson: number; text: string } {
  const sizes = outputSizes(out);
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  const graphJson = sizes.find(([name]) => name === 'graph.json')?.[1] ?? 0;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const each = sizes.map(([name, bytes]) => `${name} ${mb(bytes)}${name === 'graph.json' ? ` = ${(bytes / inputBytes).toFixed(2)}×` : ''}`);
  return { total, graphJson, text: `${mb(total)}, ${(total / inputBytes).toFixed(2)}× the input (${each.join(', ')})` };
}

/** The commit --base names, run from its sources through tsx (its own compiled bin may not exist). */
function baseEntry(ctx: BenchContext): { label: string; entry: string[] } | undefined {
  if (!ctx.base) return undefined;
  const tree = baseTree(ctx, ctx.base);
  return { label: `base ${ctx.base}`, entry: ['--import', 'tsx', join(tree, 'src/cli/main.ts')] };
}
const figure = (stdout: string, what: string) => /: (\d+)/.exec(stdout.split('\n').find((l) => l.startsWith(what)) ?? '')?.[1] ?? '?';

const benchmark: Benchmark = {
  name: 'extraction',
  title: 'Extraction: newsgraph extract, end to end (cold: no cache)',
  async run(ctx: BenchContext) {
    const cores = availableParallelism();
    const rows: string[][] = [];
    const stageRows = new Map<string, string[]>();
    const sizes = [...ctx.sizes].sort((a, b) => a - b);
    let compromise: ReturnType<typeof baseline> | undefined;
    let largest: Largest | undefined;
    for (const n of sizes) {
      const corpus = ensureCorpus(ctx.dir, n, ctx.seed);
      const out = join(ctx.dir, `out-${n}`);
      rmSync(out, { recursive: true, force: true });
      const run = await runCli(['extract', corpus.path, '--out', out, '--timings']);
      const sizes = sizeLine(out, corpus.bytes);
      ctx.line(`Outputs of ${n.toLocaleString('en')} articles: ${sizes.text}`);
      ctx.result(`extract ${n} outputs × input`, sizes.total / corpus.bytes);
      ctx.result(`extract ${n} graph.json × input`, sizes.graphJson / corpus.bytes);
      const mb = corpus.bytes / 1e6;
      const mbps = mb / (run.wall / 1000);
      compromise ??= baseline(corpus.path);
      // Per core, measured in CPU time: what a core does per second it works, whatever else the machine runs.
      const perCpuSecond = run.cpu === undefined ? undefined : mb / (run.cpu / 1000);
      const compromisePerCpuSecond = compromise.mb / (compromise.cpuMs / 1000);
      rows.push([
        n.toLocaleString('en'),
        `${mb.toFixed(1)} MB`,
        s(run.wall),
        run.cpu === undefined ? '?' : s(run.cpu),
        mbps.toFixed(2),
        (mbps / cores).toFixed(2),
        perCpuSecond === undefined ? '?' : perCpuSecond.toFixed(2),
        perCpuSecond === undefined ? '?' : `${(perCpuSecond / compromisePerCpuSecond).toFixed(1)}×`,
        Math.round(n / (run.wall / 1000)).toString(),
        `${(run.wall / n).toFixed(2)} ms`,
        run.cpu === undefined ? '?' : `${(run.cpu / n).toFixed(2)} ms`,
        `${Math.round(run.rssMb)} MB`,
        `${figure(run.stdout, 'Nodes')} / ${figure(run.stdout, 'Edges')}`,
      ]);
      for (const [stage, ms] of run.stages) {
        const row = stageRows.get(stage) ?? [stage];
        row.push(s(ms), `${((ms / n) * 1000).toFixed(0)} µs`);
        stageRows.set(stage, row);
      }
      ctx.result(`extract ${n} s`, run.wall / 1000);
      ctx.result(`extract ${n} MB/s per core`, mbps / cores);
      if (run.cpu !== undefined) ctx.result(`extract ${n} CPU s`, run.cpu / 1000);
      ctx.result(`extract ${n} peak RSS MB`, run.rssMb);
      largest = { n, corpus: corpus.path, out, cold: run };
    }
    ctx.table(
      ['articles', 'input', 'wall', 'CPU', 'MB/s', 'MB/s/core', 'MB/CPU-s', 'vs compromise', 'articles/s', 'wall/article', 'CPU/article', 'peak RSS', 'nodes / edges'],
      rows,
    );
    if (compromise) {
      const rate = compromise.mb / (compromise.ms / 1000);
      const perCpu = compromise.mb / (compromise.cpuMs / 1000);
      ctx.line(
        `Baseline: compromise .people() .places() .organizations() on the first ${compromise.articles.toLocaleString('en')} articles' texts ` +
          `(${compromise.mb.toFixed(1)} MB, one thread, in this process): ${s(compromise.ms)} wall, ${s(compromise.cpuMs)} CPU, ` +
          `${rate.toFixed(2)} MB/s, ${perCpu.toFixed(2)} MB/CPU-s, ${compromise.found} entities.\n` +
          `CPU is user + system time over all threads; MB/CPU-s is MB per second of CPU (the per-core rate, unaffected by a busy ` +
          `machine); "vs compromise" compares the two per CPU-second. MB/s/core is wall MB/s over the ${cores} cores.`,
      );
      ctx.result('compromise MB/s', rate);
      ctx.result('compromise MB/CPU-s', perCpu);
    }
    ctx.line(
      '\nTime per stage and per article (per-article stages, parse to cache write: summed over the threads, counting time a ' +
        'thread waits for a core on a busy machine; the others: wall time on the main thread):',
    );
    ctx.table(['stage', ...sizes.flatMap((n) => [`N=${n.toLocaleString('en')}`, 'per article'])], [...stageRows.values()]);

    if (largest) {
      // The incremental run: the largest corpus again with 10 more articles, against its cache.
      const extra = ensureCorpus(ctx.dir, 10, ctx.seed, largest.n);
      const run = await runCli(['extract', largest.corpus, extra.path, '--out', largest.out, '--timings']);
      const counts = /Extracted (\d+), from cache (\d+)/.exec(run.stdout);
      const layout = /^Layout: (\w+)/m.exec(run.stdout)?.[1];
      ctx.line(
        `\nIncremental: ${largest.n.toLocaleString('en')} + 10 articles with the cache of the run above: ${s(run.wall)} wall, ` +
          `${run.cpu === undefined ? '?' : s(run.cpu)} CPU (extracted ${counts?.[1]}, from cache ${counts?.[2]}; layout ${layout}), peak RSS ${Math.round(run.rssMb)} MB`,
      );
      ctx.line(`  stages: ${[...run.stages].map(([stage, ms]) => `${stage} ${s(ms)}`).join(', ')}`);
      ctx.result(`incremental ${largest.n}+10 s`, run.wall / 1000);
      if (run.cpu !== undefined) ctx.result(`incremental ${largest.n}+10 CPU s`, run.cpu / 1000);
      await compareWithBase(ctx, largest, extra.path, run);
    }
  },
};

interface Largest {
  n: number;
  corpus: string;
  out: string;
  cold: Run;
}

/** With --base: the same cold and incremental runs of the largest corpus by that commit, right after, and the ratios. */
async function compareWithBase(ctx: BenchContext, largest: Largest, extra: string, incremental: Run): Promise<void> {
  const base = baseEntry(ctx);
  if (!base) return;
  const out = join(ctx.dir, `out-${largest.n}-base`);
  rmSync(out, { recursive: true, force: true });
  const cold = await runCli(['extract', largest.corpus, '--out', out, '--timings'], base.entry);
  const inputBytes = filesUnder(largest.corpus).reduce((sum, f) => sum + statSync(f).size, 0);
  const sizes = sizeLine(out, inputBytes).text;
  const again = await runCli(['extract', largest.corpus, extra, '--out', out, '--timings'], base.entry);
  const ratio = (now: number, before: number) => `${(now / before).toFixed(2)}×`;
  ctx.line(`\n${base.label} (sources through tsx), ${largest.n.toLocaleString('en')} articles, in the same run:`);
  ctx.line(
    `  cold: ${s(cold.wall)} wall, ${cold.cpu === undefined ? '?' : s(cold.cpu)} CPU, peak RSS ${Math.round(cold.rssMb)} MB ` +
      `(this checkout: ${ratio(largest.cold.wall, cold.wall)} the wall time, ${ratio(largest.cold.rssMb, cold.rssMb)} the peak RSS); outputs ${sizes}`,
  );
  ctx.line(`  stages: ${[...cold.stages].map(([stage, ms]) => `${stage} ${s(ms)}`).join(', ')}`);
  ctx.line(`  + 10 articles: ${s(again.wall)} wall, peak RSS ${Math.round(again.rssMb)} MB (this checkout ${s(incremental.wall)}: ${ratio(incremental.wall, again.wall)})`);
}

export default benchmark;
