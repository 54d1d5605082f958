// The JSON API `newsgraph serve` answers, one function per route. Every answer is bounded
// (a limit on nodes, edges and evidence) so a million-node graph is read a piece at a time.

import { fold } from '../app/core/search.js';
import type { SerializedEdge } from 'graphology-types';
import { isIsoDay } from '../graph/days.js';
import type { ArticleMeta, ArticleText, EdgeAttributes, Evidence } from '../graph/types.js';
import type { Db } from './connect.js';
import { articleMetas, graphInfo, serialisedEdges, serialisedNodes, type Part } from './read.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Query = URLSearchParams;

function limitOf(query: Query, name: string, fallback: number, max: number): number {
  const value = query.get(name);
  if (value === null) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ApiError(400, `${name} must be a whole number`);
  return Math.min(n, max);
}

function required(query: Query, name: string): string {
  const value = query.get(name);
  if (!value) throw new ApiError(400, `${name} is required`);
  return value;
}

function dayOf(query: Query, name: string, fallback: string): string {
  const value = query.get(name) ?? fallback;
  if (!isIsoDay(value)) throw new ApiError(400, `${name} must be a day, YYYY-MM-DD`);
  return value;
}

/** Sentences by article id and index: the text of the evidence an answer lists (graph.json keeps references). */
export type Sentences = Record<string, Record<number, string>>;

async function sentencesOf(db: Db, evidence: Evidence[]): Promise<Sentences> {
  const wanted = [...new Map(evidence.map((e) => [`${e.article}\n${e.sentence}`, e])).values()];
  const { rows } = await db.query<{ article: string; idx: number; text: string }>(
    'SELECT s.article, s.idx, s.text FROM sentences s JOIN unnest($1::text[], $2::int[]) AS w (article, idx) USING (article, idx)',
    [wanted.map((e) => e.article), wanted.map((e) => e.sentence)],
  );
  const sentences: Sentences = {};
  for (const row of rows) (sentences[row.article] ??= {})[row.idx] = row.text;
  return sentences;
}

const evidenceOfEdges = (edges: SerializedEdge<EdgeAttributes>[]) => edges.flatMap((e) => e.attributes?.evidence ?? []);

/** Evidence listed per edge in a subgraph; the rest is one /api/edge call away. */
const EVIDENCE_PER_EDGE = 5;

export async function info(db: Db) {
  const graph = await graphInfo(db);
  const { rows } = await db.query<{ nodes: string; edges: string; articles: string; start: string | null; end: string | null }>(
    `SELECT (SELECT count(*) FROM nodes) AS nodes, (SELECT count(*) FROM edges) AS edges,
            (SELECT count(*) FROM article_texts) AS articles,
            (SELECT min(start_day)::text FROM nodes) AS start, (SELECT max(end_day)::text FROM nodes) AS end`,
  );
  const r = rows[0]!;
  return { title: graph?.title ?? '', nodes: Number(r.nodes), edges: Number(r.edges), articles: Number(r.articles), start: r.start, end: r.end };
}

/**
 * Nodes whose label or an alias contains the text (case- and accent-insensitive, as the viewer's
 * search): exact and prefix matches first, then the most mentioned.
 */
export async function search(db: Db, query: Query) {
  const q = fold(required(query, 'q'));
  const limit = limitOf(query, 'limit', 20, 100);
  // Under three characters the trigram index cannot help: labels starting with the text only.
  const short = q.length < 3;
  const { rows } = await db.query<{ key: string; label: string; type: string; names: string }>(
    `SELECT key, label, type, names FROM nodes
     WHERE ${short ? "lower(label) LIKE $2 || '%'" : "names LIKE '%' || $2 || '%'"}
     ORDER BY (split_part(names, E'\\n', 1) = $2) DESC, (split_part(names, E'\\n', 1) LIKE $2 || '%') DESC, mentions DESC, key
     LIMIT $1`,
    [limit, q.replace(/[\\%_]/g, (c) => `\\${c}`)],
  );
  return rows.map((r) => {
    const via = fold(r.label).includes(q) ? undefined : r.names.split('\n').find((name) => name.includes(q));
    return { node: r.key, label: r.label, type: r.type, ...(via ? { via } : {}) };
  });
}

/** Articles whose titles a node's details list at once; the rest show their ids until opened. */
const ARTICLES_PER_NODE = 200;

/**
 * A node with the edges that touch it (the heaviest first, up to `limit`), the nodes at their
 * other ends, and the metadata of the articles it is in.
 */
export async function node(db: Db, query: Query): Promise<Part & { degree: number; articles: ArticleMeta[]; sentences: Sentences }> {
  const key = required(query, 'key');
  const limit = limitOf(query, 'limit', 500, 5_000);
  const found = await serialisedNodes(db, [key]);
  if (!found.length) throw new ApiError(404, `no node "${key}"`);
  const { rows } = await db.query<{ key: string; source: string; target: string; directed: boolean; attrs: Omit<EdgeAttributes, 'evidence'>; degree: string }>(
    `SELECT key, source, target, directed, attrs, count(*) OVER () AS degree FROM (
       SELECT * FROM edges WHERE source = $1 UNION ALL SELECT * FROM edges WHERE target = $1) e
     ORDER BY weight DESC, key LIMIT $2`,
    [key, limit],
  );
  const degree = Number(rows[0]?.degree ?? 0);
  const others = [...new Set(rows.map((r) => (r.source === key ? r.target : r.source)))];
  // Independent reads go out together: the pool gives each its own connection.
  const [neighbours, [edges, sentences], articles] = await Promise.all([
    serialisedNodes(db, others),
    edgesWithSentences(db, rows, EVIDENCE_PER_EDGE),
    articleMetas(db, found[0]!.attributes!.articles.slice(0, ARTICLES_PER_NODE)),
  ]);
  return { nodes: [...found, ...neighbours], edges, degree, articles, sentences, ...(degree > rows.length ? { truncated: true } : {}) };
}

async function edgesWithSentences(db: Db, records: Parameters<typeof serialisedEdges>[1], evidenceLimit: number) {
  const edges = await serialisedEdges(db, records, evidenceLimit);
  return [edges, await sentencesOf(db, evidenceOfEdges(edges))] as const;
}

/**
 * The edges with the most evidence in [from, to] (up to `limit`), their ends, and each edge's
 * first evidence (the rest is one /api/edge call away): a window is an overview, kept small.
 */
export async function window(db: Db, query: Query): Promise<Part & { sentences: Sentences }> {
  const from = dayOf(query, 'from', '0001-01-01');
  const to = dayOf(query, 'to', '9999-12-31');
  // 1,000 edges bring about 1,600 nodes: the size the viewer draws at full speed (bench/viewer.ts).
  const limit = limitOf(query, 'limit', 1_000, 20_000);
  const { rows } = await db.query<{ key: string; source: string; target: string; directed: boolean; attrs: Omit<EdgeAttributes, 'evidence'> }>(
    `WITH top AS (
       SELECT edge, sum(n) AS n FROM edge_days WHERE days && daterange($1::date, $2::date, '[]')
       GROUP BY edge ORDER BY n DESC, edge LIMIT $3 + 1)
     SELECT e.key, e.source, e.target, e.directed, e.attrs FROM top JOIN edges e ON e.key = top.edge ORDER BY top.n DESC, top.edge`,
    [from, to, limit],
  );
  const truncated = rows.length > limit;
  const kept = rows.slice(0, limit);
  const [nodes, [edges, sentences]] = await Promise.all([
    serialisedNodes(db, [...new Set(kept.flatMap((r) => [r.source, r.target]))]),
    edgesWithSentences(db, kept, 1),
  ]);
  return { nodes, edges, sentences, ...(truncated ? { truncated } : {}) };
}

/** An edge's evidence, a page at a time, in the edge's order. */
export async function edgeEvidence(db: Db, query: Query) {
  const key = required(query, 'key');
  const offset = limitOf(query, 'offset', 0, Number.MAX_SAFE_INTEGER);
  const limit = limitOf(query, 'limit', 100, 1_000);
  const edge = await db.query<{ source: string; target: string; attrs: Omit<EdgeAttributes, 'evidence'> }>('SELECT source, target, attrs FROM edges WHERE key = $1', [key]);
  if (!edge.rows.length) throw new ApiError(404, `no edge "${key}"`);
  const { rows } = await db.query<{ ref: Evidence }>('SELECT ref FROM evidence WHERE edge = $1 AND ord >= $2 ORDER BY ord LIMIT $3', [key, offset, limit]);
  const { source, target, attrs } = edge.rows[0]!;
  const evidence = rows.map((r) => r.ref);
  return { key, source, target, attributes: attrs, total: attrs.weight, offset, evidence, sentences: await sentencesOf(db, evidence) };
}

/** An article's metadata and cleaned text with its mentions (an entry of articles.json). */
export async function article(db: Db, query: Query): Promise<{ meta: ArticleMeta; text: ArticleText }> {
  const id = required(query, 'id');
  const { rows } = await db.query<{ meta: ArticleMeta; body: ArticleText }>('SELECT meta, body FROM article_texts WHERE id = $1', [id]);
  if (!rows.length) throw new ApiError(404, `no article "${id}"`);
  return { meta: rows[0]!.meta, text: rows[0]!.body };
}

export const ROUTES: Record<string, (db: Db, query: Query) => Promise<unknown>> = {
  '/api/info': (db) => info(db),
  '/api/search': search,
  '/api/node': node,
  '/api/window': window,
  '/api/edge': edgeEvidence,
  '/api/article': article,
};
