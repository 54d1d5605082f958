// Hand corrections to a graph (corrections.json): merge two nodes, rename, change type, delete a
// node, mark a meeting wrong. The viewer records them as the user curates and saves the file;
// `newsgraph extract --corrections FILE` applies them to the graph it builds, so a fix survives
// re-extraction. Each correction names the node by key; one whose key the graph no longer has is
// reported, never dropped silently. Pure functions over a graph, shared by the CLI and the viewer.
import { NODE_TYPES, edgeTypeDef } from './registry.js';
import { array, object, oneOf, ShapeError, string, type ContractGraph } from './json.js';
import type { EdgeAttributes, NodeAttributes, NodeType } from './types.js';

export type Correction =
  | { op: 'merge'; key: string; into: string; at: string }
  | { op: 'rename'; key: string; label: string; at: string }
  | { op: 'retype'; key: string; type: NodeType; at: string }
  | { op: 'delete'; key: string; at: string }
  /** The meeting did not take place as told (a misread): it leaves the graph. */
  | { op: 'reject'; key: string; at: string };

export interface CorrectionsFile {
  corrections: Correction[];
}

export const OPS = ['merge', 'rename', 'retype', 'delete', 'reject'] as const;

/** Reads a corrections file, naming the file and the entry that is wrong. */
export function parseCorrections(text: string, file: string): Correction[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
  try {
    return array(object(data, 'the file').corrections, 'corrections').map((item, i) => {
      const path = `corrections[${i}]`;
      const fields = object(item, path);
      const op = oneOf(fields.op, OPS, `${path}.op`);
      const base = { key: string(fields.key, `${path}.key`), at: string(fields.at, `${path}.at`) };
      if (op === 'merge') return { op, ...base, into: string(fields.into, `${path}.into`) };
      if (op === 'rename') return { op, ...base, label: string(fields.label, `${path}.label`) };
      if (op === 'retype') return { op, ...base, type: oneOf(fields.type, NODE_TYPES.map((d) => d.id), `${path}.type`) };
      return { op, ...base };
    });
  } catch (error) {
    throw new Error(error instanceof ShapeError ? `${file}: ${error.path} ${error.problem}` : `${file}: ${(error as Error).message}`);
  }
}

export const correctionsJson = (corrections: Correction[]): string => `${JSON.stringify({ corrections }, null, 2)}\n`;

export const describeCorrection = (c: Correction): string =>
  c.op === 'merge'
    ? `merge ${c.key} into ${c.into}`
    : c.op === 'rename'
      ? `rename ${c.key} to "${c.label}"`
      : c.op === 'retype'
        ? `change ${c.key} to ${c.type}`
        : c.op === 'delete'
          ? `delete ${c.key}`
          : `mark meeting ${c.key} wrong`;

const union = (a: readonly string[] = [], b: readonly string[] = []) => [...new Set([...a, ...b])].sort();
const earlier = (a: string, b: string) => (!a ? b : !b ? a : a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);

function edgeKeyOf(type: EdgeAttributes['type'], source: string, target: string): string {
  if (edgeTypeDef(type).directed) return `${type}:${source}->${target}`;
  const [a, b] = source < target ? [source, target] : [target, source];
  return `${type}:${a}--${b}`;
}

/** Two edges of one type between the same ends become one, with every sentence of both. */
function joinEdges(into: EdgeAttributes, from: EdgeAttributes): EdgeAttributes {
  const seen = new Set(into.evidence.map((e) => JSON.stringify(e)));
  const evidence = [...into.evidence, ...from.evidence.filter((e) => !seen.has(JSON.stringify(e)))];
  const joined: EdgeAttributes = {
    ...into,
    weight: evidence.length,
    evidence,
    dates: union(into.dates, from.dates),
    start: earlier(into.start, from.start),
    end: later(into.end, from.end),
  };
  if (into.claimed_by || from.claimed_by) joined.claimed_by = union(into.claimed_by, from.claimed_by);
  if (into.denied_by || from.denied_by) joined.denied_by = union(into.denied_by, from.denied_by);
  return joined;
}

/** Moves every edge of `from` onto `to` (dropping the ones that would join `to` to itself), then drops `from`. */
function moveEdges(graph: ContractGraph, from: string, to: string): void {
  for (const edge of graph.edges(from)) {
    const attrs = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge).map((end) => (end === from ? to : end)) as [string, string];
    if (source === target) continue;
    const key = edgeKeyOf(attrs.type, source, target);
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, joinEdges(graph.getEdgeAttributes(key), attrs));
    else if (graph.isDirected(edge)) graph.addDirectedEdgeWithKey(key, source, target, { ...attrs });
    else graph.addUndirectedEdgeWithKey(key, source, target, { ...attrs });
  }
  graph.dropNode(from);
}

function mergeNodes(graph: ContractGraph, from: string, into: string): void {
  const a = graph.getNodeAttributes(into);
  const b = graph.getNodeAttributes(from);
  const merged: NodeAttributes = {
    ...a,
    aliases: union(a.aliases, [a.label, ...b.aliases, b.label]),
    mentions: a.mentions + b.mentions,
    articles: union(a.articles, b.articles),
    start: earlier(a.start, b.start),
    end: later(a.end, b.end),
  };
  if (a.role || b.role) merged.role = union(a.role, b.role);
  graph.replaceNodeAttributes(into, merged);
  moveEdges(graph, from, into);
}

/** `<type>:<rest of the key>`: a node whose type changes takes the key it would have had. */
const retypedKey = (key: string, type: NodeType) => `${type}:${key.slice(key.indexOf(':') + 1)}`;

/** Why a correction cannot be applied to this graph, or null. */
function problem(graph: ContractGraph, c: Correction): string | null {
  if (!graph.hasNode(c.key)) return `no node ${c.key} in this graph`;
  if (c.op === 'merge' && !graph.hasNode(c.into)) return `no node ${c.into} in this graph`;
  if (c.op === 'merge' && c.into === c.key) return 'a node cannot be merged into itself';
  if (c.op === 'reject' && graph.getNodeAttribute(c.key, 'type') !== 'meeting') return `${c.key} is not a meeting`;
  return null;
}

export interface Skipped {
  index: number;
  correction: Correction;
  reason: string;
}

export interface Applied {
  /** The corrections that could not be applied, and why. */
  skipped: Skipped[];
  /** Keys that left the graph: the key they went into (merge, change of type), or null (deleted). */
  moved: Map<string, string | null>;
}

/** Applies the corrections in order, in place. */
export function applyCorrections(graph: ContractGraph, corrections: readonly Correction[]): Applied {
  const skipped: Skipped[] = [];
  const moved = new Map<string, string | null>();
  const follow = (key: string, to: string | null) => {
    for (const [from, into] of moved) if (into === key) moved.set(from, to);
    moved.set(key, to);
  };
  corrections.forEach((c, index) => {
    const reason = problem(graph, c);
    if (reason) return skipped.push({ index, correction: c, reason });
    if (c.op === 'merge') {
      mergeNodes(graph, c.key, c.into);
      follow(c.key, c.into);
    } else if (c.op === 'delete' || c.op === 'reject') {
      graph.dropNode(c.key);
      follow(c.key, null);
    }
    else if (c.op === 'rename') {
      const attrs = graph.getNodeAttributes(c.key);
      graph.replaceNodeAttributes(c.key, { ...attrs, label: c.label, aliases: union(attrs.aliases, [attrs.label]) });
    } else {
      const to = retypedKey(c.key, c.type);
      if (to === c.key) return;
      if (!graph.hasNode(to)) graph.addNode(to, { ...graph.getNodeAttributes(c.key), type: c.type, aliases: [], mentions: 0, articles: [] });
      mergeNodes(graph, c.key, to);
      follow(c.key, to);
    }
  });
  return { skipped, moved };
}

/** An article's mentions after the corrections: pointing at the node their node went into, or gone with it. */
export function movedMentions<T extends { node: string }>(mentions: T[], moved: Map<string, string | null>): T[] {
  if (moved.size === 0) return mentions;
  return mentions.flatMap((m) => {
    const to = moved.get(m.node);
    return to === undefined ? [m] : to === null ? [] : [{ ...m, node: to }];
  });
}
