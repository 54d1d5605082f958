// Display numbers derived once per graph: the curvature that keeps
// several relations between the same two nodes apart.
import type { ContractGraph } from '../../graph/json.js';
import type { Visible } from './filters.js';

const CURVE_STEP = 0.25;
/**
 * The widest a fan of parallel edges opens (from the outermost curve on one side to the other's).
 * Up to five edges get the full step; larger bundles are fanned more tightly. Uncapped, a pair of
 * hubs with twenty relations drew loops spanning the screen, and @sigma/edge-curve shades a box
 * of (length × curvature) per curve, which with software WebGL took seconds a frame.
 */
const MAX_FAN = 4 * CURVE_STEP;

/**
 * 0 for an edge alone between its two nodes; otherwise curvatures fanned symmetrically around
 * the straight line. Written here rather than with @sigma/edge-curve's indexer because that one
 * stores its results as graph attributes, which would leak into every export.
 */
export function parallelCurvatures(graph: ContractGraph): Map<string, number> {
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = byPair.get(pair);
    if (list) list.push(edge);
    else byPair.set(pair, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of byPair.values()) {
    edges.sort();
    edges.forEach((edge, i) => {
      if (edges.length === 1) return curvatures.set(edge, 0);
      const offset = (i - (edges.length - 1) / 2) * Math.min(CURVE_STEP, MAX_FAN / (edges.length - 1));
      // A curve bends to the left of its direction, so an edge drawn the other way round
      // needs the opposite sign to land on the side it was given.
      const flipped = graph.source(edge) > graph.target(edge);
      curvatures.set(edge, offset === 0 ? 0 : flipped ? -offset : offset);
    });
  }
  return curvatures;
}

/**
 * The visible part of the graph as a graph of its own, for the renderer. Sigma uploads and draws
 * every item of the graph it is given, hidden ones included (as empty shapes), on every frame; with
 * software WebGL each such item costs about as much as a drawn one, so a big graph narrowed to a
 * small part drew as slowly as the whole. The attribute objects are shared, not copied: a layout
 * moving the nodes of the whole graph moves these. Nodes keep the graph's order, so which node
 * is drawn over which does not depend on the filters; edges are taken from the visible set, so a
 * narrow date window costs what it shows rather than the whole graph's edges.
 */
export function drawnGraph(graph: ContractGraph, visible: Visible): ContractGraph {
  const drawn = graph.nullCopy() as ContractGraph;
  graph.forEachNode((node, attributes) => {
    if (visible.nodes.has(node)) drawn.addNode(node, attributes);
  });
  for (const edge of visible.edges) {
    const [source, target] = graph.extremities(edge);
    const attributes = graph.getEdgeAttributes(edge);
    if (graph.isUndirected(edge)) drawn.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else drawn.addDirectedEdgeWithKey(edge, source, target, attributes);
  }
  return drawn;
}
