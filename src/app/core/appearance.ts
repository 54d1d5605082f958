// How nodes look besides their type: size by mentions, connections, PageRank or betweenness
// (graphology-metrics), colour by Louvain community (graphology-communities-louvain), and the
// short labels meetings get on the canvas. Computed once per graph and mode, on a simple
// undirected copy of it: the metrics and Louvain read a relation as a tie, whatever its
// direction, and several relations between two nodes as one heavier tie.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ContractGraph } from '../../graph/json.js';
import { MAX_NODE_SIZE } from '../../layout/sizes.js';

export type SizeBy = 'mentions' | 'degree' | 'pagerank' | 'betweenness';
export type ColorBy = 'type' | 'community';

export const SIZE_MODES: readonly SizeBy[] = ['mentions', 'degree', 'pagerank', 'betweenness'];

/** The smallest size a scaled metric gets: small enough that the biggest stand out several times over. */
const MIN_SIZE = 2.5;

/** Undirected, simple, weighted by the number of relations between the two nodes; self-loops dropped. */
export function simpleCopy(graph: ContractGraph, nodes?: Set<string>): Graph {
  const simple = new Graph({ type: 'undirected', multi: false });
  graph.forEachNode((node) => {
    if (!nodes || nodes.has(node)) simple.addNode(node);
  });
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source === target || !simple.hasNode(source) || !simple.hasNode(target)) return;
    simple.updateEdge(source, target, (attrs: { weight?: number }) => ({ weight: (attrs.weight ?? 0) + 1 }));
  });
  return simple;
}

/**
 * Values spread over MIN_SIZE…MAX_NODE_SIZE from the smallest to the largest, by square root, so
 * the central few are several times the size of the median node.
 */
export function scaleSizes(values: Map<string, number>): Map<string, number> {
  let [min, max] = [Infinity, -Infinity];
  for (const value of values.values()) [min, max] = [Math.min(min, value), Math.max(max, value)];
  const sizes = new Map<string, number>();
  const range = max - min;
  for (const [node, value] of values) sizes.set(node, range > 0 ? MIN_SIZE + (MAX_NODE_SIZE - MIN_SIZE) * Math.sqrt((value - min) / range) : MIN_SIZE);
  return sizes;
}

export function metricSizes(graph: ContractGraph, mode: Exclude<SizeBy, 'mentions'>, nodes?: Set<string>): Map<string, number> {
  const simple = simpleCopy(graph, nodes);
  // Betweenness by hops (Brandes with breadth-first search): weighted, it runs Dijkstra from
  // every node, several times slower, for shortest paths nobody reads as distances here.
  const scores: Record<string, number> =
    mode === 'degree'
      ? Object.fromEntries(simple.mapNodes((node) => [node, simple.degree(node)]))
      : mode === 'pagerank'
        ? pagerank(simple, { getEdgeWeight: 'weight' })
        : betweenness(simple, { getEdgeWeight: null, normalized: true });
  return scaleSizes(new Map(Object.entries(scores)));
}

/** A palette that tells neighbouring communities apart (Tableau 10, then 10 lighter), grey for the rest. */
const PALETTE = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#a0cbe8', '#ffbe7d', '#ff9d9a', '#86bcb6', '#8cd17d', '#f1ce63', '#d4a6c8', '#fabfd2', '#d7b5a6', '#79706e',
];
const SMALL_COMMUNITY = '#cccccc';

/**
 * Louvain communities, seeded so the same graph always gets the same colours; the largest
 * communities get the palette in order of size, and the rest (single nodes and pairs mostly) grey.
 */
export function communityColors(graph: ContractGraph, nodes?: Set<string>): Map<string, string> {
  const simple = simpleCopy(graph, nodes);
  let seed = 1;
  // A small linear congruential generator: Louvain visits nodes in random order, and a fixed
  // sequence makes the partition (and so the colours) the same on every load.
  const rng = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const community: Record<string, number> = simple.size ? louvain(simple, { getEdgeWeight: 'weight', rng }) : {};
  const bySize = new Map<number, number>();
  for (const id of Object.values(community)) bySize.set(id, (bySize.get(id) ?? 0) + 1);
  const ranked = [...bySize].filter(([, size]) => size > 2).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const colorOf = new Map(ranked.slice(0, PALETTE.length).map(([id], i) => [id, PALETTE[i]!]));
  return new Map(simple.mapNodes((node) => [node, colorOf.get(community[node]!) ?? SMALL_COMMUNITY] as const));
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Meetings are labelled "Choe Son Hui – Sergei Lavrov, Russia, 2024-01-16" in full; on the canvas
 * they show who attends and the date, without the place ("Choe Son Hui – Sergei Lavrov 2024-01-16"),
 * and past two sides the first and a count ("Choe Son Hui +3 2024-01-16"). Names stay whole: which
 * part of a name is the family name depends on the culture (Choe Son Hui, Xi Jinping, Joko Widodo).
 * The full label stays in the tooltip and the details.
 */
export function canvasLabel(graph: ContractGraph, node: string, max = 60): string {
  const attrs = graph.getNodeAttributes(node);
  if (attrs.type !== 'meeting') return clip(attrs.label, max);
  const sides: string[] = [];
  graph.forEachInEdge(node, (_edge, edge, source) => {
    if (edge.type !== 'attends') return;
    const side = graph.getNodeAttributes(source);
    sides.push(side.label);
  });
  if (sides.length === 0) return clip(attrs.label, max);
  sides.sort();
  const who = sides.length > 2 ? `${sides[0]} +${sides.length - 1}` : sides.join(' – ');
  return clip(`${who}${attrs.date ? ` ${attrs.date}` : ''}`, max);
}
