// graph.graphml for Cytoscape, yEd and Gephi (and networkx's read_graphml).
//
// Written by hand: graphology-graphml only parses, and no maintained npm package writes GraphML
// from a graphology graph. The format is flat keys and data; escaping is shared with the GEXF writer.
//
// Direction: GraphML marks an undirected edge in a directed graph with `directed="false"`, but
// networkx refuses any edge whose direction differs from `edgedefault`. So a graph with directed
// relations is written as directed, and each undirected relation (co-mention) as a pair of
// opposite edges (`<id>` and `<id>~`) carrying `undirected=true`: networkx, Cytoscape and yEd read
// a symmetric pair, which is how a directed graph holds an undirected tie (PageRank and
// betweenness see it as one undirected edge; in- and out-degree count it once each). A graph
// with only undirected relations is written undirected, one edge each.

import { bestEvidence, type EvidenceTexts } from './articles.js';
import { escapeXml } from './gexf.js';
import { compareKeys, type ContractGraph } from './json.js';
import { evidenceRefsJson } from './lean.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './types.js';

type KeyType = 'string' | 'int' | 'double' | 'boolean';
type Value = string | number | boolean | readonly string[] | undefined;

interface Key<A> {
  name: string;
  type: KeyType;
  value: (attributes: A) => Value;
}

const finite = (value: number | undefined): number | undefined =>
  value !== undefined && Number.isFinite(value) ? value : undefined;

// Lists have no GraphML type: they are JSON arrays in a string, which every reader keeps as text.
const NODE_KEYS: Key<NodeAttributes>[] = [
  { name: 'label', type: 'string', value: (a) => a.label },
  { name: 'type', type: 'string', value: (a) => a.type },
  { name: 'aliases', type: 'string', value: (a) => a.aliases },
  { name: 'mentions', type: 'int', value: (a) => finite(a.mentions) },
  { name: 'articles', type: 'string', value: (a) => a.articles },
  { name: 'start_date', type: 'string', value: (a) => a.start },
  { name: 'end_date', type: 'string', value: (a) => a.end },
  { name: 'role', type: 'string', value: (a) => a.role },
  { name: 'country', type: 'string', value: (a) => a.country },
  { name: 'lat', type: 'double', value: (a) => finite(a.lat) },
  { name: 'lng', type: 'double', value: (a) => finite(a.lng) },
  { name: 'date', type: 'string', value: (a) => a.date },
  { name: 'status', type: 'string', value: (a) => a.status },
  { name: 'place', type: 'string', value: (a) => a.place },
  { name: 'kind', type: 'string', value: (a) => a.kind },
  { name: 'mode', type: 'string', value: (a) => a.mode },
  { name: 'host', type: 'string', value: (a) => a.host },
  { name: 'confidence', type: 'double', value: (a) => finite(a.confidence) },
  { name: 'x', type: 'double', value: (a) => finite(a.x) },
  { name: 'y', type: 'double', value: (a) => finite(a.y) },
  { name: 'size', type: 'double', value: (a) => finite(a.size) },
  { name: 'color', type: 'string', value: (a) => a.color },
];


const edgeKeys = (texts: EvidenceTexts): Key<EdgeAttributes>[] => [
  { name: 'type', type: 'string', value: (a) => a.type },
  { name: 'label', type: 'string', value: (a) => a.label },
  { name: 'weight', type: 'double', value: (a) => finite(a.weight) },
  { name: 'dates', type: 'string', value: (a) => a.dates },
  { name: 'start_date', type: 'string', value: (a) => a.start },
  { name: 'end_date', type: 'string', value: (a) => a.end },
  { name: 'evidence_count', type: 'int', value: (a) => a.evidence?.length ?? 0 },
  { name: 'evidence', type: 'string', value: (a) => bestEvidence(texts, a.evidence ?? [])?.text },
  { name: 'evidence_refs', type: 'string', value: (a) => evidenceRefsJson(a.evidence ?? []) },
  { name: 'claimed_by', type: 'string', value: (a) => a.claimed_by },
  { name: 'denied_by', type: 'string', value: (a) => a.denied_by },
];

/** Marks both edges of an undirected relation's pair in a directed graph. */
const UNDIRECTED_KEY: Key<{ undirected: boolean }> = { name: 'undirected', type: 'boolean', value: (a) => a.undirected || undefined };

const keyLines = (domain: 'node' | 'edge', prefix: string, keys: Key<never>[]) =>
  keys.map((k) => `  <key id="${prefix}_${k.name}" for="${domain}" attr.name="${k.name}" attr.type="${k.type}"/>`);

function dataLines<A>(prefix: string, keys: Key<A>[], attributes: A): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = key.value(attributes);
    if (value === undefined) continue;
    const text = Array.isArray(value) ? JSON.stringify(value) : key.type === 'int' ? String(Math.round(value as number)) : String(value);
    lines.push(`      <data key="${prefix}_${key.name}">${escapeXml(text)}</data>`);
  }
  return lines;
}

const block = (lines: string[]) => `${lines.join('\n')}\n`;

/** GraphML with every node and edge sorted by key, so the file is byte-stable. */
export function toGraphml(graph: ContractGraph, texts: EvidenceTexts = new Map()): string {
  return [...toGraphmlChunks(graph, texts)].join('');
}

/** toGraphml's text one node or edge at a time. */
export function* toGraphmlChunks(graph: ContractGraph, texts: EvidenceTexts = new Map()): Generator<string> {
  const keys = edgeKeys(texts);
  const meta: Partial<GraphAttributes> = graph.getAttributes();
  const directed = graph.directedSize > 0;
  yield block([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>',
    ...keyLines('node', 'n', NODE_KEYS as Key<never>[]),
    ...keyLines('edge', 'e', keys as Key<never>[]),
    ...(directed ? keyLines('edge', 'e', [UNDIRECTED_KEY as Key<never>]) : []),
    `  <graph id="G" edgedefault="${directed ? 'directed' : 'undirected'}">`,
    ...(meta.title ? [`    <data key="g_title">${escapeXml(meta.title)}</data>`] : []),
  ]);
  for (const node of [...graph.nodes()].sort(compareKeys)) {
    yield block([`    <node id="${escapeXml(node)}">`, ...dataLines('n', NODE_KEYS, graph.getNodeAttributes(node)), '    </node>']);
  }
  for (const edge of [...graph.edges()].sort(compareKeys)) {
    const data = dataLines('e', keys, graph.getEdgeAttributes(edge));
    const [source, target] = [escapeXml(graph.source(edge)), escapeXml(graph.target(edge))];
    const pair = directed && graph.isUndirected(edge) && source !== target;
    const marked = pair ? [...data, ...dataLines('e', [UNDIRECTED_KEY], { undirected: true })] : data;
    const element = (id: string, from: string, to: string) => [`    <edge id="${escapeXml(id)}" source="${from}" target="${to}">`, ...marked, '    </edge>'];
    yield block([...element(edge, source, target), ...(pair ? element(`${edge}~`, target, source) : [])]);
  }
  yield block(['  </graph>', '</graphml>']);
}
