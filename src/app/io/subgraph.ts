// "Current view" exports: the nodes and edges the filters and the date window leave visible,
// copied with all their attributes. Graph attributes (title, generator, the article list) are
// kept whole: an article list longer than the view costs nothing and keeps evidence readable.

import Graph from 'graphology';
import type { ContractGraph } from '../../graph/json.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/types.js';
import type { Visible } from '../core/filters.js';

const clone = <T>(value: T): T => structuredClone(value);

export function viewSubgraph(graph: ContractGraph, visible: Visible): ContractGraph {
  const sub = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true });
  sub.replaceAttributes(clone(graph.getAttributes()));
  graph.forEachNode((node, attributes) => {
    if (visible.nodes.has(node)) sub.addNode(node, clone(attributes));
  });
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    // An edge needs both ends; computeVisible guarantees it, a stale set might not.
    if (!visible.edges.has(edge) || !sub.hasNode(source) || !sub.hasNode(target)) return;
    if (undirected) sub.addUndirectedEdgeWithKey(edge, source, target, clone(attributes));
    else sub.addDirectedEdgeWithKey(edge, source, target, clone(attributes));
  });
  return sub;
}
