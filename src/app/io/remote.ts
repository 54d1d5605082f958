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
  articles?: ArticleMeta[];
  /** The text of the evidence sentences the answer lists, by article id and sentence index. */
  sentences?: Record<string, Record<number, string>>;
}

/**
 * Until an article is opened in the reader, the page knows only the sentences its evidence
 * quoted: they stand in for the article (at their indexes) so evidence resolves as with files.
 */
function partialText(id: string, known: Map<number, string>): ArticleText {
  const sentences: [number, number][] = [];
  let text = '';
  for (const [index, sentence] of [...known].sort((a, b) => a[0] - b[0])) {
    if (text) text += ' ';
    sentences[index] = [text.length, text.length + sentence.length];
    text += sentence;
  }
  return { id, text, sentences, removed: [], mentions: [] };
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
  const known = new Set(graph.getAttribute('articles').map((a) => a.id));
  const metas = (part.articles ?? []).filter((a) => !known.has(a.id));
  if (metas.length) graph.updateAttribute('articles', (list) => [...(list ?? []), ...metas]);
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
  /** Articles held whole (opened in the reader), and the sentences known of the others. */
  const whole = new Set<string>();
  const known = new Map<string, Map<number, string>>();
  const learn = (sentences: Part['sentences'] = {}) => {
    for (const [id, byIndex] of Object.entries(sentences)) {
      if (whole.has(id)) continue;
      const mine = known.get(id) ?? new Map<number, string>();
      known.set(id, mine);
      for (const [index, sentence] of Object.entries(byIndex)) mine.set(Number(index), sentence);
      texts.set(id, partialText(id, mine));
    }
  };
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
      learn(part.sentences);
      degrees.set(node, part.degree ?? 0);
    },
    hidden(node) {
      const degree = degrees.get(node);
      return degree === undefined ? 'unknown' : Math.max(0, degree - graph.degree(node));
    },
    async article(id) {
      if (whole.has(id)) return;
      const { meta, text } = await get<{ meta: ArticleMeta; text: ArticleText }>(base, 'article', { id });
      whole.add(id);
      texts.set(id, text);
      merge(graph, { nodes: [], edges: [], articles: [meta] });
    },
  };
}
