// `newsgraph ingest`: article files into the database's queue. Each article is keyed by a hash
// of its content, so ingesting the same articles again (from any path) adds nothing.

import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Article, InputProblem } from '../extract/types.js';
import { listInputFiles, readInputBytes, parseArticleBytes } from '../cli/inputs.js';
import { transaction, type Db } from './connect.js';

/** Ingest transactions take it, so ids and the ingest order are decided by one ingest at a time. */
const INGEST_LOCK = 0x696e6773;
/** Whole files are added together until a transaction holds about this many articles. */
const BATCH_ARTICLES = 500;

/** The hash an article is known by: everything that reaches the graph but its id and its file's path. */
export function contentHash(article: Article): string {
  const { title, published, source, lang, url, text } = article;
  return createHash('sha256')
    .update(JSON.stringify([title, published, source, lang, url ?? null, text]))
    .digest('hex');
}

export interface IngestSummary {
  files: number;
  queued: number;
  known: number;
  problems: InputProblem[];
}

interface ParsedFile {
  file: string;
  articles: Article[];
}

/** An id not yet taken: a later article with a taken id gets a numeric suffix, as in `extract`. */
function freeId(parsed: string, taken: Set<string>): string {
  let id = parsed;
  for (let n = 2; taken.has(id); n++) id = `${parsed}-${n}`;
  taken.add(id);
  return id;
}

/** Ids for the parsed ones, none taken in the database nor by each other. */
async function uniqueIds(client: pg.PoolClient, parsed: string[]): Promise<string[]> {
  const taken = new Set<string>();
  for (;;) {
    const used = new Set(taken);
    const ids = parsed.map((id) => freeId(id, used));
    const clashes = await client.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1)', [ids]);
    if (!clashes.rows.length) return ids;
    for (const row of clashes.rows) taken.add(row.id);
  }
}

/** Adds the files' new articles, in order, with ids unique in the database; returns how many were new. */
async function addBatch(client: pg.PoolClient, batch: ParsedFile[]): Promise<{ queued: number; known: number }> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
  const articles = batch.flatMap((f) => f.articles);
  const hashes = articles.map(contentHash);
  const seen = await client.query<{ hash: string }>('SELECT hash FROM articles WHERE hash = ANY($1)', [hashes]);
  const known = new Set(seen.rows.map((r) => r.hash));
  const fresh: { article: Article; hash: string }[] = [];
  articles.forEach((article, i) => {
    if (known.has(hashes[i]!)) return;
    known.add(hashes[i]!);
    fresh.push({ article, hash: hashes[i]! });
  });
  if (!fresh.length) return { queued: 0, known: articles.length };
  const ids = await uniqueIds(client, fresh.map((f) => f.article.id));
  const { rows } = await client.query<{ next: string }>('SELECT coalesce(max(seq), 0) + 1 AS next FROM articles');
  const first = Number(rows[0]!.next);
  const seqs = fresh.map((_, i) => first + i);
  const bodies = fresh.map((f, i) => JSON.stringify({ ...f.article, id: ids[i] }));
  await client.query(
    'INSERT INTO articles (seq, id, hash, article) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::json[])',
    [seqs, ids, fresh.map((f) => f.hash), bodies],
  );
  await client.query('INSERT INTO queue (seq) SELECT unnest($1::bigint[])', [seqs]);
  return { queued: fresh.length, known: articles.length - fresh.length };
}

/** Reads and parses the files in their sorted order (as `extract` does) and queues what is new. */
export async function ingestFiles(db: Db, paths: string[]): Promise<IngestSummary> {
  const { files, problems } = await listInputFiles(paths);
  const summary: IngestSummary = { files: 0, queued: 0, known: 0, problems };
  let batch: ParsedFile[] = [];
  let size = 0;
  const flush = async () => {
    if (!batch.length) return;
    const added = await transaction(db, (client) => addBatch(client, batch));
    summary.queued += added.queued;
    summary.known += added.known;
    batch = [];
    size = 0;
  };
  for (const file of files) {
    const bytes = await readInputBytes(file);
    const parsed = bytes instanceof Uint8Array ? parseArticleBytes(file, bytes) : { articles: [], problems: [bytes] };
    problems.push(...parsed.problems);
    if (!parsed.articles.length) continue;
    summary.files++;
    batch.push({ file, articles: parsed.articles });
    size += parsed.articles.length;
    if (size >= BATCH_ARTICLES) await flush();
  }
  await flush();
  return summary;
}
