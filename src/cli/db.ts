// The database commands: ingest, worker, build, export, serve (README "More than one machine").

import { parseArgs } from 'node:util';
import { connect, describeError, describeTarget, type Db } from '../db/connect.js';
import { buildFromDb } from '../db/build.js';
import { exportFiles } from '../db/export.js';
import { ingestFiles } from '../db/ingest.js';
import { migrate } from '../db/migrate.js';
import { queueCounts } from '../db/queue.js';
import { runWorker } from '../db/worker.js';
import { defaultJobs } from './work.js';
import { DB_USAGE } from './db-usage.js';
import { inMachineHeap } from './heap.js';

class UsageError extends Error {}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function wholeNumber(value: string | undefined, name: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min} (got "${value}")`);
  return n;
}

function day(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && !DAY.test(value)) throw new UsageError(`--${name} must be a day, YYYY-MM-DD (got "${value}")`);
  return value;
}

async function ingest(db: Db, args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } });
  if (!positionals.length) throw new UsageError('ingest needs at least one file or folder');
  const summary = await ingestFiles(db, positionals);
  for (const p of summary.problems) console.error(`newsgraph: ${p.file}${p.row ? ` (row ${p.row})` : ''}: ${p.message}`);
  console.log(`Queued ${summary.queued} new article(s) from ${summary.files} file(s); ${summary.known} already in the database`);
  return summary.files || !summary.problems.length ? 0 : 1;
}

async function worker(db: Db, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, jobs: { type: 'string', short: 'j' }, 'until-idle': { type: 'boolean' }, batch: { type: 'string' }, lease: { type: 'string' } },
  });
  const jobs = wholeNumber(values.jobs, 'jobs', defaultJobs());
  const summary = await runWorker(db, {
    jobs,
    untilIdle: values['until-idle'] ?? false,
    batch: wholeNumber(values.batch, 'batch', 16 * jobs),
    leaseSeconds: wholeNumber(values.lease, 'lease', 60),
    log: (line) => console.error(line),
  });
  const left = await queueCounts(db);
  console.log(`Extracted ${summary.done} article(s), ${summary.failed} failed, ${summary.lost} given up to another worker; ${left.queued} still queued`);
  return 0;
}

async function build(db: Db): Promise<number> {
  const started = performance.now();
  const summary = await buildFromDb(db, { log: (line) => console.error(`newsgraph build: ${line}`) });
  const left = await queueCounts(db);
  const pending = left.queued ? `; ${left.queued} article(s) still queued` : '';
  if (!summary.changes) console.log(`Graph up to date: ${summary.articles} article(s), ${summary.nodes} nodes, ${summary.edges} edges${pending}`);
  else {
    const { nodes, edges, texts } = summary.changes;
    console.log(
      `Built from ${summary.articles} article(s) (${summary.added} new): ${summary.nodes} nodes, ${summary.edges} edges; ` +
        `wrote ${nodes.written} nodes, ${edges.written} edges, ${texts.written} texts, deleted ${nodes.deleted + edges.deleted} in ${((performance.now() - started) / 1000).toFixed(2)} s${pending}`,
    );
  }
  return 0;
}

async function exportCommand(db: Db, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, around: { type: 'string' }, hops: { type: 'string' }, out: { type: 'string', short: 'o' } },
  });
  if (!values.out) throw new UsageError('export needs --out DIR');
  if (values.hops !== undefined && values.around === undefined) throw new UsageError('--hops goes with --around KEY');
  const selection = { from: day(values.from, 'from'), to: day(values.to, 'to'), around: values.around, hops: wholeNumber(values.hops, 'hops', 1, 0) };
  const graph = await exportFiles(db, selection, values.out);
  if (!graph) {
    console.error('newsgraph export: the database has no graph yet; run newsgraph build first');
    return 1;
  }
  if (selection.around !== undefined && !graph.hasNode(selection.around)) {
    console.error(`newsgraph export: no node "${selection.around}" in the graph`);
    return 1;
  }
  console.log(`Wrote ${graph.order} nodes and ${graph.size} edges to ${values.out}`);
  return 0;
}

/** Commands that hold the whole graph in memory (export may be asked for all of it). */
const HOLD_THE_GRAPH = new Set(['build', 'export']);

/** Runs a database command; 2 for a usage error, 1 when the database cannot be reached. */
export async function runDbCommand(command: string, args: string[]): Promise<number> {
  const url = parseArgs({ args, strict: false, allowPositionals: true, options: { db: { type: 'string' } } }).values.db;
  if (typeof url === 'boolean') return usage('--db needs a URL');
  if (HOLD_THE_GRAPH.has(command)) {
    const code = await inMachineHeap();
    if (code !== undefined) return code;
  }
  const db = connect(url);
  try {
    await migrate(db);
    if (command === 'ingest') return await ingest(db, args);
    if (command === 'worker') return await worker(db, args);
    if (command === 'build') return await build(db);
    if (command === 'export') return await exportCommand(db, args);
    const { serve } = await import('./serve.js');
    return await serve(db, args, describeTarget(url));
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) return usage(error.message);
    console.error(`newsgraph ${command}: ${describeError(error, url)}`);
    return 1;
  } finally {
    await db.end();
  }

  function usage(message: string): number {
    console.error(`newsgraph ${command}: ${message}\n\nUsage:\n${DB_USAGE}`);
    return 2;
  }
}
