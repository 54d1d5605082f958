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

/** What hangs on a table's rows (an edge's evidence, an article's sentences), kept in step by `sync`. */
interface Dependents<Row> {
  /** Before the rows of these keys are rewritten or deleted: what hangs on them goes. */
  drop(keys: string[]): Promise<void>;
  /** After a page of changed rows is written: what hangs on them is written. */
  write(rows: Row[]): Promise<void>;
}

/**
 * Brings a table to `rows`: writes new and changed rows (by digest), deletes rows no longer there,
 * and keeps their dependents in step. Rows are taken a page at a time, so a table whose rows are
 * big (an article's whole text) never has them all in memory at once.
 */
async function sync<Row extends { digest: string }>(
  client: pg.PoolClient,
  table: Table<Row>,
  rows: Iterable<Row>,
  dependents?: Dependents<Row>,
): Promise<Changes> {
  const { rows: existing } = await client.query<{ key: string; digest: string }>(`SELECT ${table.key} AS key, digest FROM ${table.name}`);
  const before = new Map(existing.map((r) => [r.key, r.digest]));
  const keyOf = (row: Row) => row[table.key] as string;
  const seen = new Set<string>();
  let written = 0;
  const writePage = async (page: Row[]) => {
    const changed = page.filter((row) => before.get(keyOf(row)) !== row.digest);
    // Only rows there before have dependents to drop. Asking for the others cost a scan of the
    // table per page on a first build: its statistics still say empty, so the planner skips the index.
    const replaced = changed.map(keyOf).filter((key) => before.has(key));
    if (replaced.length) await dependents?.drop(replaced);
    await insert(client, table, changed, true);
    await dependents?.write(changed);
    written += changed.length;
  };
  let page: Row[] = [];
  for (const row of rows) {
    seen.add(keyOf(row));
    page.push(row);
    if (page.length < CHUNK) continue;
    await writePage(page);
    page = [];
  }
  await writePage(page);
  const deleted = [...before.keys()].filter((key) => !seen.has(key));
  for (let i = 0; i < deleted.length; i += CHUNK) {
    const keys = deleted.slice(i, i + CHUNK);
    await dependents?.drop(keys);
    await client.query(`DELETE FROM ${table.name} WHERE ${table.key} = ANY($1)`, [keys]);
  }
  return { written, deleted: deleted.length };
}

export interface GraphChanges {
  nodes: Changes;
  edges: Changes;
  texts: Changes;
}

/**
 * An edge's evidence, rewritten whole when the edge changed, a page of edges at a time (a corpus's
 * evidence as rows at once would hold every reference twice); then, once every page is written,
 * their day counts, summed by the server from the rows just written and inserted in day order, so
 * that the rows a date window reads lie together on disk.
 */
async function syncEdges(client: pg.PoolClient, edges: Iterable<EdgeRow>): Promise<Changes> {
  await client.query('CREATE TEMP TABLE written_edges (edge text PRIMARY KEY)');
  const changes = await sync(client, EDGES, edges, {
    async drop(keys) {
      await client.query('DELETE FROM evidence WHERE edge = ANY($1)', [keys]);
      await client.query('DELETE FROM edge_days WHERE edge = ANY($1)', [keys]);
    },
    async write(changed) {
      await insert(client, EVIDENCE, changed.flatMap(evidenceRows), false);
      await client.query('INSERT INTO written_edges SELECT unnest($1::text[])', [changed.map((edge) => edge.key)]);
    },
  });
  await client.query(
    `INSERT INTO edge_days (edge, days, n)
     SELECT edge, daterange(start_day, end_day, '[]'), count(*) FROM evidence JOIN written_edges USING (edge)
     WHERE start_day IS NOT NULL AND end_day IS NOT NULL GROUP BY 1, 2 ORDER BY 2, 1`,
  );
  await client.query('DROP TABLE written_edges');
  return changes;
}

/** Article texts, made as they are written (each holds a whole text), with a row per sentence beside each. */
const syncTexts = (client: pg.PoolClient, texts: Iterable<ArticleTextRow>): Promise<Changes> =>
  sync(client, TEXTS, texts, {
    drop: async (ids) => void (await client.query('DELETE FROM sentences WHERE article = ANY($1)', [ids])),
    write: (changed) => insert(client, SENTENCES, changed.flatMap(sentenceRows), false),
  });

export async function writeGraph(client: pg.PoolClient, nodes: Iterable<NodeRow>, edges: Iterable<EdgeRow>, texts: Iterable<ArticleTextRow>): Promise<GraphChanges> {
  return { nodes: await sync(client, NODES, nodes), edges: await syncEdges(client, edges), texts: await syncTexts(client, texts) };
}
