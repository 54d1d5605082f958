import Graph from 'graphology';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyNewsGraph, fixtureGraph, hostileFixtureGraph, type FixtureGraph } from '../graph/fixture.js';
import { NODE_TYPES } from '../graph/registry.js';
import { assignPositions, iterationsFor, layoutGraph, MAX_NODE_SIZE, MIN_NODE_SIZE, nodeSize } from './index.js';

const display = (graph: FixtureGraph) =>
  graph.mapNodes((node, a) => [node, a.x, a.y, a.size, a.color] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));

/** Same content, nodes and edges added in reverse order. */
function reversed(graph: FixtureGraph): FixtureGraph {
  const copy: FixtureGraph = new Graph({ type: 'mixed', multi: true });
  copy.replaceAttributes(graph.getAttributes());
  for (const node of [...graph.nodes()].reverse()) copy.addNode(node, graph.getNodeAttributes(node));
  for (const edge of [...graph.edges()].reverse()) {
    const add = graph.isUndirected(edge) ? copy.addUndirectedEdgeWithKey : copy.addDirectedEdgeWithKey;
    add.call(copy, edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  }
  return copy;
}

describe('layoutGraph', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives identical positions, sizes and colours on every run, without Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('layout must not use Math.random');
    });
    const first = hostileFixtureGraph();
    const second = hostileFixtureGraph();
    layoutGraph(first);
    layoutGraph(second);
    expect(display(second)).toEqual(display(first));
  });

  it('does not depend on the order nodes and edges were added in', () => {
    const graph = fixtureGraph();
    const other = reversed(graph);
    layoutGraph(graph);
    layoutGraph(other);
    expect(display(other)).toEqual(display(graph));
  });

  it('rounds coordinates to two decimals and spreads nodes apart', () => {
    const graph = hostileFixtureGraph();
    layoutGraph(graph);
    const seen = new Set<string>();
    graph.forEachNode((_node, a) => {
      for (const v of [a.x, a.y, a.size]) {
        expect(Number.isFinite(v)).toBe(true);
        expect(Math.round(v * 100) / 100).toBe(v);
      }
      seen.add(`${a.x},${a.y}`);
    });
    expect(seen.size).toBe(graph.order);
  });

  it('colours nodes from the registry and sizes them by mentions', () => {
    const graph = fixtureGraph();
    layoutGraph(graph);
    graph.forEachNode((_node, a) => {
      expect(a.color).toBe(NODE_TYPES.find((d) => d.id === a.type)!.color);
      expect(a.size).toBe(nodeSize(a.mentions));
    });
    expect(nodeSize(0)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(1)).toBeGreaterThan(nodeSize(0));
    expect(nodeSize(9)).toBeGreaterThan(nodeSize(4));
    expect(nodeSize(1e6)).toBe(MAX_NODE_SIZE);
    expect(nodeSize(Number.NaN)).toBe(MIN_NODE_SIZE);
  });

  it('handles an empty graph, a single node and edgeless graphs', () => {
    const empty = emptyNewsGraph();
    expect(() => layoutGraph(empty)).not.toThrow();

    const single = fixtureGraph();
    single.clearEdges();
    for (const node of single.nodes().slice(1)) single.dropNode(node);
    layoutGraph(single);
    const only = single.getNodeAttributes(single.nodes()[0]!);
    expect(Number.isFinite(only.x) && Number.isFinite(only.y)).toBe(true);

    const edgeless = fixtureGraph();
    edgeless.clearEdges();
    assignPositions(edgeless);
    const spots = new Set(edgeless.mapNodes((_n, a) => `${a.x},${a.y}`));
    expect(spots.size).toBe(edgeless.order);
  });

  it('runs fewer iterations on bigger graphs, within bounds', () => {
    expect(iterationsFor(0)).toBe(500);
    expect(iterationsFor(10)).toBe(500);
    expect(iterationsFor(1000)).toBe(50);
    expect(iterationsFor(5_000)).toBe(50);
    expect(iterationsFor(10_000)).toBe(25);
    expect(iterationsFor(100_000)).toBe(20);
    expect(iterationsFor(200)).toBeLessThan(iterationsFor(100));
  });
});

describe('nodes without edges', () => {
  it('stay on a ring just around the connected nodes instead of drifting away', () => {
    const graph = fixtureGraph();
    const base = graph.getNodeAttributes(graph.nodes()[0]!);
    for (let i = 0; i < 6; i++) graph.addNode(`place:lonely-${i}`, { ...base, label: `Lonely ${i}` });
    assignPositions(graph);
    const connected = graph.filterNodes((n) => graph.degree(n) > 0);
    const isolated = graph.filterNodes((n) => graph.degree(n) === 0);
    const cx = connected.reduce((s, n) => s + graph.getNodeAttribute(n, 'x'), 0) / connected.length;
    const cy = connected.reduce((s, n) => s + graph.getNodeAttribute(n, 'y'), 0) / connected.length;
    const distance = (n: string) => Math.hypot(graph.getNodeAttribute(n, 'x') - cx, graph.getNodeAttribute(n, 'y') - cy);
    const reach = Math.max(...connected.map(distance));
    for (const n of isolated) {
      expect(distance(n)).toBeGreaterThan(reach);
      expect(distance(n)).toBeLessThanOrEqual(1.1 * reach + 0.02);
    }
  });
});
