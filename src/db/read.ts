// Reading parts of the graph back from its tables: the whole graph, a date window, a
// neighbourhood, as graphology's serialised nodes and edges (what graph.json holds).

import type { SerializedEdge, SerializedNode } from 'graphology-types';
import { compareKeys } from '../graph/json.js';
import type { ArticleMeta, ArticleText, EdgeAttributes, Evidence, NodeAttributes } from '../graph/types.js';
import type { Db } from './connect.js';

export interface Selection {
  /** Only evidence, and so edges, that holds for a day in [from, to] (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Only the nodes within `hops` relations of this node, and the edges among them. */
  around?: string;
  hops?: number;
}

export interface Part {
  nodes: SerializedNode<NodeAttributes>[];
  edges: SerializedEdge<EdgeAttributes>[];
  /** Set when a limit left edges out. */
  truncated?: boolean;
}

const FIRST_DAY = '0001-01-01';
const LAST_DAY = '9999-12-31';

export const hasWindow = (s: Selection) => s.from !== undefined || s.to !== undefined;

/** SQL true for an edge `e` with evidence in the window $from..$to (parameters at `at`, `at + 1`). */
const inWindow = (at: number) =>
  `EXISTS (SELECT 1 FROM evidence v WHERE v.edge = e.key AND v.start_day <= $${at + 1}::date AND v.end_day >= $${at}::date)`;

/** SQL true for a row whose days overlap $1..$2: what the GiST indexes on the day ranges answer. */
export const OVERLAPS = "daterange(start_day, end_day, '[]') && daterange($1::date, $2::date, '[]')";

export const windowParams = (s: Selection) => [s.from ?? FIRST_DAY, s.to ?? LAST_DAY];

/** Node keys within `hops` relations of `around` (following only edges in the window, if any). */
async function neighbourhood(db: Db, around: string, hops: number, selection: Selection): Promise<Set<string>> {
  const reached = new Set([around]);
  let frontier = [around];
  const windowed = hasWindow(selection);
  for (let hop = 0; hop < hops && frontier.length; hop++) {
    const { rows } = await db.query<{ other: string }>(
      `SELECT CASE WHEN e.source = ANY($1) THEN e.target ELSE e.source END AS other FROM edges e
       WHERE (e.source = ANY($1) OR e.target = ANY($1))${windowed ? ` AND ${inWindow(2)}` : ''}`,
      windowed ? [frontier, ...windowParams(selection)] : [frontier],
    );
    frontier = [...new Set(rows.map((r) => r.other))].filter((key) => !reached.has(key));
    for (const key of frontier) reached.add(key);
  }
  return reached;
}

interface EdgeRecord {
  key: string;
  source: string;
  target: string;
  directed: boolean;
  attrs: Omit<EdgeAttributes, 'evidence'>;
}

/** Evidence of the edges, in order; at most `limit` per edge when given. */
async function evidenceOf(db: Db, edges: string[], limit?: number): Promise<Map<string, Evidence[]>> {
  const byEdge = new Map<string, Evidence[]>();
  const { rows } = await db.query<{ edge: string; ref: Evidence }>(
    `SELECT edge, ref FROM evidence WHERE edge = ANY($1)${limit !== undefined ? ' AND ord < $2' : ''} ORDER BY edge, ord`,
    limit !== undefined ? [edges, limit] : [edges],
  );
  for (const row of rows) {
    let list = byEdge.get(row.edge);
    if (!list) byEdge.set(row.edge, (list = []));
    list.push(row.ref);
  }
  return byEdge;
}

export async function serialisedEdges(db: Db, records: EdgeRecord[], evidenceLimit?: number): Promise<SerializedEdge<EdgeAttributes>[]> {
  const evidence = await evidenceOf(db, records.map((r) => r.key), evidenceLimit);
  return records
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((r) => ({
      key: r.key,
      source: r.source,
      target: r.target,
      ...(r.directed ? {} : { undirected: true }),
      attributes: { ...r.attrs, evidence: evidence.get(r.key) ?? [] },
    }));
}

export async function serialisedNodes(db: Db, keys: string[] | undefined): Promise<SerializedNode<NodeAttributes>[]> {
  const { rows } = await db.query<{ key: string; attrs: NodeAttributes }>(
    // A join on the list, not `key = ANY(list)`: with thousands of keys the planner would scan the table.
    keys ? 'SELECT n.key, n.attrs FROM unnest($1::text[]) AS k (key) JOIN nodes n USING (key)' : 'SELECT key, attrs FROM nodes',
    keys ? [keys] : [],
  );
  return rows.map((r) => ({ key: r.key, attributes: r.attrs })).sort((a, b) => compareKeys(a.key, b.key));
}

const EDGE_COLUMNS = 'e.key, e.source, e.target, e.directed, e.attrs';

/**
 * The selected part of the graph: with `around`, the neighbourhood and the edges among it;
 * with a window alone, the edges with evidence in it, their ends and the nodes whose span
 * meets it; with neither, everything. `evidenceLimit` caps the evidence listed per edge.
 */
export async function readPart(db: Db, selection: Selection, evidenceLimit?: number): Promise<Part> {
  const windowed = hasWindow(selection);
  let keys: string[] | undefined;
  let edges: EdgeRecord[];
  if (selection.around !== undefined) {
    keys = [...(await neighbourhood(db, selection.around, selection.hops ?? 1, selection))];
    const { rows } = await db.query<EdgeRecord>(
      `SELECT ${EDGE_COLUMNS} FROM edges e WHERE e.source = ANY($1) AND e.target = ANY($1)${windowed ? ` AND ${inWindow(2)}` : ''}`,
      windowed ? [keys, ...windowParams(selection)] : [keys],
    );
    edges = rows;
  } else if (windowed) {
    const { rows } = await db.query<EdgeRecord>(
      `SELECT ${EDGE_COLUMNS} FROM edges e WHERE e.key IN (SELECT edge FROM evidence WHERE start_day IS NOT NULL AND ${OVERLAPS})`,
      windowParams(selection),
    );
    edges = rows;
    const spanned = await db.query<{ key: string }>(
      `SELECT key FROM nodes WHERE start_day IS NOT NULL AND ${OVERLAPS}`,
      windowParams(selection),
    );
    keys = [...new Set([...spanned.rows.map((r) => r.key), ...edges.flatMap((e) => [e.source, e.target])])];
  } else {
    edges = (await db.query<EdgeRecord>(`SELECT ${EDGE_COLUMNS} FROM edges e`)).rows;
  }
  const nodes = await serialisedNodes(db, keys);
  return { nodes, edges: await serialisedEdges(db, edges, evidenceLimit) };
}

/** The metadata of the articles, sorted by id; all of them when `ids` is undefined. */
export async function articleMetas(db: Db, ids: string[] | undefined): Promise<ArticleMeta[]> {
  const { rows } = await db.query<{ meta: ArticleMeta }>(
    ids ? 'SELECT meta FROM article_texts WHERE id = ANY($1)' : 'SELECT meta FROM article_texts',
    ids ? [ids] : [],
  );
  return rows.map((r) => r.meta).sort((a, b) => compareKeys(a.id, b.id));
}

/** Article texts by id, in id order, read a page at a time. */
export async function* articleBodies(db: Db, ids: string[] | undefined): AsyncGenerator<ArticleText> {
  const sorted = ids ? [...ids].sort(compareKeys) : (await db.query<{ id: string }>('SELECT id FROM article_texts')).rows.map((r) => r.id).sort(compareKeys);
  for (let i = 0; i < sorted.length; i += 500) {
    const page = sorted.slice(i, i + 500);
    const { rows } = await db.query<{ id: string; body: ArticleText }>('SELECT id, body FROM article_texts WHERE id = ANY($1)', [page]);
    const byId = new Map(rows.map((r) => [r.id, r.body]));
    for (const id of page) if (byId.has(id)) yield byId.get(id)!;
  }
}

export interface GraphInfo {
  title: string;
  generator: { name: string; version: string };
}

export async function graphInfo(db: Db): Promise<GraphInfo | undefined> {
  const { rows } = await db.query<{ value: GraphInfo }>("SELECT value FROM graph_info WHERE name = 'graph'");
  return rows[0]?.value;
}
