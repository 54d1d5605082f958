// Display attributes precomputed once, so the viewer and Gephi both open the graph laid out.

import { assignColors } from './colors.js';
import { assignPositions, assignPositionsWith, type LayoutInput } from './positions.js';
import { canPlaceIncrementally, type KnownPositions, placeNewNodes } from './incremental.js';
import { assignSizes } from './sizes.js';
import type { ContractGraph } from './types.js';

export { assignColors } from './colors.js';
export { assignPositions, iterationsFor, runForceAtlas2, seedPosition, type LayoutInput } from './positions.js';
export { assignSizes, nodeSize, MAX_NODE_SIZE, MIN_NODE_SIZE } from './sizes.js';
export { INCREMENTAL_SHARE, type KnownPositions } from './incremental.js';

export type LayoutKind = 'full' | 'incremental';

/**
 * Colours, sizes and positions in one call; same graph (and same known positions) in, same numbers
 * out. With the positions of an earlier run, only new nodes are placed, unless they are too many.
 */
export function layoutGraph(graph: ContractGraph, known?: KnownPositions): LayoutKind {
  if (keepsLayout(graph, known)) return 'incremental';
  assignPositions(graph);
  return 'full';
}

/** layoutGraph with ForceAtlas2's iterations run by `run` (on a worker thread, say): the same numbers. */
export async function layoutGraphWith(
  graph: ContractGraph,
  known: KnownPositions | undefined,
  run: (input: LayoutInput) => Promise<Float32Array>,
): Promise<LayoutKind> {
  if (keepsLayout(graph, known)) return 'incremental';
  await assignPositionsWith(graph, run);
  return 'full';
}

/** Colours and sizes; and, when the known positions can be kept, those with new nodes placed: true. */
function keepsLayout(graph: ContractGraph, known: KnownPositions | undefined): boolean {
  assignColors(graph);
  assignSizes(graph);
  if (!known || !canPlaceIncrementally(graph, known)) return false;
  placeNewNodes(graph, known);
  return true;
}
