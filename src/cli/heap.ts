// Commands that hold a whole corpus's graph (`build`, `export` from a database) may use most of
// the machine's memory. V8 stops the heap near 4 GB whatever the machine has, and a running
// process cannot raise its own limit, so such a command runs itself again in a process that may.

import { spawn } from 'node:child_process';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/** Set in the process started with the bigger heap, so that it does not start another. */
const MARK = 'NEWSGRAPH_HEAP_MB';

/** Three quarters of the machine's memory, in MB: the rest is for the database and the system. */
export const machineHeapMb = () => Math.floor((totalmem() * 0.75) / 2 ** 20);

/**
 * Runs this command again with a heap of three quarters of the machine when its own limit is
 * lower, and resolves to that run's exit code; resolves to undefined when this process is the
 * one to go on (its limit is enough, or it is the run with the bigger heap).
 */
export async function inMachineHeap(): Promise<number | undefined> {
  const wanted = machineHeapMb();
  if (process.env[MARK] || getHeapStatistics().heap_size_limit / 2 ** 20 >= wanted * 0.9) return undefined;
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${wanted}`, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, [MARK]: String(wanted) },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  try {
    return await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => resolve(code ?? 1));
    });
  } finally {
    process.off('SIGINT', forward).off('SIGTERM', forward);
  }
}
