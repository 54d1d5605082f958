// What the user has narrowed the graph to. Plain JSON, so it round-trips through the URL.
import type { ContractGraph } from '../../graph/json.js';
import type { EdgeType, NodeType } from '../../graph/types.js';
import { activeIn, type DayWindow, type Timeline } from './timeline.js';

export interface Filters {
  hiddenNodeTypes: NodeType[];
  hiddenEdgeTypes: EdgeType[];
  minMentions: number;
  /** Inclusive day numbers; null shows every date, undated items included. */
  window: DayWindow | null;
}

export const defaultFilters = (): Filters => ({ hiddenNodeTypes: [], hiddenEdgeTypes: [], minMentions: 0, window: null });

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The nodes and edges that pass every filter; an edge needs both of its ends shown. */
export function computeVisible(graph: ContractGraph, timeline: Timeline, filters: Filters): Visible {
  const hiddenNodeTypes = new Set(filters.hiddenNodeTypes);
  const hiddenEdgeTypes = new Set(filters.hiddenEdgeTypes);
  const active = filters.window ? activeIn(timeline, filters.window) : null;
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (hiddenNodeTypes.has(attrs.type) || attrs.mentions < filters.minMentions) return;
    if (active && !active.nodes.has(node)) return;
    nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (hiddenEdgeTypes.has(attrs.type) || !nodes.has(source) || !nodes.has(target)) return;
    if (active && !active.edges.has(edge)) return;
    edges.add(edge);
  });
  return { nodes, edges };
}
