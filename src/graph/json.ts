// graph.json: graphology's own serialisation (`graph.export()`), made byte-stable so that
// re-running the extractor on the same articles gives an identical file and a clean diff.

import Graph from 'graphology';
import type { AbstractGraph, SerializedGraph } from 'graphology-types';
import { type PublishedDates, fullEdge, leanEdge } from './lean.js';
import { EDGE_TYPES, NODE_TYPES, edgeTypeDef } from './registry.js';
import { type EdgeAttributes, type EdgeType, type GraphAttributes, HAPPENING_STATUSES, MEETING_MODES, type NodeAttributes, type NodeType } from './types.js';

/** Any graphology instance holding the contract attributes (Graph, MultiGraph…). */
export type ContractGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Code-unit order: unlike localeCompare it is the same in every runtime and locale. */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Object keys sorted at every depth (code-unit order), undefined fields dropped: byte-stable JSON. */
export function sortKeysDeep(value: unknown): Json {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const sorted: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort(compareKeys)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) sorted[key] = sortKeysDeep(item);
    }
    return sorted;
  }
  return value as Json;
}

/**
 * Nodes and edges sorted by key, attribute keys sorted, no indentation: one node or edge a line,
 * trailing newline. Byte-stable; the line breaks keep a diff readable, and without indentation
 * (which made up half the file) the file is a third smaller and quicker to write.
 */
export function toJson(graph: ContractGraph): string {
  return [...toJsonChunks(graph)].join('');
}

/**
 * A list written one item a line: `[` then the items, each on a line of its own, then `]`.
 * Removing the line breaks gives `JSON.stringify` of the list (string contents escape theirs).
 */
export function* jsonLines(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}${JSON.stringify(item)}`;
    first = false;
  }
  yield first ? '[]' : '\n]';
}

/**
 * toJson's text in pieces, one node or edge at a time, so a big graph can be written out without
 * holding the whole text or a serialised copy of the graph. With its line breaks removed it is
 * byte for byte what `JSON.stringify({ options, attributes, nodes, edges })` gives for the export.
 */
export function* toJsonChunks(graph: ContractGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(sortKeysDeep(graph.getAttributes()))},\n"nodes":`;
  yield* jsonLines(serialisedNodes(graph));
  yield ',\n"edges":';
  yield* jsonLines(serialisedEdges(graph));
  yield '}\n';
}

/** The export's nodes in key order, made as they are written. */
function* serialisedNodes(graph: ContractGraph): Generator<unknown> {
  for (const key of [...graph.nodes()].sort(compareKeys)) yield { key, attributes: sortKeysDeep(graph.getNodeAttributes(key)) };
}

/** Publication dates by article id, from the graph's article list. */
const publishedDates = (articles: readonly { id: string; published: string }[]): PublishedDates =>
  new Map(articles.map((a) => [a.id, a.published]));

/**
 * The export's edges in key order, lean (lean.ts: what can be derived is left out), made as they
 * are written: a big graph's are never all serialised at once.
 */
function* serialisedEdges(graph: ContractGraph): Generator<unknown> {
  const mixed = graph.type === 'mixed';
  const published = publishedDates(graph.getAttribute('articles') ?? []);
  for (const key of [...graph.edges()].sort(compareKeys)) {
    const [source, target] = graph.extremities(key);
    const lean = leanEdge(key, source, target, graph.getEdgeAttributes(key), published);
    yield {
      ...(lean.key === undefined ? {} : { key: lean.key }),
      source,
      target,
      ...(mixed && graph.isUndirected(key) ? { undirected: true } : {}),
      attributes: sortKeysDeep(lean.attributes),
    };
  }
}

// Validation of untrusted JSON (a file dropped into the viewer, an old graph.json).
// Unknown extra attributes are accepted so that later stages (communities…) can add some.
// The helpers are shared with articles.ts; `subject` names the kind of file in the message.

export class ShapeError extends Error {
  readonly path: string;
  readonly problem: string;
  constructor(path: string, problem: string, subject = 'graph') {
    super(`not a newsgraph ${subject}: ${path} ${problem}`);
    this.name = 'ShapeError';
    this.path = path;
    this.problem = problem;
  }
}

export type Fields = Record<string, unknown>;

/** A value from the file, quoted for a message; a 10 MB string is not repeated in full. */
const clip = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);
export const quoted = (value: string, max = 60): string => JSON.stringify(clip(value, max));

export const shown = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? quoted(value) : typeof value;

export function object(value: unknown, path: string): Fields {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ShapeError(path, `should be an object, got ${shown(value)}`);
  }
  return value as Fields;
}

export function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(path, `should be an array, got ${shown(value)}`);
  return value;
}

export function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ShapeError(path, `should be a string, got ${shown(value)}`);
  return value;
}

export function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ShapeError(path, `should be a finite number, got ${shown(value)}`);
  }
  return value;
}

export function strings(value: unknown, path: string): void {
  array(value, path).forEach((item, i) => string(item, `${path}[${i}]`));
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(value as T)) {
    throw new ShapeError(path, `should be one of ${allowed.join(', ')}, got ${shown(value)}`);
  }
  return value as T;
}

export function optional(record: Fields, key: string, path: string, check: (value: unknown, path: string) => unknown): void {
  if (record[key] !== undefined) check(record[key], `${path}.${key}`);
}

const NODE_TYPE_IDS: readonly NodeType[] = NODE_TYPES.map((d) => d.id);
const EDGE_TYPE_IDS: readonly EdgeType[] = EDGE_TYPES.map((d) => d.id);

function checkGraphAttributes(value: unknown): void {
  const attributes = object(value, 'attributes');
  string(attributes.title, 'attributes.title');
  const generator = object(attributes.generator, 'attributes.generator');
  string(generator.name, 'attributes.generator.name');
  string(generator.version, 'attributes.generator.version');
  array(attributes.articles, 'attributes.articles').forEach((item, i) => {
    const path = `attributes.articles[${i}]`;
    const article = object(item, path);
    for (const key of ['id', 'title', 'published', 'source', 'file']) string(article[key], `${path}.${key}`);
    oneOf(article.lang, ['id', 'en'], `${path}.lang`);
    optional(article, 'url', path, string);
  });
}

function checkNodeAttributes(value: unknown, path: string): void {
  const a = object(value, path);
  string(a.label, `${path}.label`);
  oneOf(a.type, NODE_TYPE_IDS, `${path}.type`);
  strings(a.aliases, `${path}.aliases`);
  number(a.mentions, `${path}.mentions`);
  strings(a.articles, `${path}.articles`);
  for (const key of ['start', 'end', 'color']) string(a[key], `${path}.${key}`);
  for (const key of ['x', 'y', 'size']) number(a[key], `${path}.${key}`);
  optional(a, 'role', path, strings);
  for (const key of ['country', 'date', 'place', 'kind', 'host']) optional(a, key, path, string);
  for (const key of ['lat', 'lng', 'confidence']) optional(a, key, path, number);
  optional(a, 'status', path, (v, p) => oneOf(v, HAPPENING_STATUSES, p));
  optional(a, 'mode', path, (v, p) => oneOf(v, MEETING_MODES, p));
}

/** A date at the precision a text gives (`2024`, `2024-01`, `2024-01-16`), or '' for none. */
function partialDate(value: unknown, path: string): void {
  if (!/^(\d{4}(-\d{2}(-\d{2})?)?)?$/.test(string(value, path))) throw new ShapeError(path, `should be a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${shown(value)}`);
}

function checkEvidence(item: unknown, at: string): void {
  let sentence: number;
  if (Array.isArray(item)) {
    if (item.length !== 2 && item.length !== 3) throw new ShapeError(at, `should be [article, sentence] or [article, sentence, date], got ${item.length} items`);
    string(item[0], `${at}[0]`);
    sentence = number(item[1], `${at}[1]`);
    if (item.length === 3) partialDate(item[2], `${at}[2]`);
  } else {
    const evidence = object(item, at);
    string(evidence.article, `${at}.article`);
    partialDate(evidence.date, `${at}.date`);
    sentence = number(evidence.sentence, `${at}.sentence`);
  }
  if (!Number.isInteger(sentence) || sentence < 0) {
    throw new ShapeError(at, `should refer to a sentence by index (a whole number from 0), got ${sentence}`);
  }
}

/** Lean (lean.ts) or full, as older files have it: derived fields may be absent. */
function checkEdgeAttributes(value: unknown, path: string): EdgeType {
  const a = object(value, path);
  const type = oneOf(a.type, EDGE_TYPE_IDS, `${path}.type`);
  optional(a, 'weight', path, number);
  for (const key of ['label', 'start', 'end']) optional(a, key, path, string);
  optional(a, 'dates', path, strings);
  array(a.evidence, `${path}.evidence`).forEach((item, i) => checkEvidence(item, `${path}.evidence[${i}]`));
  for (const key of ['claimed_by', 'denied_by']) optional(a, key, path, strings);
  return type;
}

/** The error says what is wrong and where, e.g. `not a newsgraph graph: nodes[3].attributes.type …`. */
export function fromJson(text: string): Graph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ShapeError('file', `is not valid JSON (${(error as Error).message})`);
  }
  return fromParsedJson(parsed);
}

/** fromJson of graph.json already parsed (a bundled import): checked, lean edges filled in. */
export function fromParsedJson(parsed: unknown): Graph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const root = object(parsed, 'the top level');
  const options = object(root.options, 'options');
  if (options.type !== 'mixed' || options.multi !== true) {
    throw new ShapeError('options', `should be { type: "mixed", multi: true }, got ${clip(JSON.stringify(options), 120)}`);
  }
  checkGraphAttributes(root.attributes);

  const nodeKeys = new Set<string>();
  array(root.nodes, 'nodes').forEach((item, i) => {
    const node = object(item, `nodes[${i}]`);
    const key = string(node.key, `nodes[${i}].key`);
    if (nodeKeys.has(key)) throw new ShapeError(`nodes[${i}].key`, `${quoted(key)} is a duplicate`);
    nodeKeys.add(key);
    checkNodeAttributes(node.attributes, `nodes[${i}].attributes`);
  });

  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true });
  // Checked field by field above and below.
  const { edges, ...rest } = root as unknown as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  graph.import({ ...rest, edges: [] });
  const published = publishedDates(graph.getAttribute('articles'));
  array(edges, 'edges').forEach((item, i) => {
    const path = `edges[${i}]`;
    const edge = object(item, path);
    optional(edge, 'key', path, string);
    for (const end of ['source', 'target']) {
      const node = string(edge[end], `${path}.${end}`);
      if (!nodeKeys.has(node)) throw new ShapeError(`${path}.${end}`, `${quoted(node)} is not a node`);
    }
    const type = checkEdgeAttributes(edge.attributes, `${path}.attributes`);
    if (edgeTypeDef(type).directed === (edge.undirected === true)) {
      throw new ShapeError(path, `is ${edge.undirected ? 'undirected' : 'directed'} but ${type} edges are not`);
    }
    const { key, attributes } = fullEdge(edge as Parameters<typeof fullEdge>[0], published);
    if (graph.hasEdge(key)) throw new ShapeError(`${path}.key`, `${quoted(key)} is a duplicate`);
    const add = edge.undirected === true ? graph.addUndirectedEdgeWithKey : graph.addDirectedEdgeWithKey;
    add.call(graph, key, edge.source as string, edge.target as string, attributes);
  });
  return graph;
}
