// Display attributes precomputed once, so the viewer and Gephi both open the graph laid out.

import { assignColors } from './colors.js';
import { assignPositions } from './positions.js';
import { assignSizes } from './sizes.js';
import type { ContractGraph } from './types.js';

export { assignColors } from './colors.js';
export { assignPositions, iterationsFor, seedPosition } from './positions.js';
export { assignSizes, nodeSize, MAX_NODE_SIZE, MIN_NODE_SIZE } from './sizes.js';

/** Colours, sizes and positions in one call; same graph in, same numbers out. */
export function layoutGraph(graph: ContractGraph): void {
  assignColors(graph);
  assignSizes(graph);
  assignPositions(graph);
}
