import { nodeTypeDef } from '../graph/registry.js';
import type { ContractGraph } from './types.js';

/** Colours each node from the type registry, so the viewer, Gephi and the legend agree. */
export function assignColors(graph: ContractGraph): void {
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, color: nodeTypeDef(attributes.type).color }), {
    attributes: ['color'],
  });
}
