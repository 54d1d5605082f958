// The database pipeline (`--only db`): a generated corpus through 1 and then 2 worker processes
// on a PostgreSQL server started here (fsync on, as a real one), with throughput, the scaling
// ratio, CPU per article for the workers and for the server, and what the database wrote; then
// `build` over it; then the API's answer times on a generated graph of 120,000 nodes.
//
//   npm run bench -- --only db [--db-articles 100000]   (0: the API's answer times alone)

import { readFileSync, readdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { connect, transaction, type Db } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { articleTextRow, graphRows } from '../src/db/rows.js';
import type { ArticleMeta, ArticleText } from '../src/graph/types.js';
import { createApiServer } from '../src/db/server.js';
import { writeGraph } from '../src/db/store.js';
import { startCluster, type Cluster } from '../src/db/testing/cluster.js';
import { bigGraph } from './big-graph.js';
import { runCli } from './extraction.js';
import { ensureCorpus } from './generate.js';
import type { Benchmark, BenchContext } from './run.js';

/** CPU time (ms) of every process of the `postgres` user: the server's share of the work. */
function serverCpuMs(): number {
  const uid = Number(/^postgres:[^:]*:(\d+):/m.exec(readFileSync('/etc/passwd', 'utf8'))?.[1] ?? -1);
  const tick = 1000 / 100; // USER_HZ is 100 on Linux.
  let total = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]) !== uid) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // utime, stime, cutime, cstime: fields 14-17 of stat, 12-15 after the command.
      total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * tick;
    } catch {
      // Gone.
    }
  }
  return total;
}

async function freshDatabase(cluster: Cluster, name: string): Promise<string> {
  const admin = connect(cluster.url, 1);
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return cluster.url.replace(/\/postgres$/, `/${name}`);
}

interface WorkerRun {
  workers: number;
  wall: number;
  workerCpu: number;
  serverCpu: number;
  bytes: number;
}

async function throughput(ctx: BenchContext, cluster: Cluster, corpus: string, articles: number, workers: number): Promise<WorkerRun> {
  const url = await freshDatabase(cluster, `bench_w${workers}`);
  await runCli(['ingest', '--db', url, corpus]);
  const db = connect(url, 1);
  const serverBefore = serverCpuMs();
  const started = performance.now();
  const runs = await Promise.all(Array.from({ length: workers }, () => runCli(['worker', '--db', url, '--jobs', '1', '--until-idle'])));
  const wall = performance.now() - started;
  const serverCpu = serverCpuMs() - serverBefore;
  const done = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM extractions')).rows[0]!.n);
  const bytes = Number((await db.query<{ n: string }>("SELECT pg_total_relation_size('extractions') AS n")).rows[0]!.n);
  await db.end();
  if (done !== articles) throw new Error(`${workers} worker(s) stored ${done} of ${articles} articles`);
  if (workers === 1) await timeBuild(ctx, url, articles);
  return { workers, wall, workerCpu: runs.reduce((sum, r) => sum + (r.cpu ?? 0), 0), serverCpu, bytes };
}

/** One `build`, its wall, CPU and peak memory as a line; a failed build (out of memory, say) is reported, not fatal to the rest. */
async function timedBuild(ctx: BenchContext, url: string, what: string, result: string): Promise<boolean> {
  try {
    const built = await runCli(['build', '--db', url]);
    ctx.line(`${what}: ${(built.wall / 1000).toFixed(1)} s wall, ${((built.cpu ?? 0) / 1000).toFixed(1)} s CPU, peak RSS ${built.rssMb.toFixed(0)} MB; ${built.stdout.trim()}`);
    ctx.line(`  stages: ${built.stderr.split('\n').filter((l) => l.startsWith('newsgraph build: ')).map((l) => l.slice(17)).join('; ')}`);
    ctx.result(result, built.wall / 1000);
    return true;
  } catch (error) {
    ctx.line(`${what} FAILED: ${String(error).split('\n').slice(0, 3).join(' ')}`);
    return false;
  }
}

/** `build` over the stored results, then again after 10 more articles were ingested and extracted. */
async function timeBuild(ctx: BenchContext, url: string, articles: number): Promise<void> {
  if (!(await timedBuild(ctx, url, `build over ${articles.toLocaleString('en')} articles`, `db build ${articles} s`))) return;
  const more = ensureCorpus(ctx.dir, 10, ctx.seed, articles);
  await runCli(['ingest', '--db', url, more.path]);
  await runCli(['worker', '--db', url, '--jobs', '1', '--until-idle']);
  await timedBuild(ctx, url, 'build after 10 more articles', `db build +10 s`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timeApi(base: string, path: string, runs = 15): Promise<{ ms: number; size: number }> {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(new URL(path, base));
    const text = await response.text();
    times.push(performance.now() - started);
    if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
    size = text.length;
  }
  return { ms: median(times), size };
}

/** Each cited article's text, 30 sentences of news length (the evidence cites sentences 0–29). */
function articleTexts(metas: ArticleMeta[]) {
  return metas.map((meta, seq) => {
    const sentences = Array.from({ length: 30 }, (_, i) => `Sentence ${i + 1} of ${meta.title} tells who met whom, where and when, at about the length a news sentence has.`);
    let at = 0;
    const offsets = sentences.map((text): [number, number] => [at, (at += text.length + 1) - 1]);
    const body: ArticleText = { id: meta.id, text: sentences.join(' '), sentences: offsets, removed: [], mentions: [] };
    return articleTextRow(seq, meta, body);
  });
}

async function apiTimes(ctx: BenchContext, cluster: Cluster): Promise<void> {
  const nodes = 120_000;
  const edges = 400_000;
  const url = await freshDatabase(cluster, 'bench_api');
  const db: Db = connect(url, 4);
  await migrate(db);
  const graph = bigGraph({ nodes, edges, seed: ctx.seed, articles: 20_000 });
  const loadStarted = performance.now();
  const rows = graphRows(graph);
  await transaction(db, (client) => writeGraph(client, rows.nodes, rows.edges, articleTexts(graph.getAttribute('articles'))));
  await db.query('VACUUM ANALYZE');
  ctx.line(`API graph: ${nodes.toLocaleString('en')} nodes, ${edges.toLocaleString('en')} edges loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
  const server = createApiServer(db, '/nonexistent');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const byDegree = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a));
  const typical = byDegree[Math.floor(byDegree.length / 10)]!;
  const queries: [string, string][] = [
    [`1-hop, a node of degree ${graph.degree(typical)}`, `api/node?key=${encodeURIComponent(typical)}`],
    [`1-hop, the hub (degree ${graph.degree(byDegree[0]!)}, 500 heaviest edges)`, `api/node?key=${encodeURIComponent(byDegree[0]!)}`],
    ['date window, 7 days (1,000 edges with most evidence)', 'api/window?from=2022-06-01&to=2022-06-07'],
    ['date window, 30 days (1,000 edges with most evidence)', 'api/window?from=2022-06-01&to=2022-06-30'],
    ['search, 3 letters', 'api/search?q=per'],
    ['search, a label', `api/search?q=${encodeURIComponent(graph.getNodeAttribute(typical, 'label'))}`],
  ];
  const rowsOut: string[][] = [];
  for (const [name, path] of queries) {
    const { ms, size } = await timeApi(base, path);
    rowsOut.push([name, ms.toFixed(1), `${(size / 1024).toFixed(0)} KB`]);
    ctx.result(`api ${name.split(',')[0]} ${name.includes('hub') ? 'hub ' : name.includes('30') ? '30d ' : ''}ms`, ms);
  }
  ctx.table(['query (median of 15, over HTTP)', 'ms', 'answer'], rowsOut);
  server.close();
  await db.end();
}

/** The corpus through 1 and then 2 worker processes: throughput, scaling, CPU per article. */
async function workerRuns(ctx: BenchContext, cluster: Cluster, articles: number): Promise<void> {
  const corpus = ensureCorpus(ctx.dir, articles, ctx.seed);
  const runs = [await throughput(ctx, cluster, corpus.path, articles, 1), await throughput(ctx, cluster, corpus.path, articles, 2)];
  ctx.table(
    ['workers', 'wall s', 'articles/s', 'worker CPU ms/article', 'server CPU ms/article', 'stored MB', 'MB/s written'],
    runs.map((r) => [
      String(r.workers),
      (r.wall / 1000).toFixed(1),
      (articles / (r.wall / 1000)).toFixed(1),
      (r.workerCpu / articles).toFixed(2),
      (r.serverCpu / articles).toFixed(2),
      (r.bytes / 2 ** 20).toFixed(0),
      (r.bytes / 2 ** 20 / (r.wall / 1000)).toFixed(2),
    ]),
  );
  const scaling = runs[0]!.wall / runs[1]!.wall;
  ctx.line(`${articles.toLocaleString('en')} articles; 2 workers vs 1: ${scaling.toFixed(2)}× the throughput (2 cores)`);
  for (const r of runs) {
    ctx.result(`db ${r.workers} worker(s) articles/s`, articles / (r.wall / 1000));
    ctx.result(`db ${r.workers} worker(s) CPU ms/article`, r.workerCpu / articles);
    ctx.result(`db ${r.workers} worker(s) server CPU ms/article`, r.serverCpu / articles);
  }
  ctx.result('db scaling 2 vs 1', scaling);
}

const db: Benchmark = {
  name: 'db',
  title: 'PostgreSQL: workers on a shared queue, build, API',
  async run(ctx) {
    const articles = ctx.dbArticles;
    const cluster = await startCluster({ durable: true });
    try {
      if (articles > 0) await workerRuns(ctx, cluster, articles);
      await apiTimes(ctx, cluster);
    } finally {
      cluster.stop();
    }
  },
};

export default db;
