// Another commit's sources beside this checkout, for benchmarks that compare before and after in one
// run (--base COMMIT): extracted with git archive into the bench folder, using this checkout's
// node_modules, and run through tsx like the sources here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchContext } from './run.js';

export const ROOT = resolve(import.meta.dirname, '..');

/** The commit's tree (src and package.json), extracted once per commit. */
export function baseTree(ctx: BenchContext, commit: string): string {
  const sha = execFileSync('git', ['rev-parse', '--short', commit], { cwd: ROOT, encoding: 'utf8' }).trim();
  const tree = join(ctx.dir, `base-${sha}`);
  if (!existsSync(join(tree, 'src'))) {
    mkdirSync(tree, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} src package.json | tar -x -C '${tree}'`], { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  }
  return tree;
}

/** Runs a TypeScript module given as text in `tree` (its imports relative to the tree); its last output line, parsed as JSON. */
export function probeIn<T>(tree: string, code: string, args: string[] = []): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, ...args], { cwd: tree, encoding: 'utf8', maxBuffer: 1e8 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}
