// An extraction worker thread: does the tasks the pool in work.ts sends, one at a time.

import { parentPort, workerData } from 'node:worker_threads';
import type { StageTimes } from '../extract/pipeline.js';
import { perform, type Task } from './work.js';

const times: StageTimes | undefined = (workerData as { timed?: boolean } | undefined)?.timed ? {} : undefined;

parentPort!.on('message', (task: Task) => {
  try {
    parentPort!.postMessage({ result: perform(task, times) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
