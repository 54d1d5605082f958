// The database pipeline against a real PostgreSQL server (started here, in a temp folder):
// several worker processes, one of them killed mid-batch, give the file pipeline's graph.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate.js';
import { parseArticlesJson } from '../graph/articles.js';
import { fromJson } from '../graph/json.js';
import { connect, type Db } from './connect.js';
import { migrate } from './migrate.js';
import { claimBatch, complete, fail, MAX_ATTEMPTS } from './queue.js';
import { startCluster, type Cluster } from './testing/cluster.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/newsgraph.js');
const OUTPUTS = ['articles.json', 'edges.csv', 'graph.gexf', 'graph.json', 'nodes.csv'];
const ARTICLES = 2_000;
const LONG = 600_000;

const tempDir = () => mkdtempSync(join(tmpdir(), 'newsgraph-db-'));
const run = (args: string[]) => spawnSync('node', [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: LONG });
const start = (args: string[]): ChildProcess => spawn('node', [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) => (child.exitCode !== null ? done(child.exitCode) : child.once('exit', (code) => done(code))));
const count = async (db: Db, sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('newsgraph ingest / worker / build / export against PostgreSQL', () => {
  let cluster: Cluster;
  let db: Db;
  const corpus = tempDir();
  const fileOut = tempDir();
  const dbOut = tempDir();

  beforeAll(async () => {
    cluster = await startCluster();
    db = connect(cluster.url);
    writeCorpus(corpus, { n: ARTICLES, seed: 3 });
  }, LONG);

  afterAll(async () => {
    await db?.end();
    cluster?.stop();
  });

  it('queues every article once; ingesting again adds nothing', async () => {
    const first = run(['ingest', '--db', cluster.url, corpus]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Queued ${ARTICLES} new article(s)`);
    const again = run(['ingest', '--db', cluster.url, corpus]);
    expect(again.stdout).toContain(`Queued 0 new article(s) from `);
    expect(again.stdout).toContain(`; ${ARTICLES} already in the database`);
    expect(await count(db, 'SELECT count(*) AS n FROM articles')).toBe(ARTICLES);
    expect(await count(db, "SELECT count(*) AS n FROM queue WHERE state = 'queued'")).toBe(ARTICLES);
  }, LONG);

  it('loses and doubles nothing when a worker is killed (SIGKILL) mid-batch, with three workers finishing', async () => {
    const victim = start(['worker', '--db', cluster.url, '--jobs', '1', '--batch', '40', '--lease', '3']);
    // Mid-batch: it has stored some results and still holds claimed articles it has not finished.
    let held: { seq: string; lease_owner: string }[] = [];
    for (let tries = 0; tries < 600; tries++) {
      await sleep(100);
      if ((await count(db, 'SELECT count(*) AS n FROM extractions')) < 5) continue;
      held = (await db.query("SELECT seq, lease_owner FROM queue WHERE state = 'queued' AND lease_owner IS NOT NULL")).rows;
      if (held.length >= 5) break;
    }
    expect(held.length).toBeGreaterThanOrEqual(5);
    victim.kill('SIGKILL');
    await exited(victim);
    const killedOwner = held[0]!.lease_owner;
    // What it still held when it died (it may have finished a few more since the look above).
    const heldSeqs = (await db.query<{ seq: string }>("SELECT seq FROM queue WHERE state = 'queued' AND lease_owner = $1", [killedOwner])).rows.map((r) => Number(r.seq));
    expect(heldSeqs.length).toBeGreaterThan(0);

    const workers = [0, 1, 2].map(() => start(['worker', '--db', cluster.url, '--jobs', '1', '--batch', '20', '--lease', '3', '--until-idle']));
    expect(await Promise.all(workers.map(exited))).toEqual([0, 0, 0]);

    expect(await count(db, "SELECT count(*) AS n FROM queue WHERE state <> 'done'")).toBe(0);
    expect(await count(db, 'SELECT count(*) AS n FROM extractions')).toBe(ARTICLES);
    // The killed worker's claimed articles were claimed again and done by the others, once each.
    const redone = await db.query<{ seq: string; attempts: number; worker: string }>(
      'SELECT q.seq, q.attempts, x.worker FROM queue q JOIN extractions x USING (seq) WHERE q.seq = ANY($1)',
      [heldSeqs],
    );
    expect(redone.rows).toHaveLength(heldSeqs.length);
    for (const row of redone.rows) {
      expect(row.attempts).toBeGreaterThanOrEqual(2);
      expect(row.worker).not.toBe(killedOwner);
    }
    // Every process did some of the work.
    expect(await count(db, 'SELECT count(DISTINCT worker) AS n FROM extractions')).toBe(4);
  }, LONG);

  it('builds the same graph as the single-process file pipeline: every file byte for byte', () => {
    const built = run(['build', '--db', cluster.url]);
    expect(built.status, built.stderr).toBe(0);
    expect(built.stdout).toMatch(new RegExp(`Built from ${ARTICLES} article\\(s\\) \\(${ARTICLES} new\\)`));
    const exported = run(['export', '--db', cluster.url, '--out', dbOut]);
    expect(exported.status, exported.stderr).toBe(0);
    // One process (its threads give the same files as --jobs 1, which cli.test.ts checks).
    const extracted = run(['extract', corpus, '--out', fileOut, '--no-cache']);
    expect(extracted.status, extracted.stderr).toBe(0);
    const graph = fromJson(readFileSync(join(fileOut, 'graph.json'), 'utf8'));
    expect(graph.order).toBeGreaterThan(5_000);
    expect(graph.getAttribute('articles')).toHaveLength(ARTICLES);
    for (const file of OUTPUTS) {
      const same = readFileSync(join(fileOut, file)).equals(readFileSync(join(dbOut, file)));
      expect(same, `${file} differs between extract and export`).toBe(true);
    }
  }, LONG);

  it('finds nothing to do when nothing was added, and adds nothing when the corpus is ingested again', () => {
    expect(run(['build', '--db', cluster.url]).stdout).toContain(`Graph up to date: ${ARTICLES} article(s)`);
    expect(run(['ingest', '--db', cluster.url, corpus]).stdout).toContain('Queued 0 new article(s)');
    expect(run(['worker', '--db', cluster.url, '--until-idle']).stdout).toContain('Extracted 0 article(s)');
    expect(run(['build', '--db', cluster.url]).stdout).toContain(`Graph up to date: ${ARTICLES} article(s)`);
  }, LONG);

  it('a build after more articles were extracted gives the files a build from scratch gives, with every day count and sentence', async () => {
    await db.query('CREATE DATABASE grown');
    const url = cluster.url.replace(/\/postgres$/, '/grown');
    // extract reads its folders in path order, and ingest came first for `first`: name them so.
    const parts = tempDir();
    const [first, more] = [join(parts, '1-first'), join(parts, '2-more')];
    const [grownOut, scratchOut] = [tempDir(), tempDir()];
    writeCorpus(first, { n: 150, seed: 5 });
    writeCorpus(more, { n: 150, seed: 5, start: 150 });
    for (const [part, added] of [[first, 150], [more, 150]] as const) {
      expect(run(['ingest', '--db', url, part]).status).toBe(0);
      expect(run(['worker', '--db', url, '--until-idle']).status).toBe(0);
      const built = run(['build', '--db', url]);
      expect(built.stdout, built.stderr).toContain(`(${added} new)`);
    }
    expect(run(['export', '--db', url, '--out', grownOut]).status).toBe(0);
    expect(run(['extract', first, more, '--out', scratchOut, '--no-cache']).status).toBe(0);
    for (const file of OUTPUTS) expect(readFileSync(join(grownOut, file)).equals(readFileSync(join(scratchOut, file))), file).toBe(true);
    // What the API reads beside the files: day counts as the evidence sums them, a row per sentence.
    const grown = connect(url, 1);
    const counted = `SELECT edge, daterange(start_day, end_day, '[]') AS days, count(*)::int AS n FROM evidence
      WHERE start_day IS NOT NULL AND end_day IS NOT NULL GROUP BY 1, 2`;
    expect(await count(grown, `SELECT count(*) AS n FROM ((TABLE edge_days EXCEPT ${counted}) UNION ALL (${counted} EXCEPT TABLE edge_days)) AS apart`)).toBe(0);
    expect(await count(grown, 'SELECT count(*) AS n FROM edge_days')).toBeGreaterThan(0);
    expect(
      await count(grown, "SELECT count(*) AS n FROM article_texts t WHERE json_array_length(t.body->'sentences') <> (SELECT count(*) FROM sentences s WHERE s.article = t.id)"),
    ).toBe(0);
    await grown.end();
  }, LONG);

  it('exports a neighbourhood and a date window as valid graphs of the same shape', () => {
    const graph = fromJson(readFileSync(join(fileOut, 'graph.json'), 'utf8'));
    const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    const around = tempDir();
    expect(run(['export', '--db', cluster.url, '--around', hub, '--hops', '1', '--out', around]).status).toBe(0);
    const part = fromJson(readFileSync(join(around, 'graph.json'), 'utf8'));
    expect(part.nodes().sort()).toEqual([hub, ...graph.neighbors(hub)].sort());
    expect(part.size).toBe(graph.filterEdges((_e, _a, s, t) => part.hasNode(s) && part.hasNode(t)).length);
    const texts = parseArticlesJson(readFileSync(join(around, 'articles.json'), 'utf8'));
    expect(texts.articles.map((a) => a.id).sort()).toEqual(part.getAttribute('articles').map((a) => a.id).sort());

    const windowed = tempDir();
    expect(run(['export', '--db', cluster.url, '--from', '2020-03-01', '--to', '2020-03-31', '--out', windowed]).status).toBe(0);
    const inMarch = fromJson(readFileSync(join(windowed, 'graph.json'), 'utf8'));
    const expected = graph.filterEdges((_e, attrs) => attrs.evidence.some((ev) => ev.date.slice(0, 7) === '2020-03' || ev.date === '2020'));
    expect(inMarch.edges().sort()).toEqual(expected.sort());
  }, LONG);

  it('serves the API: search, a node with its neighbours, a date window, an edge\'s evidence, an article', async () => {
    const graph = fromJson(readFileSync(join(fileOut, 'graph.json'), 'utf8'));
    const texts = parseArticlesJson(readFileSync(join(fileOut, 'articles.json'), 'utf8'));
    const server = start(['serve', '--db', cluster.url, '--port', '0']);
    try {
      const base = await new Promise<string>((resolve, reject) => {
        server.stdout!.on('data', (chunk: Buffer) => {
          const found = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(chunk.toString());
          if (found) resolve(found[1]!);
        });
        server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const get = async (path: string) => {
        const response = await fetch(new URL(path, base));
        return { status: response.status, body: (await response.json()) as any };
      };
      const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))[0]!;
      const label = graph.getNodeAttribute(hub, 'label');

      const found = await get(`api/search?q=${encodeURIComponent(label.toUpperCase())}`);
      expect(found.body[0]).toMatchObject({ node: hub, label });

      const node = await get(`api/node?key=${encodeURIComponent(hub)}&limit=5000`);
      expect(node.body.degree).toBe(graph.degree(hub));
      expect(node.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual([hub, ...graph.neighbors(hub)].sort());
      expect(node.body.edges.map((e: { key: string }) => e.key).sort()).toEqual(graph.edges(hub).sort());
      const capped = await get(`api/node?key=${encodeURIComponent(hub)}&limit=3`);
      expect(capped.body).toMatchObject({ truncated: true, degree: graph.degree(hub) });
      expect(capped.body.edges).toHaveLength(3);

      const inMarch = await get('api/window?from=2020-03-01&to=2020-03-31&limit=20000');
      const expected = graph.filterEdges((_e, attrs) => attrs.evidence.some((ev) => ev.date.slice(0, 7) === '2020-03' || ev.date === '2020'));
      expect(inMarch.body.edges.map((e: { key: string }) => e.key).sort()).toEqual(expected.sort());

      const edge = graph.edges(hub).sort((a, b) => graph.getEdgeAttribute(b, 'weight') - graph.getEdgeAttribute(a, 'weight'))[0]!;
      const evidence = await get(`api/edge?key=${encodeURIComponent(edge)}&limit=1000`);
      expect(evidence.body.evidence).toEqual(graph.getEdgeAttribute(edge, 'evidence').slice(0, 1000));

      const article = texts.articles[7]!;
      const read = await get(`api/article?id=${encodeURIComponent(article.id)}`);
      expect(read.body.text).toEqual(article);
      expect(read.body.meta.id).toBe(article.id);

      expect((await get('api/node?key=person:nobody-at-all')).status).toBe(404);
      expect((await get('api/window?from=March')).status).toBe(400);
    } finally {
      server.kill('SIGTERM');
      await exited(server);
    }
  }, LONG);

  it('queue: an expired lease passes the article on, its old holder cannot write it, and a failing article gives up after its last try', async () => {
    const admin = connect(cluster.url, 1);
    await admin.query('CREATE DATABASE queue_rules');
    await admin.end();
    const qdb = connect(cluster.url.replace(/\/postgres$/, '/queue_rules'), 2);
    try {
      await migrate(qdb);
      expect(await migrate(qdb)).toEqual([]);
      const article = { id: 'a', title: 't', published: '2024-01-01', source: 's', lang: 'en', file: 'a.txt', text: 'Text.' };
      await qdb.query("INSERT INTO articles (seq, id, hash, article) VALUES (1, 'a', 'h', $1), (2, 'b', 'h2', $1)", [JSON.stringify(article)]);
      await qdb.query('INSERT INTO queue (seq) VALUES (1), (2)');

      expect((await claimBatch(qdb, 'first', 1, 0.2)).map((c) => c.seq)).toEqual([1]);
      // Held: another worker gets the next one, not the same.
      expect((await claimBatch(qdb, 'second', 5, 60)).map((c) => c.seq)).toEqual([2]);
      await sleep(400);
      // The lease ran out: the article is claimable again, and its first holder can no longer store it.
      expect((await claimBatch(qdb, 'third', 5, 60)).map((c) => c.seq)).toEqual([1]);
      expect(await complete(qdb, 'first', 1, 'v', '{}')).toBe(false);
      expect(await complete(qdb, 'third', 1, 'v', '{}')).toBe(true);
      expect(await complete(qdb, 'third', 1, 'v', '{}')).toBe(false);
      expect(await count(qdb, 'SELECT count(*) AS n FROM extractions')).toBe(1);

      // Article 2 throws every time: queued again until its last attempt, then failed.
      const outcomes: boolean[] = [await fail(qdb, 'second', 2, 'boom')];
      for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
        expect((await claimBatch(qdb, 'second', 5, 60)).map((c) => c.seq)).toEqual([2]);
        outcomes.push(await fail(qdb, 'second', 2, 'boom'));
      }
      expect(outcomes).toEqual([...Array(MAX_ATTEMPTS - 1).fill(false), true]);
      expect((await qdb.query("SELECT state, error FROM queue WHERE seq = 2")).rows[0]).toEqual({ state: 'failed', error: 'boom' });
      expect(await claimBatch(qdb, 'second', 5, 60)).toEqual([]);
    } finally {
      await qdb.end();
    }
  }, LONG);

  it('never prints the password of a connection it cannot make', () => {
    const failed = run(['build', '--db', 'postgres://someone:s3cr3t-pw@127.0.0.1:1/nowhere']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('127.0.0.1:1/nowhere');
    expect(failed.stderr + failed.stdout).not.toContain('s3cr3t-pw');
  });
});
