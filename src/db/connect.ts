// The connection to PostgreSQL: from `--db URL`, or else from the standard PG* variables
// (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE), which `pg` reads itself.

import pg from 'pg';

export type Db = pg.Pool;

/** A pool of connections; `max` bounds how many this process opens. */
export function connect(url: string | undefined, max = 4): Db {
  const pool = new pg.Pool({ ...(url ? { connectionString: url } : {}), max, application_name: 'newsgraph' });
  // An idle connection the server drops is replaced; without a listener the error would end the process.
  pool.on('error', () => {});
  return pool;
}

/**
 * Where a connection goes, for messages: host, port and database, never the user or the
 * password (neither from the URL nor from PGPASSWORD).
 */
export function describeTarget(url: string | undefined): string {
  if (url) {
    try {
      const parsed = new URL(url);
      const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
      return `${host}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname || '/'}`;
    } catch {
      return 'the database named by --db';
    }
  }
  const env = process.env;
  return `${env.PGHOST ?? 'localhost'}:${env.PGPORT ?? 5432}/${env.PGDATABASE ?? env.PGUSER ?? ''}`;
}

/** A connection error as a message that names the target but carries no credentials. */
export function describeError(error: unknown, url: string | undefined): string {
  const text = error instanceof Error ? error.message : String(error);
  // Drivers quote the connection string in a few messages: never pass a password on.
  const safe = url ? text.split(url).join(describeTarget(url)) : text;
  return `${describeTarget(url)}: ${safe.replace(/\/\/[^@/\s]*@/g, '//')}`;
}

/** Runs `work` in a transaction on one connection, committing on success, rolling back on error. */
export async function transaction<T>(db: Db, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
