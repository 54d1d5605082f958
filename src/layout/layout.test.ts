import Graph from 'graphology';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyNewsGraph, fixtureGraph, hostileFixtureGraph, type FixtureGraph } from '../graph/fixture.js';
import { NODE_TYPES } from '../graph/registry.js';
import { assignPositions, iterationsFor, layoutGraph, MAX_NODE_SIZE, MIN_NODE_SIZE, nodeSize } from './index.js';
import { ringIsolatedNodes } from './positions.js';

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

describe('layoutGraph with the positions of an earlier run', () => {
  /** A ring of n people, each mentioned with the next, laid out in full. */
  function ring(n: number): FixtureGraph {
    const graph: FixtureGraph = new Graph({ type: 'mixed', multi: true });
    const node = (i: number) => ({ label: `P${i}`, type: 'person' as const, aliases: [], mentions: 1, articles: [], start: '2024-01-01', end: '2024-01-01', x: 0, y: 0, size: 1, color: '' });
    for (let i = 0; i < n; i++) graph.addNode(`person:p${i}`, node(i));
    for (let i = 0; i < n; i++) {
      const [a, b] = [`person:p${i}`, `person:p${(i + 1) % n}`];
      graph.addUndirectedEdgeWithKey(`co_mention:${i}`, a, b, { type: 'co_mention', weight: 1, label: '', evidence: [], dates: [] } as never);
    }
    return graph;
  }
  const positions = (graph: FixtureGraph) => new Map(graph.mapNodes((n, a) => [n, { x: a.x, y: a.y }]));

  it('keeps known positions and puts a new node beside its neighbours, the same way every time', () => {
    const before = ring(40);
    expect(layoutGraph(before)).toBe('full');
    const known = positions(before);
    const grown = ring(40);
    grown.addNode('person:new', { ...grown.getNodeAttributes('person:p0'), label: 'New' });
    grown.addUndirectedEdgeWithKey('co_mention:new-a', 'person:new', 'person:p3', grown.getEdgeAttributes('co_mention:0'));
    grown.addUndirectedEdgeWithKey('co_mention:new-b', 'person:new', 'person:p4', grown.getEdgeAttributes('co_mention:0'));
    expect(layoutGraph(grown, known)).toBe('incremental');
    for (const [node, p] of known) expect(grown.getNodeAttributes(node)).toMatchObject(p);
    const placed = grown.getNodeAttributes('person:new');
    const [a, b] = [known.get('person:p3')!, known.get('person:p4')!];
    const midpoint = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const far = Math.max(...[...known.values()].map((p) => Math.hypot(p.x - midpoint.x, p.y - midpoint.y)));
    expect(Math.hypot(placed.x - midpoint.x, placed.y - midpoint.y)).toBeLessThan(far / 10);
    const again: FixtureGraph = new Graph({ type: 'mixed', multi: true });
    again.import(grown.export());
    layoutGraph(again, known);
    expect(display(again)).toEqual(display(grown));
  });

  it('lays everything out again past the share of new nodes it places alone', () => {
    const known = positions(ring(40));
    known.delete('person:p1');
    known.delete('person:p2');
    expect(layoutGraph(ring(40), known)).toBe('incremental');
    known.delete('person:p3');
    expect(layoutGraph(ring(40), known)).toBe('full');
  });
});

describe('a graph of a big corpus', () => {
  it('rings its isolated nodes around a million connected ones', () => {
    const n = 1_000_000;
    const positions = Array.from({ length: n + 1 }, (_, i) => ({ x: (i % 1000) - 500, y: Math.floor(i / 1000) - 500 }));
    const degree = new Uint32Array(n + 1).fill(1);
    degree[n] = 0;
    ringIsolatedNodes(positions, degree);
    const farthest = positions.slice(0, n).reduce((far, p) => Math.max(far, Math.hypot(p.x, p.y)), 0);
    expect(Math.hypot(positions[n]!.x, positions[n]!.y)).toBeGreaterThanOrEqual(farthest);
  });
});
