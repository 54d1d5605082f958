// What the user has narrowed the graph to. Plain JSON, so it round-trips through the URL.
import type { ContractGraph } from '../../graph/json.js';
import type { EdgeAttributes, EdgeType, NodeAttributes, NodeType } from '../../graph/types.js';
import { forEachEdgeAmong } from './budget.js';
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

/**
 * The nodes and edges that pass every filter; an edge needs both of its ends shown. With a date
 * window only the items active in it are looked at: a narrow window dragged over a big graph
 * then costs what it shows, not what the graph holds. `shown`, when given, is the part of a large
 * graph on show (core/budget.ts): nodes outside it are hidden whatever the filters say, and
 * only its nodes and their edges are looked at.
 */
export function computeVisible(graph: ContractGraph, timeline: Timeline, filters: Filters, shown: Set<string> | null = null): Visible {
  const hiddenNodeTypes = new Set(filters.hiddenNodeTypes);
  const hiddenEdgeTypes = new Set(filters.hiddenEdgeTypes);
  const active = filters.window ? activeIn(timeline, filters.window) : null;
  const nodes = new Set<string>();
  const keepNode = (node: string, attrs: NodeAttributes) => {
    if (!hiddenNodeTypes.has(attrs.type) && attrs.mentions >= filters.minMentions) nodes.add(node);
  };
  if (active) {
    for (const node of active.nodes) if (!shown || shown.has(node)) keepNode(node, graph.getNodeAttributes(node));
  } else if (shown) for (const node of shown) keepNode(node, graph.getNodeAttributes(node));
  else graph.forEachNode(keepNode);
  const edges = new Set<string>();
  const keepEdge = (edge: string, attrs: EdgeAttributes, source: string, target: string) => {
    if (!hiddenEdgeTypes.has(attrs.type) && nodes.has(source) && nodes.has(target)) edges.add(edge);
  };
  if (active) for (const edge of active.edges) keepEdge(edge, graph.getEdgeAttributes(edge), graph.source(edge), graph.target(edge));
  else if (shown) forEachEdgeAmong(graph, nodes, (edge, source, target) => keepEdge(edge, graph.getEdgeAttributes(edge), source, target));
  else graph.forEachEdge(keepEdge);
  return { nodes, edges };
}

/** Above this many edges a graph drawn whole is a hairball of co-mentions. */
export const BIG_CORPUS_EDGES = 1_000;

/**
 * What a graph opens on when the link says nothing. A big corpus opens on its typed relations
 * (who attends which meeting, supplies, accuses, visits, holds which role) with the nodes they
 * leave alone hidden: co-mentions are most of its edges (4,086 of 5,530 over the 81 test articles)
 * and say only that two names share a sentence, so drawn they bury the relations an analyst asks
 * about. Ticking "Mentioned together" brings them back. A small graph opens whole.
 */
export function openingView(graph: ContractGraph): { filters: Filters; hideIsolated: boolean } {
  let typed = 0;
  graph.forEachEdge((_edge, attrs) => {
    if (attrs.type !== 'co_mention') typed++;
  });
  const big = graph.size > BIG_CORPUS_EDGES && typed > 0;
  return { filters: { ...defaultFilters(), hiddenEdgeTypes: big ? ['co_mention'] : [] }, hideIsolated: big };
}
