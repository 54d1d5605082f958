// build and export from a database hold the whole graph: past V8's default heap they run again
// in a process whose heap is three quarters of the machine.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineHeapMb } from './heap.js';

const HEAP = new URL('./heap.ts', import.meta.url).href;

/** A program that asks for the machine's heap, prints the limit it runs under and exits 7. */
function run(env: NodeJS.ProcessEnv = {}): { limit: number; status: number | null } {
  const script = join(mkdtempSync(join(tmpdir(), 'newsgraph-heap-')), 'program.mjs');
  writeFileSync(
    script,
    `import { getHeapStatistics } from 'node:v8';\nimport { inMachineHeap } from ${JSON.stringify(HEAP)};\n` +
      `const code = await inMachineHeap();\nif (code !== undefined) process.exit(code);\n` +
      `console.log(Math.round(getHeapStatistics().heap_size_limit / 2 ** 20));\nprocess.exit(7);\n`,
  );
  const { stdout, status } = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=128', script], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { limit: Number(stdout.trim()), status };
}

describe('the machine heap', () => {
  it('runs the command again with a heap of three quarters of the machine, and exits as that run does', () => {
    const { limit, status } = run();
    expect(limit).toBeGreaterThanOrEqual(machineHeapMb());
    expect(status).toBe(7);
  });

  it('goes on in the process it is in when that is the run with the bigger heap', () => {
    const { limit, status } = run({ NEWSGRAPH_HEAP_MB: '128' });
    expect(limit).toBeLessThan(512);
    expect(status).toBe(7);
  });
});
