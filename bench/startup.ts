// Startup: `newsgraph --version` from the compiled command (lib/), against Node alone and against
// the TypeScript sources run through tsx (how the bin started before it was compiled). Median of
// ten runs; CPU is user + system from /usr/bin/time, which a busy machine does not inflate.

import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Benchmark } from './run.js';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 10;
const TARGET_S = 0.3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(argv: string[]): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', '__cpu %U %S', ...argv], { cwd: ROOT, encoding: 'utf8' });
    walls.push((performance.now() - started) / 1000);
    if (run.status !== 0) throw new Error(`${argv.join(' ')} exited ${run.status}\n${run.stderr}`);
    const cpu = /__cpu ([\d.]+) ([\d.]+)/.exec(run.stderr);
    cpus.push(cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const startup: Benchmark = {
  name: 'startup',
  title: `Startup: newsgraph --version (median of ${RUNS})`,
  async run(ctx) {
    const rows: [string, string[]][] = [
      ['node -e 0 (Node alone)', [process.execPath, '-e', '0']],
      ['newsgraph --version (compiled)', [process.execPath, join(ROOT, 'bin/newsgraph.js'), '--version']],
      ['tsx src/cli/main.ts --version (sources)', [process.execPath, join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), '--version']],
    ];
    const results = rows.map(([label, argv]) => ({ label, ...measure(argv) }));
    ctx.table(
      ['command', 'wall s', 'CPU s'],
      results.map((r) => [r.label, r.wall.toFixed(3), r.cpu.toFixed(3)]),
    );
    const compiled = results[1]!;
    ctx.line(`Target: newsgraph --version ≤ ${TARGET_S} s wall: ${compiled.wall <= TARGET_S ? 'met' : 'not met'} (${compiled.wall.toFixed(3)} s).`);
    ctx.result('startup_wall_s', compiled.wall);
    ctx.result('startup_cpu_s', compiled.cpu);
  },
};

export default startup;
