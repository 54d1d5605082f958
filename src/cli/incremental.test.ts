// A run after new articles keeps the last run's positions and places only the new nodes; the graph
// it writes is the one a run from scratch writes, positions aside.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate.js';
import { fromJson } from '../graph/json.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/newsgraph.js');

const extract = (args: string[]) => {
  const result = spawnSync('node', [BIN, 'extract', ...args, '--jobs', '2'], { encoding: 'utf8', timeout: 300_000 });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
};

/** graph.json with x and y left out of every node. */
function withoutPositions(file: string) {
  const graph = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { attributes: Record<string, unknown> }[] };
  for (const node of graph.nodes) delete node.attributes.x, delete node.attributes.y;
  return graph;
}

const positionsOf = (file: string) => {
  const graph = fromJson(readFileSync(file, 'utf8'));
  return new Map(graph.mapNodes((node, a) => [node, [a.x, a.y]]));
};

/** CSV rows without the named columns. */
function csvWithout(file: string, columns: string[]): string[][] {
  const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').trimEnd()).data;
  const drop = new Set(columns.map((c) => rows[0]!.indexOf(c)));
  return rows.map((row) => row.filter((_, i) => !drop.has(i)));
}

describe('extract after new articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-incremental-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Four runs of the command over 200 articles: minutes on a loaded 2-core machine.
  it('keeps the earlier positions, places the new nodes, and otherwise equals a run from scratch', () => {
    const [base, added] = [join(dir, 'base'), join(dir, 'added')];
    writeCorpus(base, { n: 200 });
    writeCorpus(added, { n: 2, start: 200 });
    const [incremental, scratch] = [join(dir, 'incremental'), join(dir, 'scratch')];

    expect(extract([base, '--out', incremental])).toMatch(/^Layout: full/m);
    const before = positionsOf(join(incremental, 'graph.json'));
    const stdout = extract([base, added, '--out', incremental]);
    expect(stdout).toMatch(/Extracted 2, from cache 200/);
    expect(stdout).toMatch(/^Layout: incremental/m);
    expect(extract([base, added, '--out', scratch, '--no-cache'])).toMatch(/^Layout: full/m);

    const after = positionsOf(join(incremental, 'graph.json'));
    const kept = [...before].filter(([node]) => after.has(node));
    expect(kept.length).toBeGreaterThan(0.9 * after.size);
    for (const [node, position] of kept) expect(after.get(node), node).toEqual(position);
    expect(after.size).toBeGreaterThan(kept.length);

    const inc = (file: string) => join(incremental, file);
    const fresh = (file: string) => join(scratch, file);
    expect(withoutPositions(inc('graph.json'))).toEqual(withoutPositions(fresh('graph.json')));
    expect(readFileSync(inc('articles.json'), 'utf8')).toBe(readFileSync(fresh('articles.json'), 'utf8'));
    expect(readFileSync(inc('edges.csv'), 'utf8')).toBe(readFileSync(fresh('edges.csv'), 'utf8'));
    expect(csvWithout(inc('nodes.csv'), ['X', 'Y'])).toEqual(csvWithout(fresh('nodes.csv'), ['X', 'Y']));
    const gexf = (file: string) => readFileSync(file, 'utf8').replace(/<viz:position [^>]*>/g, '');
    expect(gexf(inc('graph.gexf'))).toBe(gexf(fresh('graph.gexf')));

    // Asked to, the same run lays everything out again: the files from scratch, byte for byte.
    expect(extract([base, added, '--out', incremental, '--full-layout'])).toMatch(/^Layout: full/m);
    for (const file of ['graph.json', 'nodes.csv', 'graph.gexf']) expect(readFileSync(inc(file), 'utf8'), file).toBe(readFileSync(fresh(file), 'utf8'));
  }, 300_000);
});
