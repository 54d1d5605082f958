// Display attributes precomputed once, so the viewer and Gephi both open the graph laid out.

import { assignColors } from './colors.js';
import { assignPositions } from './positions.js';
import { canPlaceIncrementally, type KnownPositions, placeNewNodes } from './incremental.js';
import { assignSizes } from './sizes.js';
import type { ContractGraph } from './types.js';

export { assignColors } from './colors.js';
export { assignPositions, iterationsFor, seedPosition } from './positions.js';
export { assignSizes, nodeSize, MAX_NODE_SIZE, MIN_NODE_SIZE } from './sizes.js';
export { INCREMENTAL_SHARE, type KnownPositions } from './incremental.js';

export type LayoutKind = 'full' | 'incremental';

/**
 * Colours, sizes and positions in one call; same graph (and same known positions) in, same numbers
 * out. With the positions of an earlier run, only new nodes are placed, unless they are too many.
 */
export function layoutGraph(graph: ContractGraph, known?: KnownPositions): LayoutKind {
  assignColors(graph);
  assignSizes(graph);
  if (known && canPlaceIncrementally(graph, known)) {
    placeNewNodes(graph, known);
    return 'incremental';
  }
  assignPositions(graph);
  return 'full';
}
