// Writing the graph's tables: only the rows whose content changed since the last build are
// written, and the rows of nodes and edges that are gone are deleted.

import type pg from 'pg';
import type { ArticleTextRow, EdgeRow, EvidenceRow, NodeRow, SentenceRow } from './rows.js';
import { evidenceRows, sentenceRows } from './rows.js';

/** Rows per statement: big enough to keep round trips few, small enough for one parameter array each. */
const CHUNK = 5_000;

interface Table<Row> {
  name: string;
  key: keyof Row & string;
  /** Columns and their SQL array types, in the table's order. */
  columns: [keyof Row & string, string][];
}

const NODES: Table<NodeRow> = {
  name: 'nodes',
  key: 'key',
  columns: [['key', 'text'], ['type', 'text'], ['label', 'text'], ['names', 'text'], ['mentions', 'int'], ['start_day', 'date'], ['end_day', 'date'], ['attrs', 'json'], ['digest', 'text']],
};
const EDGES: Table<EdgeRow> = {
  name: 'edges',
  key: 'key',
  columns: [['key', 'text'], ['type', 'text'], ['source', 'text'], ['target', 'text'], ['directed', 'boolean'], ['weight', 'int'], ['start_day', 'date'], ['end_day', 'date'], ['attrs', 'json'], ['digest', 'text']],
};
const EVIDENCE: Table<EvidenceRow> = {
  name: 'evidence',
  key: 'edge',
  columns: [['edge', 'text'], ['ord', 'int'], ['article', 'text'], ['date', 'text'], ['start_day', 'date'], ['end_day', 'date'], ['ref', 'json']],
};
const SENTENCES: Table<SentenceRow> = {
  name: 'sentences',
  key: 'article',
  columns: [['article', 'text'], ['idx', 'int'], ['text', 'text']],
};
const TEXTS: Table<ArticleTextRow> = {
  name: 'article_texts',
  key: 'id',
  columns: [['id', 'text'], ['seq', 'bigint'], ['meta', 'json'], ['body', 'json'], ['digest', 'text']],
};

async function insert<Row>(client: pg.PoolClient, table: Table<Row>, rows: Row[], upsert: boolean): Promise<void> {
  const names = table.columns.map(([c]) => c);
  const update = names.filter((c) => c !== table.key).map((c) => `${c} = EXCLUDED.${c}`);
  const sql =
    `INSERT INTO ${table.name} (${names.join(', ')}) SELECT * FROM unnest(${table.columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')})` +
    (upsert ? ` ON CONFLICT (${table.key}) DO UPDATE SET ${update.join(', ')}` : '');
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await client.query(sql, names.map((c) => chunk.map((row) => row[c as keyof Row])));
  }
}

export interface Changes {
  written: number;
  deleted: number;
}

/** Brings a table to `rows`: writes new and changed rows (by digest), deletes rows no longer there. */
async function sync<Row extends { digest: string }>(client: pg.PoolClient, table: Table<Row>, rows: Row[]): Promise<{ changed: Row[]; deleted: string[] }> {
  const { rows: existing } = await client.query<{ key: string; digest: string }>(`SELECT ${table.key} AS key, digest FROM ${table.name}`);
  const before = new Map(existing.map((r) => [r.key, r.digest]));
  const changed = rows.filter((row) => before.get(row[table.key] as string) !== row.digest);
  const kept = new Set(rows.map((row) => row[table.key] as string));
  const deleted = [...before.keys()].filter((key) => !kept.has(key));
  for (let i = 0; i < deleted.length; i += CHUNK)
    await client.query(`DELETE FROM ${table.name} WHERE ${table.key} = ANY($1)`, [deleted.slice(i, i + CHUNK)]);
  await insert(client, table, changed, true);
  return { changed, deleted };
}

export interface GraphChanges {
  nodes: Changes;
  edges: Changes;
  texts: Changes;
}

/**
 * The evidence of these edges, a chunk of edges at a time (a corpus's evidence as rows at once
 * would hold every reference twice), then their day counts, summed by the server from the rows just
 * written and inserted in day order, so that the rows a date window reads lie together on disk.
 */
async function writeEvidence(client: pg.PoolClient, edges: EdgeRow[]): Promise<void> {
  await client.query('CREATE TEMP TABLE written_edges (edge text PRIMARY KEY)');
  for (let i = 0; i < edges.length; i += CHUNK) {
    const chunk = edges.slice(i, i + CHUNK);
    await insert(client, EVIDENCE, chunk.flatMap(evidenceRows), false);
    await client.query('INSERT INTO written_edges SELECT unnest($1::text[])', [chunk.map((edge) => edge.key)]);
  }
  await client.query(
    `INSERT INTO edge_days (edge, days, n)
     SELECT edge, daterange(start_day, end_day, '[]'), count(*) FROM evidence JOIN written_edges USING (edge)
     WHERE start_day IS NOT NULL AND end_day IS NOT NULL GROUP BY 1, 2 ORDER BY 2, 1`,
  );
  await client.query('DROP TABLE written_edges');
}

/**
 * Brings the article texts to `texts`, read a page at a time (each row holds an article's whole
 * text, so a corpus's rows at once would hold every text again): changed texts are written with
 * their sentences, texts no longer there are deleted with theirs.
 */
async function syncTexts(client: pg.PoolClient, texts: Iterable<ArticleTextRow>): Promise<Changes> {
  const { rows: existing } = await client.query<{ id: string; digest: string }>('SELECT id, digest FROM article_texts');
  const before = new Map(existing.map((r) => [r.id, r.digest]));
  const seen = new Set<string>();
  let written = 0;
  const write = async (page: ArticleTextRow[]) => {
    const changed = page.filter((row) => before.get(row.id) !== row.digest);
    await client.query('DELETE FROM sentences WHERE article = ANY($1)', [changed.map((row) => row.id)]);
    await insert(client, TEXTS, changed, true);
    await insert(client, SENTENCES, changed.flatMap(sentenceRows), false);
    written += changed.length;
  };
  let page: ArticleTextRow[] = [];
  for (const row of texts) {
    seen.add(row.id);
    page.push(row);
    if (page.length < CHUNK) continue;
    await write(page);
    page = [];
  }
  await write(page);
  const deleted = [...before.keys()].filter((id) => !seen.has(id));
  for (let i = 0; i < deleted.length; i += CHUNK) {
    const ids = deleted.slice(i, i + CHUNK);
    await client.query('DELETE FROM sentences WHERE article = ANY($1)', [ids]);
    await client.query('DELETE FROM article_texts WHERE id = ANY($1)', [ids]);
  }
  return { written, deleted: deleted.length };
}

export async function writeGraph(client: pg.PoolClient, nodes: NodeRow[], edges: EdgeRow[], texts: Iterable<ArticleTextRow>): Promise<GraphChanges> {
  const n = await sync(client, NODES, nodes);
  const e = await sync(client, EDGES, edges);
  // An edge's evidence is rewritten whole when the edge changed.
  const stale = [...e.deleted, ...e.changed.map((edge) => edge.key)];
  for (let i = 0; i < stale.length; i += CHUNK) {
    await client.query('DELETE FROM evidence WHERE edge = ANY($1)', [stale.slice(i, i + CHUNK)]);
    await client.query('DELETE FROM edge_days WHERE edge = ANY($1)', [stale.slice(i, i + CHUNK)]);
  }
  await writeEvidence(client, e.changed);
  const count = (c: { changed: unknown[]; deleted: unknown[] }): Changes => ({ written: c.changed.length, deleted: c.deleted.length });
  return { nodes: count(n), edges: count(e), texts: await syncTexts(client, texts) };
}
