// Beyond what renders smoothly, the viewer opens on the most-mentioned part of the graph: a
// "shown" set of nodes that the filters intersect with, grown by the user one neighbourhood at
// a time. Pure functions over the graph; the view keeps the set.
import type { ContractGraph } from '../../graph/json.js';

export interface Budget {
  nodes: number;
  edges: number;
}

/**
 * Above either count the whole graph opens too slowly and hover and date-window updates take
 * longer than a frame in the benchmark (bench/viewer.ts, README "Viewer performance").
 */
export const SMOOTH: Budget = { nodes: 5_000, edges: 20_000 };
/** What a large graph opens on: well inside SMOOTH, leaving room to expand. */
export const OPENING: Budget = { nodes: 2_000, edges: 12_000 };

export const exceeds = (graph: ContractGraph, limits: Budget = SMOOTH): boolean => graph.order > limits.nodes || graph.size > limits.edges;

/** Most mentions first; ties by key so the same graph always opens on the same part. */
export function byMentions(graph: ContractGraph): string[] {
  const mentions = new Map<string, number>();
  graph.forEachNode((node, attrs) => mentions.set(node, attrs.mentions));
  return graph.nodes().sort((a, b) => mentions.get(b)! - mentions.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The most-mentioned nodes, taken in order until the node or the edge budget is reached (the
 * edges counted are those among the nodes taken). A node whose edges would overrun the edge
 * budget is skipped, so one hub cannot crowd out the rest.
 */
export function mostMentioned(graph: ContractGraph, budget: Budget = OPENING): Set<string> {
  const shown = new Set<string>();
  let edges = 0;
  for (const node of byMentions(graph)) {
    if (shown.size >= budget.nodes) break;
    let added = 0;
    graph.forEachEdge(node, (_edge, _attrs, source, target) => {
      const other = source === node ? target : source;
      if (shown.has(other) || other === node) added++;
    });
    if (edges + added > budget.edges) continue;
    shown.add(node);
    edges += added;
  }
  return shown;
}

/** Each edge whose two ends are both in `nodes`, visited once: costs the degrees of `nodes`, not the graph. */
export function forEachEdgeAmong(graph: ContractGraph, nodes: Set<string>, visit: (edge: string, source: string, target: string) => void): void {
  for (const node of nodes) {
    graph.forEachEdge(node, (edge, _attrs, source, target) => {
      // Seen from both ends: keep it from its source's side only.
      if (source === node && nodes.has(target)) visit(edge, source, target);
    });
  }
}

export function countEdgesAmong(graph: ContractGraph, nodes: Set<string>): number {
  let count = 0;
  forEachEdgeAmong(graph, nodes, () => count++);
  return count;
}

/** The node and every neighbour, added to a copy of `shown`. */
export function withNeighbours(graph: ContractGraph, shown: Set<string>, node: string): Set<string> {
  const next = new Set(shown);
  next.add(node);
  graph.forEachNeighbor(node, (neighbour) => next.add(neighbour));
  return next;
}

/** How many of the node's neighbours `shown` leaves out. */
export function hiddenNeighbours(graph: ContractGraph, shown: Set<string> | null, node: string): number {
  if (!shown) return 0;
  let hidden = 0;
  graph.forEachNeighbor(node, (neighbour) => {
    if (!shown.has(neighbour)) hidden++;
  });
  return hidden;
}
