// networkx reads our GEXF and GraphML with co-mentions undirected: networkx holds one graph
// kind per file, so in a graph with directed relations an undirected tie is a pair of opposite
// edges (see gexf.ts and graphml.ts); in an all-undirected graph it is one undirected edge.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutGraph } from '../layout/index.js';
import { fixtureGraph, fixtureTextMap, hostileFixtureGraph, type FixtureGraph } from './fixture.js';
import { stripInvalidXml, toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/nx-edges.py', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'newsgraph-nx-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Read {
  directed: boolean;
  multigraph: boolean;
  nodes: number;
  labels: Record<string, string>;
  edges: [string, string, string][];
}

function readWithNetworkx(name: string, text: string): Read {
  const file = join(workDir, name);
  writeFileSync(file, text);
  const run = spawnSync('python3', [SCRIPT, file], { encoding: 'utf8' });
  expect(run.error, 'python3 with networkx is needed (scripts/test.sh installs python3-networkx)').toBeUndefined();
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Read;
}

/** Every edge as networkx should hold it: a directed relation once, an undirected one both ways when the graph is directed. */
function expected(graph: FixtureGraph, directedGraph: boolean): [string, string, string][] {
  const edges: [string, string, string][] = [];
  graph.forEachEdge((_e, a, s, t, _sa, _ta, undirected) => {
    const [source, target] = [stripInvalidXml(s), stripInvalidXml(t)];
    edges.push([source, target, a.type]);
    if (undirected && directedGraph && source !== target) edges.push([target, source, a.type]);
  });
  return edges.sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
}

const sorted = (edges: [string, string, string][]) => [...edges].sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));

describe.each([
  ['gexf', (g: FixtureGraph) => toGexf(g, fixtureTextMap())],
  ['graphml', (g: FixtureGraph) => toGraphml(g, fixtureTextMap())],
] as const)('networkx reads our %s', (format, write) => {
  it('in a mixed graph: directed relations one way, each co-mention both ways', () => {
    const graph = hostileFixtureGraph();
    layoutGraph(graph);
    expect(graph.directedSize).toBeGreaterThan(0);
    expect(graph.undirectedSize).toBeGreaterThan(0);
    const read = readWithNetworkx(`mixed.${format}`, write(graph));
    expect(read.directed).toBe(true);
    expect(read.multigraph).toBe(true);
    expect(read.nodes).toBe(graph.order);
    expect(sorted(read.edges)).toEqual(expected(graph, true));
    // Hostile labels (markup, quotes, control characters) come back as text.
    graph.forEachNode((node, a) => expect(read.labels[stripInvalidXml(node)]).toBe(stripInvalidXml(a.label)));
  });

  it('is byte-stable', () => {
    const graph = hostileFixtureGraph();
    layoutGraph(graph);
    const again = hostileFixtureGraph();
    layoutGraph(again);
    expect(write(again)).toBe(write(graph));
  });

  it('in a graph of co-mentions only: an undirected graph, one edge each', () => {
    const graph = fixtureGraph();
    graph.filterEdges((_e, a) => a.type !== 'co_mention').forEach((edge) => graph.dropEdge(edge));
    layoutGraph(graph);
    const read = readWithNetworkx(`undirected.${format}`, write(graph));
    expect(read.directed).toBe(false);
    expect(read.edges.length).toBe(graph.size);
    expect(read.edges.every(([, , type]) => type === 'co_mention')).toBe(true);
  });
});
