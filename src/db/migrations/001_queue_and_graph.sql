-- Articles, the work queue, per-article results, and the graph tables built from them.
-- Documents are `json`, not `jsonb`: stored as written, so text with NUL characters or lone
-- surrogates (which jsonb refuses) goes in and comes back as it was.

-- Every article ingested, in ingest order: `seq` is the order the graph is built in, so the same
-- files ingested in one run give the same graph as `newsgraph extract` over them.
CREATE TABLE articles (
  seq bigint PRIMARY KEY,
  -- Unique across the database, made so as the file pipeline makes ids unique across a run.
  id text NOT NULL UNIQUE,
  -- sha-256 of the article's text and metadata (its file's path and its id aside): the same
  -- article ingested again, from anywhere, is the same row.
  hash text NOT NULL UNIQUE,
  -- The parsed article (metadata and raw text), as the extractor takes it.
  article json NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now()
);

-- The work queue: one row per article. A worker claims a batch by setting its lease; a lease
-- that runs out (a crashed worker) makes the rows claimable again.
CREATE TABLE queue (
  seq bigint PRIMARY KEY REFERENCES articles (seq),
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'failed')),
  lease_owner text,
  lease_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  error text
);
CREATE INDEX queue_queued ON queue (seq) WHERE state = 'queued';

-- What extraction gave for each article (mentions per sentence, meetings, events, relations):
-- written in the same transaction that marks its queue row done.
CREATE TABLE extractions (
  seq bigint PRIMARY KEY REFERENCES articles (seq),
  extractor text NOT NULL,
  result json NOT NULL,
  worker text NOT NULL,
  done_at timestamptz NOT NULL DEFAULT now()
);

-- The graph, as `newsgraph build` last made it. `digest` is a hash of the row's content, so a
-- build rewrites only the rows that changed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE nodes (
  key text PRIMARY KEY,
  type text NOT NULL,
  label text NOT NULL,
  -- Label and aliases, lower-cased and without accents: what search matches.
  names text NOT NULL,
  mentions integer NOT NULL,
  start_day date,
  end_day date,
  attrs json NOT NULL,
  digest text NOT NULL
);
CREATE INDEX nodes_type ON nodes (type);
CREATE INDEX nodes_names ON nodes USING gin (names gin_trgm_ops);
CREATE INDEX nodes_label ON nodes (lower(label) text_pattern_ops);
CREATE INDEX nodes_days ON nodes USING gist (daterange(start_day, end_day, '[]')) WHERE start_day IS NOT NULL;

CREATE TABLE edges (
  key text PRIMARY KEY,
  type text NOT NULL,
  source text NOT NULL,
  target text NOT NULL,
  directed boolean NOT NULL,
  weight integer NOT NULL,
  start_day date,
  end_day date,
  -- Every attribute but the evidence, which is in its own table.
  attrs json NOT NULL,
  digest text NOT NULL
);
CREATE INDEX edges_source ON edges (source);
CREATE INDEX edges_target ON edges (target);
CREATE INDEX edges_type ON edges (type);

CREATE TABLE evidence (
  edge text NOT NULL,
  ord integer NOT NULL,
  article text NOT NULL,
  -- The date the evidence holds for, at its precision, and the days it spans.
  date text NOT NULL,
  start_day date,
  end_day date,
  ref json NOT NULL,
  PRIMARY KEY (edge, ord)
);
CREATE INDEX evidence_article ON evidence (article);
-- Date windows ask which evidence overlaps a span of days: a GiST index on the range answers that.
CREATE INDEX evidence_days ON evidence USING gist (daterange(start_day, end_day, '[]')) WHERE start_day IS NOT NULL;

-- Each article's cleaned text with its mentions keyed to nodes (an entry of articles.json).
CREATE TABLE article_texts (
  id text PRIMARY KEY,
  seq bigint NOT NULL,
  meta json NOT NULL,
  body json NOT NULL,
  digest text NOT NULL
);

-- Graph-wide values: the graph's title and generator, and what the last build included.
CREATE TABLE graph_info (
  name text PRIMARY KEY,
  value json NOT NULL
);
