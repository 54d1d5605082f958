// A GEXF file opened in the viewer → the graph contract. graphology-gexf reads the XML; this
// module turns whatever it read into contract attributes, so our own exports round-trip and a
// GEXF written by Gephi or another tool still opens with sensible defaults:
//
// - node `type`: our `type` column when it names a node type (also its English or Indonesian
//   label, or a NER tag: PER, ORG, LOC, GPE); else the `<type>:` prefix of a key in our
//   convention (`person:joko-widodo`); else `organization`, the broadest entity type we have;
// - `mentions`: our column, else the node's degree (at least 1), so sizes still mean something;
// - `start`/`end`: our `start_date`/`end_date` columns (graphology-gexf reads no GEXF time data);
// - position: `viz:position`; nodes without one get a deterministic spot (ForceAtlas2 from
//   src/layout when none has one, else a seed position from the key);
// - `size` from `viz:size`, else from mentions; `color` from `viz:color` (as #rrggbb), else
//   from the type registry;
// - edges: our `type` column, else a relation type named by `kind`, else `co_mention`; the
//   registry decides direction (co-mentions are undirected, relations directed), as in graph.json;
//   evidence references are read back from the `evidence_refs` JSON column (the `evidence`
//   column is the best sentence's text, for Gephi users; the viewer reads every sentence from
//   the articles.json opened with the file);
// - the article list: GEXF has no place for it, so our export gives each node the titles and
//   languages of its articles beside their ids (`article_titles`, `article_langs`), and the
//   list is rebuilt from them (no source or publication date); another tool's GEXF gives none,
//   and the details panel shows article ids;
// - anything else (Gephi's modularity_class, …) is dropped.
// The result then goes through the graph.json validator, so a bug here cannot hand the viewer
// a graph that breaks the contract.

import { DOMParser as XmlDomParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import type { AbstractGraph, Attributes, SerializedGraph } from 'graphology-types';
import { fromJson, quoted, type ContractGraph } from '../../graph/json.js';
import { datesOfEvidence } from '../../graph/lean.js';
import { EDGE_TYPES, NODE_TYPES, edgeTypeDef, nodeTypeDef } from '../../graph/registry.js';
import { type ArticleMeta, type EdgeAttributes, type EdgeType, type Evidence, type GraphAttributes, HAPPENING_STATUSES, MEETING_MODES, type NodeAttributes, type NodeType } from '../../graph/types.js';
import { assignPositions, nodeSize, seedPosition } from '../../layout/index.js';

/** graphology-gexf's `parse`, whichever build (browser DOMParser or Node's xmldom). */
export type GexfParse = (Graph: typeof import('graphology').default, source: Document, options?: object) => AbstractGraph;

/** Parses XML text; throws an Error whose message says what is wrong and where. */
export type XmlParser = (text: string) => Document;

const NER_TAGS: Record<string, NodeType> = {
  per: 'person',
  person: 'person',
  people: 'person',
  org: 'organization',
  organisation: 'organization',
  loc: 'place',
  location: 'place',
  gpe: 'country',
  fac: 'place',
};

export function nodeTypeOf(value: unknown, key: string): NodeType {
  if (typeof value === 'string') {
    const wanted = value.trim().toLowerCase();
    const def = NODE_TYPES.find(
      (d) => d.id === wanted || d.label.en.toLowerCase() === wanted || d.label.id.toLowerCase() === wanted,
    );
    if (def) return def.id;
    if (NER_TAGS[wanted]) return NER_TAGS[wanted];
  }
  const prefix = /^([a-z]+):./.exec(key)?.[1];
  const byKey = NODE_TYPES.find((d) => d.id === prefix);
  return byKey ? byKey.id : 'organization';
}

const edgeTypeOf = (type: unknown, kind: unknown): EdgeType =>
  EDGE_TYPES.find((d) => d.id === type)?.id ?? EDGE_TYPES.find((d) => d.id === kind)?.id ?? 'co_mention';

const finite = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};

const absent = (value: unknown) => value === undefined || value === null || value === '';

/**
 * A number the file states, or undefined when it states none. A value that is there but is no
 * number (mentions="many", viz:position x="abc") is an error: defaults are for what a file
 * leaves out, not for what it gets wrong.
 */
function stated(value: unknown, what: string): number | undefined {
  if (absent(value)) return undefined;
  const n = finite(value);
  if (n === undefined) throw new Error(`${what} should be a number, got ${typeof value === 'string' ? quoted(value) : String(value)}`);
  return n;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** A list column as graphology-gexf reads it (an array), or a lone string. */
function list(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string' && value !== '') return [value];
  return undefined;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (...values: unknown[]): string => (values.find((v) => typeof v === 'string' && ISO_DAY.test(v)) as string) ?? '';

/** `rgb(r,g,b)`, `rgba(…)` or `#hex` → `#rrggbb`; undefined when it is none of those. */
export function hexColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(value.trim())?.[1];
  if (hex) return `#${(hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toLowerCase()}`;
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,[^)]*)?\)$/i.exec(value.trim());
  if (!rgb) return undefined;
  return `#${rgb
    .slice(1, 4)
    .map((c) => Math.min(255, Number(c)).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The evidence_refs column: a JSON list of `[article, sentence, date]` (or, as older files have it, `{ article, sentence, date }`), or nothing. */
function evidenceOf(value: unknown, what: string): Evidence[] {
  if (absent(value)) return [];
  const wrong = () => new Error(`${what} should be a JSON list of [article, sentence, date]`);
  if (typeof value !== 'string') throw wrong();
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw wrong();
  }
  if (!Array.isArray(parsed)) throw wrong();
  return parsed.map((e: unknown, i) => {
    const item = (Array.isArray(e) ? { article: e[0], sentence: e[1], date: e[2] } : e) as Partial<Evidence> | null;
    if (
      !item || typeof item !== 'object' || typeof item.article !== 'string' || typeof item.date !== 'string' ||
      !Number.isInteger(item.sentence) || item.sentence! < 0
    ) {
      throw new Error(`${what}[${i}] should be [article, sentence, date]: a string, a sentence index and a date`);
    }
    return { article: item.article, sentence: item.sentence!, date: item.date };
  });
}

function generatorOf(creator: unknown): GraphAttributes['generator'] {
  const value = typeof creator === 'string' ? creator.trim() : '';
  const match = /^(\S+)\s+(\S+)$/.exec(value);
  return match ? { name: match[1]!, version: match[2]! } : { name: value || 'unknown', version: '' };
}

/** The articles a node names, with the titles our export wrote beside their ids. */
function collectArticles(into: Map<string, ArticleMeta>, ids: string[], titles: string[] | undefined, langs: string[] | undefined): void {
  if (!titles || titles.length !== ids.length) return;
  ids.forEach((id, i) => {
    const title = titles[i]!;
    if (!title || into.has(id)) return;
    const lang = langs?.[i] === 'id' ? 'id' : 'en';
    into.set(id, { id, title, published: '', source: '', lang, file: '' });
  });
}

/** Whatever graphology-gexf read → a contract graph (see the header for the defaults). */
export function normaliseGexfGraph(raw: AbstractGraph, file: string): ContractGraph {
  const unplaced: string[] = [];
  const articles = new Map<string, ArticleMeta>();
  const nodes: SerializedGraph<NodeAttributes>['nodes'] = raw.mapNodes((key, a: Attributes) => {
    const { attributes, placed } = nodeOf(raw, key, a);
    if (!placed) unplaced.push(key);
    collectArticles(articles, attributes.articles, list(a.article_titles), list(a.article_langs));
    return { key, attributes };
  });
  const edges = raw.mapEdges((key, a: Attributes, source, target) => edgeOf(key, a, source, target));
  const meta = raw.getAttributes();
  const serialised: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> = {
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    attributes: {
      title: text(meta.description) || text(meta.title) || file,
      generator: generatorOf(meta.creator),
      articles: [...articles.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
    },
    nodes,
    edges,
  };
  // The validator wants exactly these options; it is the contract check, errors and all.
  const graph = fromJson(JSON.stringify({ ...serialised, options: { type: 'mixed', multi: true } }));
  placeNodes(graph, unplaced);
  return graph;
}

/** A GEXF node's attributes in the contract, and whether the file placed it. */
function nodeOf(raw: AbstractGraph, key: string, a: Attributes): { attributes: NodeAttributes; placed: boolean } {
  const node = `node ${quoted(key)}`;
  const type = nodeTypeOf(a.type, key);
  const mentions = stated(a.mentions, `${node}: mentions`) ?? Math.max(1, raw.degree(key));
  const label = text(a.label) ?? key;
  const x = stated(a.x, `${node}: x (viz:position)`);
  const y = stated(a.y, `${node}: y (viz:position)`);
  const attributes: NodeAttributes = {
    label,
    type,
    aliases: list(a.aliases) ?? [label],
    mentions,
    articles: list(a.articles) ?? [],
    start: day(a.start_date, a.start),
    end: day(a.end_date, a.end),
    x: x ?? 0,
    y: y ?? 0,
    size: stated(a.size, `${node}: size (viz:size)`) ?? nodeSize(mentions),
    color: hexColor(a.color) ?? nodeTypeDef(type).color,
  };
  addOptionalNodeAttributes(attributes, a, node);
  return { attributes, placed: x !== undefined && y !== undefined };
}

/** The attributes a node has only when the file gives them: role, place and dates, coordinates, a happening's status. */
function addOptionalNodeAttributes(attributes: NodeAttributes, a: Attributes, node: string): void {
  const role = list(a.role);
  if (role) attributes.role = role;
  for (const k of ['country', 'date', 'place', 'kind', 'host'] as const) {
    const v = text(a[k]);
    if (v !== undefined && v !== '') attributes[k] = v;
  }
  const lat = stated(a.lat, `${node}: lat`);
  const lng = stated(a.lng, `${node}: lng`);
  if (lat !== undefined && lng !== undefined) Object.assign(attributes, { lat, lng });
  const status = HAPPENING_STATUSES.find((x) => x === a.status);
  if (status) attributes.status = status;
  const mode = MEETING_MODES.find((x) => x === a.mode);
  if (mode) attributes.mode = mode;
  const confidence = stated(a.confidence, `${node}: confidence`);
  if (confidence !== undefined) attributes.confidence = confidence;
}

/** A GEXF edge in the contract: its type from `type` or `kind`, undirected when the type is. */
function edgeOf(key: string, a: Attributes, source: string, target: string): SerializedGraph<NodeAttributes, EdgeAttributes>['edges'][number] {
  const edge = `edge ${quoted(key)}`;
  const type = edgeTypeOf(a.type, a.kind);
  const evidence = evidenceOf(a.evidence_refs, `${edge}: evidence_refs`);
  const weight = stated(a.weight, `${edge}: weight`);
  return {
    key,
    source,
    target,
    ...(edgeTypeDef(type).directed ? {} : { undirected: true }),
    attributes: {
      type,
      weight: weight !== undefined && weight > 0 ? weight : Math.max(1, evidence.length),
      label: text(a.label) ?? edgeTypeDef(type).label.en,
      start: day(a.start_date, a.start),
      end: day(a.end_date, a.end),
      dates: list(a.dates) ?? datesOfEvidence(evidence),
      evidence,
    },
  };
}

/** Deterministic positions for nodes the file did not place. */
function placeNodes(graph: ContractGraph, unplaced: string[]): void {
  if (unplaced.length === 0) return;
  if (unplaced.length === graph.order) {
    assignPositions(graph);
    return;
  }
  const spread = 10 * Math.sqrt(graph.order);
  for (const key of unplaced) graph.mergeNodeAttributes(key, seedPosition(key, spread));
}

/**
 * Node ids present and unique, edge ends among them: checked before graphology-gexf reads the
 * file, whose own errors ("Graph.addNode: the node already exist", "points to an inexisting
 * node. Set the parser `addMissingNodes` option…") speak to programmers, not to the user.
 */
function checkIds(doc: Document): void {
  const ids = new Set<string>();
  const nodes = doc.getElementsByTagName('node');
  for (let i = 0; i < nodes.length; i++) {
    const id = nodes[i]!.getAttribute('id');
    if (!id) throw new Error(`node ${i + 1} (of ${nodes.length}) has no id`);
    if (ids.has(id)) throw new Error(`node id ${quoted(id)} appears twice`);
    ids.add(id);
  }
  const edges = doc.getElementsByTagName('edge');
  const edgeIds = new Set<string>();
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    const id = edge.getAttribute('id');
    if (id && edgeIds.has(id)) throw new Error(`edge id ${quoted(id)} appears twice`);
    if (id) edgeIds.add(id);
    const name = id ? `edge ${quoted(id)}` : `edge ${i + 1} (of ${edges.length})`;
    for (const end of ['source', 'target']) {
      const node = edge.getAttribute(end);
      if (!node) throw new Error(`${name} has no ${end}`);
      if (!ids.has(node)) throw new Error(`${name} points to node ${quoted(node)}, which the file does not have`);
    }
  }
}

/** Parses GEXF text into a contract graph; every error message is prefixed by the file name. */
export function readGexf(file: string, source: string, parseXml: XmlParser, parseGexf: GexfParse): ContractGraph {
  try {
    const doc = parseXml(source);
    const root = doc.documentElement;
    if (!root || root.localName !== 'gexf') {
      throw new Error(`not a GEXF file: the root element is <${root?.nodeName ?? 'nothing'}>, not <gexf>`);
    }
    if (doc.getElementsByTagName('graph').length === 0) throw new Error('not a GEXF file: no <graph> element');
    checkIds(doc);
    let raw: AbstractGraph;
    try {
      raw = parseGexf(Graph, doc, { allowUndeclaredAttributes: true });
    } catch (error) {
      // graphology-gexf's messages start with its own name; the user wants the problem.
      throw new Error(String((error as Error).message ?? error).replace(/^graphology-gexf\/parser:\s*/, ''));
    }
    return normaliseGexfGraph(raw, file);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/**
 * Strict XML parsing with xmldom, in the browser as in Node. Not the browser's DOMParser: on
 * malformed XML Chromium builds a <parsererror> element with inline styles, which the page's
 * Content-Security-Policy (style-src 'self') blocks and reports as a violation. xmldom
 * recovers from much that is not well-formed (with a warning), so every warning is an error.
 */
export const parseXmlStrict: XmlParser = (source) => {
  // Errors locate the problem better than warnings (an unclosed tag warns at its opening).
  const errors: string[] = [];
  const warnings: string[] = [];
  const doc = new XmlDomParser({
    locator: {},
    errorHandler: {
      warning: (message: string) => warnings.push(message),
      error: (message: string) => errors.push(message),
      fatalError: (message: string) => errors.push(message),
    },
  }).parseFromString(source, 'application/xml');
  const problem = errors[0] ?? warnings[0];
  if (problem !== undefined) {
    const at = /line:(\d+),col:(\d+)/.exec(problem);
    throw new Error(`not well-formed XML${at ? ` at line ${at[1]}, column ${at[2]}` : ''}`);
  }
  if (!doc.documentElement) throw new Error('not XML: no root element');
  return doc as unknown as Document;
};
