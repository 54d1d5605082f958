// `newsgraph worker`: claims batches from the queue, extracts each article with the same
// per-article entry point as `extract`'s worker threads, and stores each result in the
// transaction that marks its article done. Run as many as you like, on as many machines.

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { extractorVersion } from '../cli/cache.js';
import { createWorkers } from '../cli/work.js';
import type { Db } from './connect.js';
import { claimBatch, complete, fail, queueCounts, renewLease, type Claimed } from './queue.js';

export interface WorkerOptions {
  /** Extraction threads in this process. */
  jobs: number;
  /** Exit once nothing is queued (nor held by another worker, whose lease may still run out). */
  untilIdle: boolean;
  /** Articles claimed at a time. */
  batch: number;
  /** How long a claim holds without renewal; renewed every third of it while this process lives. */
  leaseSeconds: number;
  /** How long to wait before asking again when there is nothing to claim. */
  pollMs?: number;
  log?: (line: string) => void;
}

export interface WorkerSummary {
  owner: string;
  done: number;
  failed: number;
  /** Results not written because the lease had passed to another worker. */
  lost: number;
}

/** Who holds a lease: unique per process, and readable in the queue table. */
const ownerName = () => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

export async function runWorker(db: Db, options: WorkerOptions): Promise<WorkerSummary> {
  const summary: WorkerSummary = { owner: ownerName(), done: 0, failed: 0, lost: 0 };
  const extractor = extractorVersion();
  const workers = createWorkers(options.jobs, false);
  let stopping = false;
  const stop = () => (stopping = true);
  process.once('SIGTERM', stop).once('SIGINT', stop);
  const renewal = setInterval(() => void renewLease(db, summary.owner, options.leaseSeconds).catch(() => {}), (options.leaseSeconds * 1000) / 3);
  const extractOne = async ({ seq, article }: Claimed) => {
    let result: string;
    try {
      result = JSON.stringify(await workers.extract(article));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = await fail(db, summary.owner, seq, message);
      if (failed) summary.failed++;
      options.log?.(`newsgraph worker: ${article.file} (${article.id}): extraction failed${failed ? '' : ', queued again'}: ${message}`);
      return;
    }
    if (await complete(db, summary.owner, seq, extractor, result)) summary.done++;
    else summary.lost++;
  };
  try {
    while (!stopping) {
      const claimed = await claimBatch(db, summary.owner, options.batch, options.leaseSeconds);
      if (claimed.length) {
        // As many at a time as there are threads: with one, each article is extracted and
        // stored before the next starts, so the lease renewal gets its turn between them.
        let next = 0;
        const runner = async () => {
          while (next < claimed.length) await extractOne(claimed[next++]!);
        };
        await Promise.all(Array.from({ length: options.jobs }, runner));
        continue;
      }
      if (options.untilIdle && (await queueCounts(db)).queued === 0) break;
      await sleep(options.pollMs ?? 1000);
    }
  } finally {
    clearInterval(renewal);
    process.off('SIGTERM', stop).off('SIGINT', stop);
    await workers.close();
  }
  return summary;
}
