import { describe, expect, it } from 'vitest';
import { bigGraph } from '../../../bench/big-graph.js';
import { fixtureGraph } from '../../graph/fixture.js';
import { createView } from '../controllers/view.js';
import { byMentions, countEdgesAmong, exceeds, hiddenNeighbours, mostMentioned, withNeighbours } from './budget.js';
import { computeVisible, defaultFilters } from './filters.js';
import { dayNumber } from '../../graph/days.js';
import { indexTimeline } from './timeline.js';

describe('budget for large graphs', () => {
  const graph = bigGraph({ nodes: 3000, edges: 12_000, seed: 7, articles: 50 });

  it('takes the most-mentioned nodes until the node or the edge budget is reached', () => {
    const order = byMentions(graph);
    const shown = mostMentioned(graph, { nodes: 200, edges: 100_000 });
    expect(shown.size).toBe(200);
    expect([...shown]).toEqual(order.slice(0, 200));
    const tight = mostMentioned(graph, { nodes: 1000, edges: 500 });
    expect(countEdgesAmong(graph, tight)).toBeLessThanOrEqual(500);
    expect(tight.size).toBeGreaterThan(0);
    // The very top is always taken (it brings no edge of its own).
    expect(tight.has(order[0]!)).toBe(true);
  });

  it('counts each edge among a set of nodes once', () => {
    const shown = mostMentioned(graph, { nodes: 300, edges: 100_000 });
    const expected = graph.filterEdges((_e, _a, source, target) => shown.has(source) && shown.has(target)).length;
    expect(countEdgesAmong(graph, shown)).toBe(expected);
  });

  it('expands a node by its neighbours and says how many it hid', () => {
    const shown = mostMentioned(graph, { nodes: 100, edges: 100_000 });
    const node = [...shown][0]!;
    const hidden = hiddenNeighbours(graph, shown, node);
    expect(hidden).toBeGreaterThan(0);
    const grown = withNeighbours(graph, shown, node);
    expect(grown.size).toBe(shown.size + hidden);
    expect(hiddenNeighbours(graph, grown, node)).toBe(0);
    expect(hiddenNeighbours(graph, null, node)).toBe(0);
  });

  it('only applies above the smooth limits', () => {
    expect(exceeds(fixtureGraph())).toBe(false);
    expect(exceeds(graph, { nodes: 5000, edges: 20_000 })).toBe(false);
    expect(exceeds(graph, { nodes: 2000, edges: 20_000 })).toBe(true);
  });
});

describe('computeVisible with a shown set', () => {
  const graph = bigGraph({ nodes: 2000, edges: 8000, seed: 3, articles: 50 });
  const timeline = indexTimeline(graph);
  const shown = mostMentioned(graph, { nodes: 300, edges: 100_000 });

  it('is the filters intersected with the shown nodes, edges needing both ends', () => {
    for (const filters of [
      defaultFilters(),
      { ...defaultFilters(), hiddenNodeTypes: ['person' as const], minMentions: 2 },
      { ...defaultFilters(), window: { from: dayNumber('2022-01-01'), to: dayNumber('2022-03-31') } },
    ]) {
      const all = computeVisible(graph, timeline, filters);
      const part = computeVisible(graph, timeline, filters, shown);
      expect([...part.nodes].sort()).toEqual([...all.nodes].filter((n) => shown.has(n)).sort());
      expect([...part.edges].sort()).toEqual(
        [...all.edges].filter((e) => shown.has(graph.source(e)) && shown.has(graph.target(e))).sort(),
      );
    }
  });
});

describe('view on a large graph', () => {
  const graph = bigGraph({ nodes: 6000, edges: 24_000, seed: 5, articles: 50 });

  it('opens on the most-mentioned part, expands, reveals chosen nodes and shows all', () => {
    const view = createView(graph, new Map());
    const { shown } = view.state;
    expect(shown).not.toBeNull();
    expect(view.state.visible.nodes.size).toBe(shown!.size);
    expect(view.state.shownEdges).toBe(countEdgesAmong(graph, shown!));
    const changes: string[] = [];
    view.onChange((change) => changes.push(change));

    const node = [...shown!][0]!;
    view.expand(node);
    expect(view.state.shown!.size).toBe(shown!.size + hiddenNeighbours(graph, shown, node));
    expect(changes).toEqual(['shown']);

    const outside = graph.nodes().find((n) => !view.state.shown!.has(n))!;
    view.select(outside);
    expect(view.state.shown!.has(outside)).toBe(true);
    expect(view.state.visible.nodes.has(outside)).toBe(true);
    expect(view.state.selected).toBe(outside);

    view.showAll();
    expect(view.state.shown).toBeNull();
    expect(view.state.filtered.nodes.size).toBe(graph.order);
    expect(view.state.filtered.edges.size).toBe(graph.size);
    // The selection's focus still narrows what is drawn, until the selection is cleared.
    expect(view.state.visible.nodes.size).toBe(1 + graph.neighbors(outside).length);
    view.select(null);
    expect(view.state.visible.nodes.size).toBe(graph.order);
  });

  it('opens small graphs, and any graph when asked to, whole', () => {
    expect(createView(fixtureGraph(), new Map()).state.shown).toBeNull();
    expect(createView(graph, new Map(), defaultFilters(), { budget: false }).state.shown).toBeNull();
  });

  it('keeps the path as sets for the reducers', () => {
    const view = createView(graph, new Map(), defaultFilters(), { budget: false });
    const [a, b] = [...graph.edges()].map((e) => graph.extremities(e))[0]!;
    view.pickPathEnd(a);
    view.pickPathEnd(b);
    expect(view.state.path).not.toBeNull();
    expect([...view.state.onPath!.nodes]).toEqual(view.state.path!.nodes);
    view.pickPathEnd(null);
    expect(view.state.onPath).toBeNull();
  });
});
