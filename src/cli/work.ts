// The per-file and per-article work of `extract` (decode + parse a file, extract an article),
// done either on this thread or spread over worker threads. Both run the same `perform`, so
// the results do not depend on the number of jobs; the caller keeps the order.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractArticleTimed, type ExtractedArticle, type StageTimes } from '../extract/pipeline.js';
import type { Article, InputProblem } from '../extract/types.js';
import { runForceAtlas2, type LayoutInput } from '../layout/index.js';
import { writeEntry } from './cache.js';
import { parseArticleBytes } from './inputs.js';

export type Task =
  | { kind: 'parse'; file: string; bytes: Uint8Array }
  /** `cacheEntry`: where to store the result, when the run keeps a cache. */
  | { kind: 'extract'; article: Article; cacheEntry?: string }
  | { kind: 'times' }
  | { kind: 'layout'; input: LayoutInput };

export interface Parsed {
  articles: Article[];
  problems: InputProblem[];
}

type Result = Parsed | ExtractedArticle | StageTimes | Float32Array;

/** Does one task; `times` collects the stage durations when the run is timed. */
export function perform(task: Task, times: StageTimes | undefined): Result {
  switch (task.kind) {
    case 'parse': {
      const started = times ? performance.now() : 0;
      const parsed = parseArticleBytes(task.file, task.bytes);
      if (times) times.parse = (times.parse ?? 0) + performance.now() - started;
      return parsed;
    }
    case 'extract': {
      const extracted = extractArticleTimed(task.article, times);
      if (task.cacheEntry) {
        const started = times ? performance.now() : 0;
        writeEntry(task.cacheEntry, extracted);
        if (times) times['cache write'] = (times['cache write'] ?? 0) + performance.now() - started;
      }
      return extracted;
    }
    case 'times':
      return { ...times };
    case 'layout':
      return runForceAtlas2(task.input);
  }
}

export interface Workers {
  readonly jobs: number;
  parse(file: string, bytes: Uint8Array): Promise<Parsed>;
  extract(article: Article, cacheEntry?: string): Promise<ExtractedArticle>;
  /** Stage durations summed over every thread that did work (CPU time, not wall time). */
  times(): Promise<StageTimes>;
  close(): Promise<void>;
}

export const defaultJobs = (): number => availableParallelism();

/** `jobs` 1: everything on this thread, no worker started. */
export function createWorkers(jobs: number, timed: boolean): Workers {
  return jobs <= 1 ? inline(timed) : pool(jobs, timed);
}

function inline(timed: boolean): Workers {
  const times: StageTimes | undefined = timed ? {} : undefined;
  return {
    jobs: 1,
    parse: async (file, bytes) => perform({ kind: 'parse', file, bytes }, times) as Parsed,
    extract: async (article, cacheEntry) => perform({ kind: 'extract', article, cacheEntry }, times) as ExtractedArticle,
    times: async () => ({ ...times }),
    close: async () => {},
  };
}

interface Pending {
  task: Task;
  transfer: ArrayBuffer[];
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

// From the sources, a worker does not inherit the tsx loader: it starts from plain JavaScript that
// registers tsx and imports worker.ts. The compiled CLI (lib/cli/) has worker.js beside this chunk.
const BOOTSTRAP = import.meta.url.endsWith('.ts') ? new URL('./worker-bootstrap.mjs', import.meta.url) : new URL('./worker.js', import.meta.url);

/** A fixed set of worker threads; each takes the next task when it finishes one. */
function pool(jobs: number, timed: boolean): Workers {
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  let failure: Error | undefined;

  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const next = queue.shift()!;
      busy.set(worker, next);
      worker.postMessage(next.task, next.transfer);
    }
  };

  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(BOOTSTRAP, { workerData: { timed } });
    worker.on('message', (message: { result?: Result; error?: string }) => {
      const pending = busy.get(worker)!;
      busy.delete(worker);
      idle.push(worker);
      if (message.error !== undefined) pending.reject(new Error(message.error));
      else pending.resolve(message.result!);
      dispatch();
    });
    worker.on('error', (error: Error) => {
      failure = error;
      busy.get(worker)?.reject(error);
      for (const pending of queue.splice(0)) pending.reject(error);
    });
    idle.push(worker);
    return worker;
  });

  const run = (task: Task, transfer: ArrayBuffer[] = []) =>
    new Promise<Result>((resolve, reject) => {
      if (failure) return reject(failure);
      queue.push({ task, transfer, resolve, reject });
      dispatch();
    });

  return {
    jobs,
    parse: async (file, bytes) => {
      // The bytes move to the worker rather than being copied; a Buffer may share a pool, so it gets its own.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      return (await run({ kind: 'parse', file, bytes: own }, [own.buffer as ArrayBuffer])) as Parsed;
    },
    extract: async (article, cacheEntry) => (await run({ kind: 'extract', article, cacheEntry })) as ExtractedArticle,
    async times() {
      // Asked of every worker once all tasks are done, so each is idle and answers for itself.
      const all = await Promise.all(
        workers.map(
          (worker) =>
            new Promise<Result>((resolve, reject) => {
              idle.splice(idle.indexOf(worker), 1);
              const task: Task = { kind: 'times' };
              busy.set(worker, { task, transfer: [], resolve, reject });
              worker.postMessage(task);
            }),
        ),
      );
      const total: StageTimes = {};
      for (const times of all as StageTimes[])
        for (const [stage, ms] of Object.entries(times)) total[stage] = (total[stage] ?? 0) + ms;
      return total;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * ForceAtlas2's iterations on a thread of their own, so the main thread writes the files that
 * need no positions meanwhile. The library's Barnes-Hut iteration makes a lot of short-lived
 * garbage (its regions, a plain array of numbers, remade every iteration); a heap of its own,
 * kept small, is collected sooner than the main thread's would be. Should the thread fail (out
 * of that heap, say), the iterations run here instead: the same numbers, only later.
 */
export async function layoutOnWorker(input: LayoutInput): Promise<Float32Array> {
  // Copied, not moved: the arrays stay here for the fallback (a few MB for 10,000 articles).
  const worker = new Worker(BOOTSTRAP, { resourceLimits: { maxOldGenerationSizeMb: layoutHeapMb(input) } });
  try {
    return await new Promise<Float32Array>((resolve, reject) => {
      worker.once('message', (message: { result?: Float32Array; error?: string }) =>
        message.error === undefined ? resolve(message.result!) : reject(new Error(message.error)),
      );
      worker.once('error', reject);
      worker.postMessage({ kind: 'layout', input } satisfies Task);
    });
  } catch (error) {
    console.error(`Layout thread failed (${(error as Error).message.split('\n')[0]}); laying out on the main thread instead.`);
    return runForceAtlas2(input);
  } finally {
    await worker.terminate();
  }
}

/** The layout thread's heap: 256 MB and 1 KB a node (its regions take up to about 300 bytes a node an iteration). */
const layoutHeapMb = (input: LayoutInput) => 256 + Math.ceil(input.nodes.length / 10 / 1024);
