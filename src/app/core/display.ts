// Display numbers derived once per graph: sizes by degree and the curvature that keeps
// several relations between the same two nodes apart.
import type { ContractGraph } from '../../graph/json.js';
import { nodeSize } from '../../layout/sizes.js';

/** Node sizes on the same scale as mention sizes, counting distinct neighbours. */
export function degreeSizes(graph: ContractGraph): Map<string, number> {
  const sizes = new Map<string, number>();
  graph.forEachNode((node) => {
    let neighbours = 0;
    graph.forEachNeighbor(node, () => neighbours++);
    sizes.set(node, nodeSize(neighbours));
  });
  return sizes;
}

const CURVE_STEP = 0.25;

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
      const offset = (i - (edges.length - 1) / 2) * CURVE_STEP;
      // A curve bends to the left of its direction, so an edge drawn the other way round
      // needs the opposite sign to land on the side it was given.
      const flipped = graph.source(edge) > graph.target(edge);
      curvatures.set(edge, offset === 0 ? 0 : flipped ? -offset : offset);
    });
  }
  return curvatures;
}
