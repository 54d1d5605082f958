import { round2, type ContractGraph } from './types.js';

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 24;
const SIZE_PER_SQRT_MENTION = 2;

/**
 * Square root so that a node mentioned a hundred times does not dwarf the rest:
 * area, not radius, then grows roughly with mentions.
 */
export function nodeSize(mentions: number): number {
  const safe = Number.isFinite(mentions) && mentions > 0 ? mentions : 0;
  return round2(Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + SIZE_PER_SQRT_MENTION * Math.sqrt(safe)));
}

export function assignSizes(graph: ContractGraph): void {
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, size: nodeSize(attributes.mentions) }), {
    attributes: ['size'],
  });
}
