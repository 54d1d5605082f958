import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types.js';

export type ContractGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Two decimals: enough for any screen, and stops float noise from changing the files. */
export const round2 = (value: number): number => {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
};
