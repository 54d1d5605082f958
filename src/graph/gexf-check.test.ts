// Our GEXF through the shared checker (xmllint's RELAX NG and XSD, networkx's reader): external
// programs in child processes, so a system test.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutGraph } from '../layout/index.js';
import { emptyNewsGraph, fixtureGraph, fixtureTextMap, hostileFixtureGraph, type FixtureGraph } from './fixture.js';
import { toGexf } from './gexf.js';

// CI clones the repository with shared/ beside it.
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHECKER = join(REPO_ROOT, '..', 'shared', 'gexf', 'check-gexf');
const workDir = mkdtempSync(join(tmpdir(), 'newsgraph-gexf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const laidOut = (graph: FixtureGraph) => {
  layoutGraph(graph);
  return graph;
};

/** Runs the shared checker; a missing tool is a failure, never a skip. */
function checkGexf(name: string, xml: string): string {
  const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (xmllint.error) {
    throw new Error('xmllint is not installed, so the GEXF cannot be validated: run `apt-get install -y libxml2-utils`');
  }
  if (!existsSync(CHECKER)) throw new Error(`GEXF checker not found at ${CHECKER} (shared/ must sit beside the repository)`);
  const file = join(workDir, `${name}.gexf`);
  writeFileSync(file, xml);
  const run = spawnSync(CHECKER, ['--tolerate-xsd-viz', file], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.error, String(run.error)).toBeUndefined();
  expect(run.status, output).toBe(0);
  const summary = output.trim().split('\n').pop()!;
  expect(summary).toMatch(/^gexf ok: 1\.3 valid\b.*dynamic=yes/);
  return summary;
}

describe('toGexf and check-gexf', () => {
  it('passes check-gexf (RELAX NG, XSD, networkx) with hostile strings, mixed edges and partial dates', () => {
    const summary = checkGexf('hostile', toGexf(laidOut(hostileFixtureGraph()), fixtureTextMap()));
    // 9 edges, 3 of them co-mentions, which networkx reads as a pair each (type="mutual").
    expect(summary).toContain('networkx 11 nodes 12 edges');
  });

  it('passes check-gexf for an all-undirected graph and for an empty one', () => {
    const coMentions = laidOut(fixtureGraph());
    coMentions.filterEdges((_e, a) => a.type !== 'co_mention').forEach((edge) => coMentions.dropEdge(edge));
    const xml = toGexf(coMentions);
    expect(xml).toContain('defaultedgetype="undirected"');
    checkGexf('undirected', xml);
    checkGexf('empty', toGexf(emptyNewsGraph()));
  });

});
