// What a user's worst day looks like: the run is killed mid-write, the input is huge, the
// files are hostile. The previous outputs must survive whole and loadable.

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticlesJson } from '../graph/articles.js';
import { fromJson } from '../graph/json.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/newsgraph.js');
const OUTPUTS = ['articles.json', 'edges.csv', 'graph.gexf', 'graph.json', 'nodes.csv'];
const tempDir = () => mkdtempSync(join(tmpdir(), 'newsgraph-'));

/** Every output parses: JSON through our validators, GEXF as well-formed XML (xmllint), CSV with a header. */
function assertLoadable(dir: string): void {
  fromJson(readFileSync(join(dir, 'graph.json'), 'utf8'));
  parseArticlesJson(readFileSync(join(dir, 'articles.json'), 'utf8'));
  const xml = spawnSync('xmllint', ['--noout', join(dir, 'graph.gexf')], { encoding: 'utf8' });
  expect(xml.status, xml.stderr).toBe(0);
  expect(readFileSync(join(dir, 'nodes.csv'), 'utf8')).toMatch(/^Id,Label,/);
  expect(readFileSync(join(dir, 'edges.csv'), 'utf8')).toMatch(/^Id,Source,Target,/);
}

describe('a run killed at any moment', () => {
  it('leaves the previous outputs whole and loadable, and the next run cleans up after it', async () => {
    // A corpus big enough that a run lasts a few seconds: the seeds, many times over.
    const corpus = tempDir();
    const seeds = readdirSync(join(ROOT, 'seeds'));
    for (let copy = 0; copy < 60; copy++) for (const seed of seeds) copyFileSync(join(ROOT, 'seeds', seed), join(corpus, `${copy}-${seed}`));
    const out = tempDir();
    const first = spawnSync('node', [BIN, 'extract', join(ROOT, 'seeds'), '--out', out], { encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    const before = Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(out, f), 'utf8')]));

    for (const delay of [300, 900, 1500, 2100, 2700, 3300, 3900, 4500]) {
      const child = spawn('node', [BIN, 'extract', corpus, '--out', out], { stdio: 'ignore' });
      // Listened for from the start: a run that finds its articles cached may finish before the kill.
      const exited = new Promise((done) => child.once('exit', done));
      await new Promise((done) => setTimeout(done, delay));
      child.kill('SIGKILL');
      await exited;
      // Old files or, once a run got as far as renaming, complete new ones: loadable either way.
      assertLoadable(out);
    }

    // --full-layout: a run that completed left its positions, which this one would otherwise keep.
    const last = spawnSync('node', [BIN, 'extract', join(ROOT, 'seeds'), '--out', out, '--full-layout'], { encoding: 'utf8' });
    expect(last.status, last.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const file of OUTPUTS) expect(readFileSync(join(out, file), 'utf8')).toBe(before[file]);
  }, 120_000);
});

describe('inputs that are too much or plain hostile', () => {
  it('reads a 10 MB single-line file and a 100 MB text file with bounded memory, and names bad files', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    const sentence = 'Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Jakarta pada Selasa. ';
    writeFileSync(join(dir, 'in', 'one line.txt'), sentence.repeat(Math.ceil(10e6 / sentence.length)));
    const paragraph = `${sentence}\n`.repeat(200);
    writeFileSync(join(dir, 'in', 'huge ünïcode.txt'), paragraph.repeat(Math.ceil(100e6 / paragraph.length)));
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    writeFileSync(join(dir, 'in', 'random.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    copyFileSync(join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds'))[0]!), join(dir, 'in', 'good.txt'));

    const result = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', 'node', BIN, 'extract', join(dir, 'in'), '--out', join(dir, 'out')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/empty\.txt: .*empty/);
    expect(result.stderr).toMatch(/random\.txt: /);
    expect(result.stderr).toMatch(/huge ünïcode\.txt: \d+ MB is too big for one news page/);
    expect(result.stderr).toMatch(/one line\.txt: article "one-line" is 10\.0 million characters long/);
    const graph = fromJson(readFileSync(join(dir, 'out', 'graph.json'), 'utf8'));
    expect(graph.getAttribute('articles').map((a) => a.file).sort()).toEqual(
      expect.arrayContaining([expect.stringContaining('good.txt')]),
    );
    const rssMb = Number(/maxrss_kb=(\d+)/.exec(result.stderr)![1]) / 1024;
    expect(rssMb).toBeLessThan(1000);
  }, 120_000);
});
