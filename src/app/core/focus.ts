// Focus: the selected node with its neighbours (one or two hops), plus the neighbourhoods the user
// expanded, hiding the rest of what the filters let through; and "hide isolated nodes". Pure
// functions over the graph and the filtered sets, so the view and the tests share them.
import type { ContractGraph } from '../../graph/json.js';
import type { Visible } from './filters.js';

export type Hops = 0 | 1 | 2;

export interface Focus {
  /** The node the focus was opened on first, then the nodes whose neighbours were added (Expand). */
  roots: string[];
  /** How far from the first root the focus reaches; 0 turns focus off (selection only marks the node). */
  hops: Hops;
  hideIsolated: boolean;
}

export const noFocus = (): Focus => ({ roots: [], hops: 1, hideIsolated: false });

/** Neighbours through the edges that are shown, so a hidden relation type does not pull nodes in. */
function neighbourhood(graph: ContractGraph, visible: Visible, from: string, hops: number, into: Set<string>): void {
  if (!visible.nodes.has(from)) return;
  into.add(from);
  let frontier = [from];
  for (let step = 0; step < hops; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        const other = source === node ? target : source;
        if (!visible.edges.has(edge) || into.has(other)) return;
        into.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
}

/** The nodes the focus keeps, or null when there is no focus. */
export function focusedNodes(graph: ContractGraph, visible: Visible, focus: Focus): Set<string> | null {
  if (focus.hops === 0 || focus.roots.length === 0) return null;
  const nodes = new Set<string>();
  focus.roots.forEach((root, i) => neighbourhood(graph, visible, root, i === 0 ? focus.hops : 1, nodes));
  return nodes;
}

/** What the filters let through, narrowed to the focus and without isolated nodes when asked. */
export function narrow(graph: ContractGraph, visible: Visible, focus: Focus): Visible {
  const kept = focusedNodes(graph, visible, focus);
  if (!kept && !focus.hideIsolated) return visible;
  const nodes = kept ?? visible.nodes;
  const edges = new Set<string>();
  const linked = new Set<string>();
  for (const edge of visible.edges) {
    const [source, target] = graph.extremities(edge);
    if (!nodes.has(source) || !nodes.has(target)) continue;
    edges.add(edge);
    if (source !== target) linked.add(source).add(target);
  }
  if (!focus.hideIsolated) return { nodes, edges };
  const roots = new Set(focus.roots);
  return { nodes: new Set([...nodes].filter((node) => linked.has(node) || roots.has(node))), edges };
}
