// When each node and edge holds, as day intervals, indexed once per graph so that moving the
// date window only scans flat typed arrays (DESIGN.md: reducers over precomputed sets).
import type { ContractGraph } from '../../graph/json.js';
import { dateSpan, dayNumber } from '../../graph/days.js';

export interface DayWindow {
  from: number;
  to: number;
}

export interface Timeline {
  edges: string[];
  sources: string[];
  targets: string[];
  /** Interval i of edge e is [starts[k], ends[k]] for k in offsets[e] .. offsets[e+1]. */
  offsets: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Nodes without edges are dated by their own first and last evidence. */
  loneNodes: { node: string; from: number; to: number }[];
  /** One entry per dated piece of evidence: the first day it holds for (for the histogram). */
  evidenceDays: Int32Array;
  /** The span of all dated evidence, or null when nothing is dated. */
  extent: DayWindow | null;
}

export function indexTimeline(graph: ContractGraph): Timeline {
  const edges = graph.edges();
  const offsets = new Int32Array(edges.length + 1);
  const starts: number[] = [];
  const ends: number[] = [];
  const evidenceDays: number[] = [];
  const spans = new Map<string, [number, number]>();
  const spanOf = (date: string) => {
    let span = spans.get(date);
    if (!span) {
      const { start, end } = dateSpan(date);
      span = [dayNumber(start), dayNumber(end)];
      spans.set(date, span);
    }
    return span;
  };
  edges.forEach((edge, e) => {
    offsets[e] = starts.length;
    const seen = new Set<string>();
    for (const { date } of graph.getEdgeAttribute(edge, 'evidence')) {
      if (!date) continue;
      const span = spanOf(date);
      evidenceDays.push(span[0]);
      if (seen.has(date)) continue;
      seen.add(date);
      starts.push(span[0]);
      ends.push(span[1]);
    }
  });
  offsets[edges.length] = starts.length;

  const loneNodes = graph
    .filterNodes((node, attrs) => graph.degree(node) === 0 && Boolean(attrs.start && attrs.end))
    .map((node) => ({
      node,
      from: dayNumber(graph.getNodeAttribute(node, 'start')),
      to: dayNumber(graph.getNodeAttribute(node, 'end')),
    }));

  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < starts.length; k++) {
    min = Math.min(min, starts[k]!);
    max = Math.max(max, ends[k]!);
  }
  for (const lone of loneNodes) {
    min = Math.min(min, lone.from);
    max = Math.max(max, lone.to);
  }
  return {
    edges,
    sources: edges.map((edge) => graph.source(edge)),
    targets: edges.map((edge) => graph.target(edge)),
    offsets,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    loneNodes,
    evidenceDays: Int32Array.from(evidenceDays).sort(),
    extent: min <= max ? { from: min, to: max } : null,
  };
}

/**
 * Edges with evidence in the window, and the nodes they touch (plus edgeless nodes dated in it).
 * Undated evidence never falls in a window.
 */
export function activeIn(timeline: Timeline, window: DayWindow): { nodes: Set<string>; edges: Set<string> } {
  const { edges: keys, sources, targets, offsets, starts, ends } = timeline;
  const edges = new Set<string>();
  const nodes = new Set<string>();
  for (let e = 0; e < keys.length; e++) {
    for (let k = offsets[e]!; k < offsets[e + 1]!; k++) {
      if (starts[k]! <= window.to && ends[k]! >= window.from) {
        edges.add(keys[e]!);
        nodes.add(sources[e]!);
        nodes.add(targets[e]!);
        break;
      }
    }
  }
  for (const lone of timeline.loneNodes) if (lone.from <= window.to && lone.to >= window.from) nodes.add(lone.node);
  return { nodes, edges };
}
