import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { compareKeys } from '../graph/json.js';
import { round2, type ContractGraph } from './types.js';

type Point = { x: number; y: number };

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

// The node and edge records of graphology-layout-forceatlas2's iteration (its helpers.js):
// x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed; source, target, weight.
const PER_NODE = 10;
const PER_EDGE = 3;

/** What ForceAtlas2 runs on: the library's node and edge matrices, the settings and how long. */
export interface LayoutInput {
  nodes: Float32Array;
  edges: Float32Array;
  iterations: number;
  settings: Required<ForceAtlas2Settings>;
}

/**
 * ForceAtlas2 by the library's own iteration on its byte arrays, which are filled, in key order,
 * as the library would fill them from a copy of the graph built in key order (FA2 visits nodes in
 * insertion order: two builds of the same graph that merely added nodes in another order must
 * still get the same picture), without making that copy: for a 10,000-article graph it took
 * seconds and hundreds of megabytes. The input is plain typed arrays, so the iterations can run
 * on another thread (`assignPositionsWith`).
 */
export function prepareLayout(graph: ContractGraph): { nodes: string[]; degree: Uint32Array; input: LayoutInput } {
  const nodes = [...graph.nodes()].sort(compareKeys);
  const { nodeMatrix, edgeMatrix, degree } = layoutArrays(graph, nodes);
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(nodes.length) };
  return { nodes, degree, input: { nodes: nodeMatrix, edges: edgeMatrix, iterations: iterationsFor(nodes.length), settings } };
}

/** Runs the iterations; gives the node matrix with the positions. Thread-agnostic. */
export function runForceAtlas2({ nodes, edges, iterations, settings }: LayoutInput): Float32Array {
  for (let i = iterations; i > 0; i--) iterate(settings, nodes, edges);
  return nodes;
}

/** Deterministic ForceAtlas2 positions for every node, on this thread. */
export function assignPositions(graph: ContractGraph): void {
  if (graph.order === 0) return;
  const prepared = prepareLayout(graph);
  applyPositions(graph, prepared, runForceAtlas2(prepared.input));
}

/** The same, with the iterations run by `run` (on a worker thread, say). */
export async function assignPositionsWith(graph: ContractGraph, run: (input: LayoutInput) => Promise<Float32Array>): Promise<void> {
  if (graph.order === 0) return;
  const prepared = prepareLayout(graph);
  applyPositions(graph, prepared, await run(prepared.input));
}

function applyPositions(graph: ContractGraph, { nodes, degree }: { nodes: string[]; degree: Uint32Array }, matrix: Float32Array): void {
  const positions = nodes.map((_, i) => ({ x: matrix[i * PER_NODE]!, y: matrix[i * PER_NODE + 1]! }));
  ringIsolatedNodes(positions, degree);
  const at = new Map(nodes.map((node, i) => [node, positions[i]!]));
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const p = at.get(node)!;
      return { ...attributes, x: round2(p.x), y: round2(p.y) };
    },
    { attributes: ['x', 'y'] },
  );
}

/** The library's matrices for the nodes in the given order and the edges in key order, and each node's degree. */
function layoutArrays(graph: ContractGraph, nodes: string[]) {
  const spread = 10 * Math.sqrt(nodes.length);
  const index = new Map(nodes.map((node, i) => [node, i]));
  const nodeMatrix = new Float32Array(nodes.length * PER_NODE);
  nodes.forEach((node, i) => {
    const { x, y } = seedPosition(node, spread);
    nodeMatrix.set([x, y, 0, 0, 0, 0, 1, 1, 1, 0], i * PER_NODE);
  });
  const edges = [...graph.edges()].sort(compareKeys);
  const edgeMatrix = new Float32Array(edges.length * PER_EDGE);
  const degree = new Uint32Array(nodes.length);
  edges.forEach((edge, e) => {
    const [source, target] = graph.extremities(edge).map((node) => index.get(node)!) as [number, number];
    const stated = graph.getEdgeAttribute(edge, 'weight');
    const weight = Number.isFinite(stated) && stated > 0 ? stated : 1;
    // Mass is one plus the weighted degree, as the library makes it.
    for (const end of [source, target]) {
      nodeMatrix[end * PER_NODE + 6] = nodeMatrix[end * PER_NODE + 6]! + weight;
      degree[end] = degree[end]! + 1;
    }
    edgeMatrix.set([source * PER_NODE, target * PER_NODE, weight], e * PER_EDGE);
  });
  return { nodeMatrix, edgeMatrix, degree };
}

/**
 * Nodes without edges (a name alone in its sentence) feel only repulsion in ForceAtlas2 and
 * drift far out, shrinking everything else on screen; they go on a ring just around the rest.
 */
export function ringIsolatedNodes(positions: Point[], degree: Uint32Array): void {
  const isolated = positions.filter((_, i) => degree[i] === 0);
  const connected = positions.filter((_, i) => degree[i]! > 0);
  if (isolated.length === 0 || connected.length === 0) return;
  const cx = connected.reduce((sum, p) => sum + p.x, 0) / connected.length;
  const cy = connected.reduce((sum, p) => sum + p.y, 0) / connected.length;
  // A fold, not Math.max(...): a corpus of 100,000 articles has more connected nodes than a call has room for arguments.
  const radius = 1.1 * connected.reduce((far, p) => Math.max(far, Math.hypot(p.x - cx, p.y - cy)), 1);
  isolated.forEach((p, i) => {
    const angle = (2 * Math.PI * i) / isolated.length;
    Object.assign(p, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
  });
}
