-- Evidence sentences one row each: an answer lists the few sentences it shows without reading
-- and parsing whole articles (an article's body holds its text, removed blocks and mentions).
CREATE TABLE sentences (
  article text NOT NULL,
  idx integer NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (article, idx)
);

-- How much evidence each edge has on each span of days: a date window adds up the rows its GiST
-- index finds, without reading the evidence table (an index-only scan: edge and count are in it).
-- Rows are written in order of days, so one window's rows share pages.
CREATE TABLE edge_days (
  edge text NOT NULL,
  days daterange NOT NULL,
  n integer NOT NULL
);
CREATE INDEX edge_days_days ON edge_days USING gist (days) INCLUDE (edge, n);
CREATE INDEX edge_days_edge ON edge_days (edge);
INSERT INTO edge_days (edge, days, n)
  SELECT edge, daterange(start_day, end_day, '[]'), count(*) FROM evidence WHERE start_day IS NOT NULL GROUP BY 1, 2
  ORDER BY 2, 1;

-- The sentences of articles built before this migration are written by the next build: it runs
-- again (no build recorded) and rewrites every article text (no digest matches).
UPDATE article_texts SET digest = '';
DELETE FROM graph_info WHERE name = 'build';
