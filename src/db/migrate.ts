// Schema migrations: the numbered .sql files in migrations/, each applied once, in order, in
// its own transaction. Every command runs this first, so a new database needs no setup step.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { transaction, type Db } from './connect.js';

// Named from the folder above, like every file read at run time, so the path holds in the compiled CLI too.
const DIR = fileURLToPath(new URL('../db/migrations/', import.meta.url));
/** Any number, the same in every process: holders of it apply migrations one at a time. */
const MIGRATION_LOCK = 0x6e657773;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrations(): Migration[] {
  return readdirSync(DIR)
    .filter((file) => /^\d+_.*\.sql$/.test(file))
    .sort()
    .map((file) => ({ version: Number.parseInt(file, 10), name: file, sql: readFileSync(join(DIR, file), 'utf8') }));
}

/** Applies the migrations the database lacks; returns their names. */
export async function migrate(db: Db): Promise<string[]> {
  return transaction(db, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    const done: string[] = [];
    for (const migration of migrations()) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      done.push(migration.name);
    }
    return done;
  });
}
