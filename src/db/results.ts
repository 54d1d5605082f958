// The stored results a build reads, held compressed: at 100,000 articles their parsed objects
// alone were more than half of a 4 GB heap, while deflated text is about a sixth of its JSON
// and lives outside the heap. Each pass of the build makes the articles again, one at a time.

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Corpus, ExtractedArticle } from '../extract/pipeline.js';
import type { Db } from './connect.js';

/** Results read per query, in ingest order. */
const PAGE = 1_000;

export class StoredResults implements Corpus {
  /** Each article's ingest position, in the order the corpus gives them. */
  readonly seqs: number[] = [];
  private readonly packed: Buffer[] = [];

  get length(): number {
    return this.packed.length;
  }

  *[Symbol.iterator](): Iterator<ExtractedArticle> {
    for (const packed of this.packed) yield JSON.parse(inflateRawSync(packed).toString()) as ExtractedArticle;
  }

  /** Every stored extraction, in ingest order (the order `extract` reads the same files in). */
  static async read(db: Db): Promise<StoredResults> {
    const results = new StoredResults();
    for (let after = 0; ; ) {
      const { rows } = await db.query<{ seq: string; result: string }>(
        'SELECT seq, result::text AS result FROM extractions WHERE seq > $1 ORDER BY seq LIMIT $2',
        [after, PAGE],
      );
      if (!rows.length) return results;
      for (const row of rows) {
        results.seqs.push(Number(row.seq));
        // Copied: zlib hands back a view of its 16 KB output chunk, six times what it holds.
        results.packed.push(Buffer.from(deflateRawSync(row.result)));
      }
      after = results.seqs[results.seqs.length - 1]!;
    }
  }
}
