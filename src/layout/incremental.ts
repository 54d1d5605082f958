// Positions for a graph that grew: the nodes an earlier run placed keep their place, and each new
// node goes beside the neighbours it has, so adding a few articles needs no ForceAtlas2 run over
// the whole graph. Past a share of new nodes the picture would drift from what FA2 gives, so the
// caller lays the whole graph out again.

import { compareKeys } from '../graph/json.js';
import { seedPosition } from './positions.js';
import { round2, type ContractGraph } from './types.js';

export type Point = { x: number; y: number };
/** Positions kept from an earlier run, by node key. */
export type KnownPositions = ReadonlyMap<string, Point>;

/** New nodes are placed beside their neighbours while they are at most this share of all nodes. */
export const INCREMENTAL_SHARE = 0.05;

/** Whether the graph can keep `known` and place only what is new (see INCREMENTAL_SHARE). */
export function canPlaceIncrementally(graph: ContractGraph, known: KnownPositions): boolean {
  let fresh = 0;
  graph.forEachNode((node) => {
    if (!known.has(node)) fresh++;
  });
  return fresh < graph.order && fresh <= INCREMENTAL_SHARE * graph.order;
}

/**
 * Keeps every known position and places each new node at the mean of its placed neighbours,
 * nudged by a small offset from its key (so two new nodes with the same neighbours do not sit on
 * one point). New nodes are visited in key order and placed ones count as neighbours for later
 * ones; a new node with no placed neighbour at all goes at a point from its key inside the picture.
 */
export function placeNewNodes(graph: ContractGraph, known: KnownPositions): void {
  const placed = new Map<string, Point>();
  graph.forEachNode((node) => {
    const p = known.get(node);
    if (p) placed.set(node, p);
  });
  const extent = Math.max(1, ...[...placed.values()].map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))));
  const nudge = extent / Math.sqrt(graph.order) / 4;
  const fresh = graph.filterNodes((node) => !placed.has(node)).sort(compareKeys);
  for (const node of fresh) {
    const around = graph.neighbors(node).filter((n) => placed.has(n)).sort(compareKeys);
    const offset = seedPosition(node, around.length ? nudge : extent);
    const mean = around.reduce((sum, n) => ({ x: sum.x + placed.get(n)!.x / around.length, y: sum.y + placed.get(n)!.y / around.length }), { x: 0, y: 0 });
    placed.set(node, { x: round2(mean.x + offset.x), y: round2(mean.y + offset.y) });
  }
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const p = placed.get(node)!;
      return { ...attributes, x: p.x, y: p.y };
    },
    { attributes: ['x', 'y'] },
  );
}
