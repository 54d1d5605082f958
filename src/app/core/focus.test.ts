import { describe, expect, it } from 'vitest';
import { emptyNewsGraph } from '../../graph/fixture.js';
import type { EdgeType } from '../../graph/types.js';
import { createView } from '../controllers/view.js';
import { defaultFilters } from './filters.js';
import { focusedNodes, narrow, noFocus } from './focus.js';

/** a – b – c – d in a chain (b–c a role edge), e alone. */
function chain() {
  const graph = emptyNewsGraph('chain');
  for (const key of ['a', 'b', 'c', 'd', 'e']) {
    graph.addNode(key, { label: key, type: 'person', aliases: [key], mentions: 1, articles: [], start: '2024-01-01', end: '2024-01-01', x: 0, y: 0, size: 1, color: '#000' });
  }
  const edge = (source: string, target: string, type: EdgeType) =>
    graph.addUndirectedEdgeWithKey(`${source}${target}`, source, target, { type, weight: 1, label: '', dates: [], evidence: [] } as never);
  edge('a', 'b', 'co_mention');
  edge('b', 'c', 'role');
  edge('c', 'd', 'co_mention');
  return graph;
}

const all = (graph: ReturnType<typeof chain>) => ({ nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) });

describe('focus', () => {
  it('keeps the root and its neighbours one or two hops away', () => {
    const graph = chain();
    expect(focusedNodes(graph, all(graph), { ...noFocus(), roots: ['b'] })).toEqual(new Set(['b', 'a', 'c']));
    expect(focusedNodes(graph, all(graph), { ...noFocus(), roots: ['a'], hops: 2 })).toEqual(new Set(['a', 'b', 'c']));
    expect(focusedNodes(graph, all(graph), { ...noFocus(), roots: ['a'], hops: 0 })).toBeNull();
  });

  it('reaches neighbours only through relations that are shown', () => {
    const graph = chain();
    const visible = { nodes: new Set(graph.nodes()), edges: new Set(['ab', 'cd']) };
    expect(narrow(graph, visible, { ...noFocus(), roots: ['b'], hops: 2 }).nodes).toEqual(new Set(['b', 'a']));
  });

  it('adds the neighbourhoods of expanded nodes, one hop each', () => {
    const graph = chain();
    const narrowed = narrow(graph, all(graph), { ...noFocus(), roots: ['a', 'c'] });
    expect(narrowed.nodes).toEqual(new Set(['a', 'b', 'c', 'd']));
    expect(narrowed.edges).toEqual(new Set(['ab', 'bc', 'cd']));
  });

  it('hides isolated nodes', () => {
    const graph = chain();
    expect(narrow(graph, all(graph), { ...noFocus(), hideIsolated: true }).nodes).toEqual(new Set(['a', 'b', 'c', 'd']));
  });

  it('follows the selection in the view: select focuses, expand and collapse grow and shrink, clearing shows all', () => {
    const view = createView(chain(), new Map(), defaultFilters(), { budget: false });
    view.select('a');
    expect(view.state.visible.nodes).toEqual(new Set(['a', 'b']));
    // A node inside the focus is selected without moving it.
    view.select('b');
    expect(view.state.focus.roots).toEqual(['a']);
    view.expand('b');
    expect(view.state.visible.nodes).toEqual(new Set(['a', 'b', 'c']));
    view.collapse('b');
    expect(view.state.visible.nodes).toEqual(new Set(['a', 'b']));
    view.setFocus({ hops: 2 });
    expect(view.state.visible.nodes).toEqual(new Set(['a', 'b', 'c']));
    view.select(null);
    expect(view.state.visible.nodes.size).toBe(5);
  });
});
