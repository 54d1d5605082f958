// graph.gexf for Gephi: dynamic GEXF 1.3 (valid against the official RELAX NG schema).
//
// Written by hand rather than with graphology-gexf because that writer emits no time data
// at all (no mode, timeformat, start/end or spells), so Gephi would get no timeline. The
// format is small and flat; one escaping helper is all an XML builder would add.

import { compareKeys, type ContractGraph } from './json.js';
import { evidenceRefsJson } from './lean.js';
import { edgeTypeDef, nodeTypeDef } from './registry.js';
import { bestEvidence, type EvidenceTexts } from './articles.js';
import type { ArticleMeta, EdgeAttributes, GraphAttributes, IsoDay, NodeAttributes, PartialDate } from './types.js';
import { dateSpan, nextDay as dayAfter } from './days.js';

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF even as character
// references, so they are dropped rather than escaped.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// Tab, LF and CR are written as references: a parser would otherwise normalise them to
// spaces inside attribute values, and evidence sentences must come back verbatim.
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

// Everything but the characters escapeXml changes or drops: most text is all of these (the
// fast path), and astral characters, which need the full check, send it to the slow one.
const PLAIN_XML = /^[\u0020\u0021\u0023-\u0025\u0028-\u003B\u003D\u003F-\uD7FF\uE000-\uFFFD]*$/;

export const stripInvalidXml = (text: string): string => (PLAIN_XML.test(text) ? text : text.replace(INVALID_XML_CHARS, ''));

export const escapeXml = (text: string): string =>
  PLAIN_XML.test(text) ? text : text.replace(INVALID_XML_CHARS, '').replace(/[&<>"'\t\n\r]/g, (c) => REFERENCES[c]!);

/**
 * escapeXml for a value between single quotes, where a double quote needs no reference: the
 * attribute values that hold JSON lists (evidence references, aliases, dates) are mostly double
 * quotes, and `&quot;` made them six times as long.
 */
const escapeSingleQuoted = (text: string): string =>
  text.replace(INVALID_XML_CHARS, '').replace(/[&<>'\t\n\r]/g, (c) => REFERENCES[c]!);

const attrs = (pairs: [string, string | number | undefined][]): string =>
  pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

// ---------------------------------------------------------------- values

/** GEXF 1.3 list syntax as Gephi and graphology-gexf read it: `["a", "b, c"]`. */
const listValue = (items: readonly string[]): string =>
  `[${items.map((item) => JSON.stringify(stripInvalidXml(item))).join(', ')}]`;

const finite = (value: number | undefined): number | undefined =>
  value !== undefined && Number.isFinite(value) ? value : undefined;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isoDay = (value: string | undefined): IsoDay | undefined => (value && ISO_DAY.test(value) ? value : undefined);

/** `[start, end]` with start <= end; the checker and Gephi both reject reversed intervals. */
function interval(start: string | undefined, end: string | undefined): [IsoDay | undefined, IsoDay | undefined] {
  const s = isoDay(start);
  const e = isoDay(end);
  return s && e && s > e ? [e, s] : [s, e];
}

/** A memo for pure functions of a date: a corpus has few distinct dates and many edges. */
function memo<T>(compute: (date: string) => T): (date: string) => T {
  const known = new Map<string, T>();
  return (date) => {
    if (known.has(date)) return known.get(date)!;
    if (known.size >= 100_000) known.clear();
    const value = compute(date);
    known.set(date, value);
    return value;
  };
}

const spanOf = memo((date: PartialDate): readonly [IsoDay, IsoDay] | undefined => {
  try {
    const { start, end } = dateSpan(date);
    return [start, end];
  } catch {
    return undefined;
  }
});

/** The days a partial date covers (`2023` → the whole year); undefined for what is no date. */
export function daySpan(date: PartialDate): [IsoDay, IsoDay] | undefined {
  const span = spanOf(date);
  return span && [span[0], span[1]];
}

const nextDay = memo(dayAfter);

/** Sorted, disjoint day intervals for an edge's dates; touching or overlapping ones merge. */
export function spells(dates: readonly PartialDate[]): [IsoDay, IsoDay][] {
  const spans = dates
    .map(daySpan)
    .filter((span): span is [IsoDay, IsoDay] => span !== undefined)
    .sort((a, b) => compareKeys(a[0], b[0]) || compareKeys(a[1], b[1]));
  const merged: [IsoDay, IsoDay][] = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= nextDay(last[1])) {
      if (end > last[1]) last[1] = end;
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}

function rgb(color: string | undefined): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color ?? '')?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

const vizColor = (color: [number, number, number]) => `<viz:color${attrs([['r', color[0]], ['g', color[1]], ['b', color[2]]])}/>`;

// ---------------------------------------------------------------- columns

type ColumnType = 'string' | 'integer' | 'double' | 'liststring';
type Value = string | number | readonly string[] | undefined;

interface Column<A> {
  /** Also the title: graphology-gexf keys attributes by id when the id is not numeric. */
  id: string;
  type: ColumnType;
  value: (attributes: A) => Value;
}

// The dates appear twice on purpose: as GEXF time data for Gephi's timeline, and as plain ISO
// strings (start_date, end_date) for Gephi Lite and other graphology viewers that ignore it.
// `label` and `weight` are not repeated as columns: they are the element's own attributes.
const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { id: 'type', type: 'string', value: (a) => a.type },
  { id: 'aliases', type: 'liststring', value: (a) => a.aliases },
  { id: 'mentions', type: 'integer', value: (a) => finite(a.mentions) },
  { id: 'articles', type: 'liststring', value: (a) => a.articles },
  { id: 'start_date', type: 'string', value: (a) => a.start },
  { id: 'end_date', type: 'string', value: (a) => a.end },
  { id: 'role', type: 'liststring', value: (a) => a.role },
  { id: 'country', type: 'string', value: (a) => a.country },
  { id: 'lat', type: 'double', value: (a) => finite(a.lat) },
  { id: 'lng', type: 'double', value: (a) => finite(a.lng) },
  { id: 'date', type: 'string', value: (a) => a.date },
  { id: 'status', type: 'string', value: (a) => a.status },
  { id: 'place', type: 'string', value: (a) => a.place },
  { id: 'kind', type: 'string', value: (a) => a.kind },
  { id: 'mode', type: 'string', value: (a) => a.mode },
  { id: 'host', type: 'string', value: (a) => a.host },
  { id: 'confidence', type: 'double', value: (a) => finite(a.confidence) },
];

// GEXF has no place for graph.json's list of articles, so each node carries the titles and
// languages of the articles it appears in, beside their ids: Gephi shows the titles, and the
// viewer rebuilds the article list from them when it opens the file.
const nodeColumns = (articles: ReadonlyMap<string, ArticleMeta>): Column<NodeAttributes>[] => [
  ...NODE_COLUMNS,
  { id: 'article_titles', type: 'liststring', value: (a) => a.articles.map((id) => articles.get(id)?.title ?? '') },
  { id: 'article_langs', type: 'liststring', value: (a) => a.articles.map((id) => articles.get(id)?.lang ?? '') },
];

// Gephi users get the count and the best sentence as text (articles.json is not theirs to read).
// The dates are the spells and the references' (a `dates` column repeated them). The relation
// type is both `kind` (for Gephi) and a `type` column (networkx reads no `kind`).
const edgeColumns = (texts: EvidenceTexts): Column<EdgeAttributes>[] => [
  { id: 'type', type: 'string', value: (a) => a.type },
  { id: 'evidence_count', type: 'integer', value: (a) => a.evidence?.length ?? 0 },
  { id: 'evidence', type: 'string', value: (a) => bestEvidence(texts, a.evidence ?? [])?.text },
  { id: 'evidence_refs', type: 'string', value: (a) => evidenceRefsJson(a.evidence ?? []) },
  { id: 'start_date', type: 'string', value: (a) => a.start },
  { id: 'end_date', type: 'string', value: (a) => a.end },
  { id: 'claimed_by', type: 'liststring', value: (a) => a.claimed_by },
  { id: 'denied_by', type: 'liststring', value: (a) => a.denied_by },
];

function declare(cls: 'node' | 'edge', columns: Column<never>[]): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...columns.map((c) => `      <attribute${attrs([['id', c.id], ['title', c.id], ['type', c.type]])}/>`),
    '    </attributes>',
  ];
}

function attvalues<A>(columns: Column<A>[], attributes: A): string[] {
  const lines: string[] = [];
  for (const column of columns) {
    const value = column.value(attributes);
    if (value === undefined) continue;
    const text =
      column.type === 'liststring'
        ? listValue(value as readonly string[])
        : column.type === 'integer'
          ? String(Math.round(value as number))
          : String(value);
    lines.push(`<attvalue${attrs([['for', column.id]])} value='${escapeSingleQuoted(text)}'/>`);
  }
  return lines.length ? ['<attvalues>', ...lines, '</attvalues>'] : [];
}

// ---------------------------------------------------------------- elements

function nodeElement(columns: Column<NodeAttributes>[], key: string, a: NodeAttributes): string[] {
  const [start, end] = interval(a.start, a.end);
  const color = rgb(a.color) ?? rgb(nodeTypeDef(a.type).color);
  const x = finite(a.x);
  const y = finite(a.y);
  const size = finite(a.size);
  return [
    `<node${attrs([['id', key], ['label', a.label], ['start', start], ['end', end]])}>`,
    ...attvalues(columns, a),
    ...(color ? [vizColor(color)] : []),
    ...(x !== undefined && y !== undefined ? [`<viz:position${attrs([['x', x], ['y', y], ['z', 0]])}/>`] : []),
    ...(size !== undefined ? [`<viz:size value="${Math.max(0, size)}"/>`] : []),
    '</node>',
  ];
}

// A co-mention has no direction. In a graph that also holds directed relations it is written
// `type="mutual"` (GEXF 1.3's per-edge type for a tie both ways): networkx refuses an
// "undirected" edge in a directed graph, and reads a mutual one as a pair of opposite edges,
// which PageRank and betweenness treat as one undirected tie. Gephi reads it as mutual. A graph
// with only undirected relations says "undirected" once, in `defaultedgetype`.
function edgeElement(
  columns: Column<EdgeAttributes>[],
  key: string,
  a: EdgeAttributes,
  source: string,
  target: string,
  undirected: boolean,
  defaultType: 'directed' | 'undirected',
): string[] {
  const direction = undirected ? (defaultType === 'directed' ? 'mutual' : 'undirected') : 'directed';
  const periods = spells(a.dates ?? []);
  const [start, end] = interval(isoDay(a.start) ?? periods[0]?.[0], isoDay(a.end) ?? periods[periods.length - 1]?.[1]);
  const color = rgb(edgeTypeDef(a.type).color);
  return [
    `<edge${attrs([
      ['id', key],
      ['source', source],
      ['target', target],
      ['type', direction],
      // Gephi keeps parallel edges only when their kinds differ: one kind per relation type.
      ['kind', a.type],
      ['label', a.label],
      ['weight', finite(a.weight)],
      ['start', start],
      ['end', end],
    ])}>`,
    ...attvalues(columns, a),
    // Several separate periods become spells (Gephi then ignores start/end, which still
    // give networkx and simple readers the overall span).
    ...(periods.length > 1
      ? [
          '<spells>',
          ...periods.map(([s, e]) => `<spell${attrs([['start', s], ['end', e]])}/>`),
          '</spells>',
        ]
      : []),
    ...(color ? [vizColor(color)] : []),
    '</edge>',
  ];
}

/**
 * Dynamic GEXF 1.3: nodes and edges sorted by key, no timestamps, so output is byte-stable.
 * `texts` (articles.json's articles by id) gives each edge's best evidence sentence; without it
 * the edges carry the count and the references only.
 */
export function toGexf(graph: ContractGraph, texts: EvidenceTexts = new Map()): string {
  return [...toGexfChunks(graph, texts)].join('');
}

const block = (lines: string[]) => `${lines.join('\n')}\n`;
/** A node or edge on one line, unindented: indentation was a fifth of a big graph's file. */
const element = (parts: string[]) => `${parts.join('')}\n`;

/** toGexf's text in pieces, one node or edge at a time, so a big graph can be written as it goes. */
export function* toGexfChunks(graph: ContractGraph, texts: EvidenceTexts = new Map()): Generator<string> {
  const columns = edgeColumns(texts);
  const meta: Partial<GraphAttributes> = graph.getAttributes();
  const creator = meta.generator ? `${meta.generator.name} ${meta.generator.version}` : 'newsgraph';
  const defaultType = graph.directedSize > 0 ? 'directed' : 'undirected';
  const withArticles = nodeColumns(new Map((meta.articles ?? []).map((a) => [a.id, a])));

  const nodes = [...graph.nodes()].sort(compareKeys);
  const edges = [...graph.edges()].sort(compareKeys);
  yield block([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    `    <creator>${escapeXml(creator)}</creator>`,
    ...(meta.title ? [`    <description>${escapeXml(meta.title)}</description>`] : []),
    '  </meta>',
    `  <graph mode="dynamic" timeformat="date" timerepresentation="interval" defaultedgetype="${defaultType}">`,
    ...declare('node', withArticles as Column<never>[]),
    ...declare('edge', columns as Column<never>[]),
    `    <nodes count="${nodes.length}">`,
  ]);
  for (const node of nodes) yield element(nodeElement(withArticles, node, graph.getNodeAttributes(node)));
  yield block(['    </nodes>', `    <edges count="${edges.length}">`]);
  for (const edge of edges) {
    yield element(
      edgeElement(columns, edge, graph.getEdgeAttributes(edge), graph.source(edge), graph.target(edge), graph.isUndirected(edge), defaultType),
    );
  }
  yield block(['    </edges>', '  </graph>', '</gexf>']);
}
