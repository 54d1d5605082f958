import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { compareKeys } from '../graph/json.js';
import { round2, type ContractGraph } from './types.js';

/** FNV-1a: a tiny, stable string hash, so a node starts at the same place in every run. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Point in [-spread, spread]² derived from the key alone (never Math.random). */
export function seedPosition(key: string, spread: number): { x: number; y: number } {
  const unit = (salt: string) => hash32(salt + key) / 0xffffffff;
  return { x: (unit('x:') * 2 - 1) * spread, y: (unit('y:') * 2 - 1) * spread };
}

/**
 * Fewer iterations as graphs grow: small graphs converge fully, and a corpus of
 * thousands of entities still lays out in seconds on a laptop. Past 5,000 nodes it goes down
 * to 20 (from 12,500 nodes): a starting picture that the viewer's own ForceAtlas2 refines,
 * made in seconds rather than most of a minute for a 10,000-article corpus.
 */
export function iterationsFor(order: number): number {
  if (order > 5_000) return Math.max(20, Math.round(250_000 / order));
  return Math.max(50, Math.min(500, Math.round(50_000 / Math.max(order, 1))));
}

/**
 * Deterministic ForceAtlas2. The layout runs on a copy built in key order, because
 * FA2 visits nodes in insertion order: two builds of the same graph that merely added
 * nodes in another order must still get the same picture.
 */
export function assignPositions(graph: ContractGraph): void {
  if (graph.order === 0) return;
  const spread = 10 * Math.sqrt(graph.order);
  const sorted = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  for (const node of [...graph.nodes()].sort(compareKeys)) sorted.addNode(node, seedPosition(node, spread));
  for (const edge of [...graph.edges()].sort(compareKeys)) {
    const weight = graph.getEdgeAttribute(edge, 'weight');
    sorted.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), {
      weight: Number.isFinite(weight) && weight > 0 ? weight : 1,
    });
  }
  const positions = forceAtlas2(sorted, {
    iterations: iterationsFor(sorted.order),
    settings: forceAtlas2.inferSettings(sorted),
  });
  ringIsolatedNodes(sorted, positions);
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const p = positions[node]!;
      return { ...attributes, x: round2(p.x), y: round2(p.y) };
    },
    { attributes: ['x', 'y'] },
  );
}

/**
 * Nodes without edges (a name alone in its sentence) feel only repulsion in ForceAtlas2 and
 * drift far out, shrinking everything else on screen; they go on a ring just around the rest.
 */
function ringIsolatedNodes(graph: Graph, positions: Record<string, { x: number; y: number }>): void {
  const isolated = graph.filterNodes((node) => graph.degree(node) === 0);
  const connected = graph.filterNodes((node) => graph.degree(node) > 0);
  if (isolated.length === 0 || connected.length === 0) return;
  const cx = connected.reduce((sum, n) => sum + positions[n]!.x, 0) / connected.length;
  const cy = connected.reduce((sum, n) => sum + positions[n]!.y, 0) / connected.length;
  const radius = 1.1 * Math.max(...connected.map((n) => Math.hypot(positions[n]!.x - cx, positions[n]!.y - cy)), 1);
  isolated.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / isolated.length;
    positions[node] = { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
  });
}
