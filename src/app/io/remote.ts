// The viewer against `newsgraph serve`: the graph stays in the database and the page holds only
// what the user has opened, by search and by expanding nodes, a neighbourhood at a time.

import Graph from 'graphology';
import type { SerializedEdge, SerializedNode } from 'graphology-types';
import type { ContractGraph } from '../../graph/json.js';
import type { ArticleMeta, ArticleText, EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import type { Suggestion } from '../core/search.js';

/** The API's address when the page was served with one (`newsgraph serve` marks the page), else null. */
export function apiBase(doc: Document = document): string | null {
  const content = doc.querySelector('meta[name="newsgraph-api"]')?.getAttribute('content');
  return content ? new URL(content, doc.baseURI).href : null;
}

export interface Info {
  title: string;
  nodes: number;
  edges: number;
  articles: number;
}

interface Part {
  nodes: SerializedNode<NodeAttributes>[];
  edges: SerializedEdge<EdgeAttributes>[];
  degree?: number;
  truncated?: boolean;
}

export interface Remote {
  info: Info;
  /** What has been opened so far. */
  graph: ContractGraph;
  texts: Map<string, ArticleText>;
  search(query: string): Promise<Suggestion[]>;
  /** Adds the node, its relations and their other ends. */
  open(node: string): Promise<void>;
  /** Relations of the node the page does not hold yet: a count once the node was opened, else 'unknown'. */
  hidden(node: string): number | 'unknown';
  /** Makes sure the article's metadata and text are held. */
  article(id: string): Promise<void>;
}

async function get<T>(base: string, path: string, params: Record<string, string>): Promise<T> {
  const url = new URL(path, base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  const response = await fetch(url);
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `${path}: HTTP ${response.status}`);
  return body;
}

function merge(graph: ContractGraph, part: Part): void {
  for (const { key, attributes } of part.nodes) if (!graph.hasNode(key)) graph.addNode(key, attributes!);
  for (const { key, source, target, undirected, attributes } of part.edges) {
    if (graph.hasEdge(key!)) continue;
    if (undirected) graph.addUndirectedEdgeWithKey(key!, source, target, attributes!);
    else graph.addDirectedEdgeWithKey(key!, source, target, attributes!);
  }
}

export async function connectRemote(base: string): Promise<Remote> {
  const info = await get<Info>(base, 'info', {});
  const graph: ContractGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ title: info.title, generator: { name: 'newsgraph', version: '' }, articles: [] });
  const texts = new Map<string, ArticleText>();
  /** Opened nodes: how many relations each has in the database. */
  const degrees = new Map<string, number>();
  return {
    info,
    graph,
    texts,
    search: (query) => get<Suggestion[]>(base, 'search', { q: query, limit: '12' }),
    async open(node) {
      const part = await get<Part>(base, 'node', { key: node });
      merge(graph, part);
      degrees.set(node, part.degree ?? 0);
    },
    hidden(node) {
      const degree = degrees.get(node);
      return degree === undefined ? 'unknown' : Math.max(0, degree - graph.degree(node));
    },
    async article(id) {
      if (texts.has(id)) return;
      const { meta, text } = await get<{ meta: ArticleMeta; text: ArticleText }>(base, 'article', { id });
      texts.set(id, text);
      graph.updateAttribute('articles', (list) => [...(list ?? []), meta]);
    },
  };
}
