// The shortest chain of shown relations between two nodes, whatever their direction:
// an analyst asks "how is A connected to B", not "can A reach B".
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { ContractGraph } from '../../graph/json.js';
import type { Visible } from './filters.js';

export interface Path {
  nodes: string[];
  /** One shown edge for each step of the path. */
  edges: string[];
}

export function shortestPath(graph: ContractGraph, visible: Visible, from: string, to: string): Path | null {
  if (!visible.nodes.has(from) || !visible.nodes.has(to)) return null;
  const shown = new Graph({ type: 'undirected', multi: false });
  for (const node of visible.nodes) shown.addNode(node);
  const stepEdge = new Map<string, string>();
  const stepKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const edge of visible.edges) {
    const [a, b] = graph.extremities(edge);
    if (a === b) continue;
    const key = stepKey(a, b);
    if (stepEdge.has(key)) continue;
    stepEdge.set(key, edge);
    shown.addEdge(a, b);
  }
  const nodes = bidirectional(shown, from, to);
  if (!nodes) return null;
  return { nodes, edges: nodes.slice(1).map((node, i) => stepEdge.get(stepKey(nodes[i]!, node))!) };
}
