// The work queue, on `SELECT … FOR UPDATE SKIP LOCKED`: a worker claims a batch of queued rows
// by giving them a lease; a row whose lease ran out (its worker crashed or stalled) can be
// claimed again. A result is written only by the lease's holder, in the transaction that marks
// its row done, so no article is lost and none is written twice.

import type { Article } from '../extract/types.js';
import { transaction, type Db } from './connect.js';

export interface Claimed {
  seq: number;
  article: Article;
}

/** Claims up to `size` claimable articles (queued, never leased or lease run out), in ingest order. */
export async function claimBatch(db: Db, owner: string, size: number, leaseSeconds: number): Promise<Claimed[]> {
  const { rows } = await db.query<{ seq: string; article: Article }>(
    `WITH claimed AS (
       UPDATE queue SET lease_owner = $1, lease_until = now() + make_interval(secs => $3), attempts = attempts + 1
       WHERE seq IN (
         SELECT seq FROM queue
         WHERE state = 'queued' AND (lease_until IS NULL OR lease_until < now())
         ORDER BY seq LIMIT $2
         FOR UPDATE SKIP LOCKED)
       RETURNING seq)
     SELECT claimed.seq, articles.article FROM claimed JOIN articles USING (seq) ORDER BY claimed.seq`,
    [owner, size, leaseSeconds],
  );
  return rows.map((r) => ({ seq: Number(r.seq), article: r.article }));
}

/** Extends the lease on what `owner` still holds; returns how many rows it holds. */
export async function renewLease(db: Db, owner: string, leaseSeconds: number): Promise<number> {
  const { rowCount } = await db.query(
    "UPDATE queue SET lease_until = now() + make_interval(secs => $2) WHERE lease_owner = $1 AND state = 'queued'",
    [owner, leaseSeconds],
  );
  return rowCount ?? 0;
}

/**
 * Marks the article done and stores its result, in one transaction, if `owner` still holds it.
 * Returns false (and writes nothing) when the lease was lost to another worker.
 */
export async function complete(db: Db, owner: string, seq: number, extractor: string, result: string): Promise<boolean> {
  return transaction(db, async (client) => {
    const { rowCount } = await client.query(
      "UPDATE queue SET state = 'done', lease_owner = NULL, lease_until = NULL, error = NULL WHERE seq = $1 AND lease_owner = $2 AND state = 'queued'",
      [seq, owner],
    );
    if (rowCount !== 1) return false;
    await client.query('INSERT INTO extractions (seq, extractor, result, worker) VALUES ($1, $2, $3, $4)', [seq, extractor, result, owner]);
    return true;
  });
}

/** Claims of one article before an error marks it failed: one bad article must not hold the queue forever. */
export const MAX_ATTEMPTS = 3;

/**
 * An article whose extraction threw: back to the queue for another try (the error may be the
 * worker's, not the article's), or, from its MAX_ATTEMPTS-th claim on, marked failed with the
 * error and kept out of the graph. Returns whether it was marked failed.
 */
export async function fail(db: Db, owner: string, seq: number, error: string): Promise<boolean> {
  const { rows } = await db.query<{ state: string }>(
    `UPDATE queue SET state = CASE WHEN attempts >= $4 THEN 'failed' ELSE 'queued' END,
       lease_owner = NULL, lease_until = NULL, error = $3
     WHERE seq = $1 AND lease_owner = $2 AND state = 'queued' RETURNING state`,
    [seq, owner, error, MAX_ATTEMPTS],
  );
  return rows[0]?.state === 'failed';
}

export interface QueueCounts {
  queued: number;
  /** Queued rows under a lease that has not run out: some worker is on them. */
  leased: number;
  done: number;
  failed: number;
}

export async function queueCounts(db: Db): Promise<QueueCounts> {
  const { rows } = await db.query<{ queued: string; leased: string; done: string; failed: string }>(
    `SELECT count(*) FILTER (WHERE state = 'queued') AS queued,
            count(*) FILTER (WHERE state = 'queued' AND lease_until >= now()) AS leased,
            count(*) FILTER (WHERE state = 'done') AS done,
            count(*) FILTER (WHERE state = 'failed') AS failed
     FROM queue`,
  );
  const r = rows[0]!;
  return { queued: Number(r.queued), leased: Number(r.leased), done: Number(r.done), failed: Number(r.failed) };
}
