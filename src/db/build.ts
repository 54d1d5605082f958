// `newsgraph build`: the graph from every article the workers have extracted, by the file
// pipeline's own resolution, graph building and layout, merged into the node, edge, evidence
// and article-text tables (only what changed is written).

import { buildGraph, type NewsGraph } from '../extract/build.js';
import { resolve, type Resolution } from '../extract/resolve.js';
import { articleText } from '../extract/texts.js';
import { layoutGraph } from '../layout/index.js';
import { transaction, type Db } from './connect.js';
import { StoredResults } from './results.js';
import { articleTextRow, graphRows } from './rows.js';
import { writeGraph, type GraphChanges } from './store.js';

export interface BuildState {
  /** Articles in the graph, and the highest ingest position among them. */
  articles: number;
  through: number;
}

export interface BuildSummary {
  articles: number;
  /** Articles extracted since the last build. */
  added: number;
  nodes: number;
  edges: number;
  changes?: GraphChanges;
}

async function extractedState(db: Db): Promise<BuildState> {
  const { rows } = await db.query<{ articles: string; through: string | null }>('SELECT count(*) AS articles, max(seq) AS through FROM extractions');
  return { articles: Number(rows[0]!.articles), through: Number(rows[0]!.through ?? 0) };
}

export async function builtState(db: Db): Promise<BuildState> {
  const { rows } = await db.query<{ value: BuildState }>("SELECT value FROM graph_info WHERE name = 'build'");
  return rows[0]?.value ?? { articles: 0, through: 0 };
}

/** Each stage's line with the seconds it took, for a build's progress on stderr. */
function stageClock(log: ((line: string) => void) | undefined): (done: string) => void {
  let last = performance.now();
  return (done) => {
    const now = performance.now();
    log?.(`${done} (${((now - last) / 1000).toFixed(1)} s)`);
    last = now;
  };
}

/** The graph's rows, the article texts and what this build included, in one transaction. */
async function writeBuild(db: Db, graph: NewsGraph, articles: StoredResults, resolution: Resolution): Promise<GraphChanges> {
  const { seqs } = articles;
  const { nodes, edges } = graphRows(graph);
  // Made as they are written, a page at a time: each holds an article's whole text.
  const texts = (function* () {
    let a = 0;
    for (const article of articles) yield articleTextRow(seqs[a]!, article.meta, articleText(article, a++, resolution));
  })();
  const { articles: _metas, ...info } = graph.getAttributes();
  return transaction(db, async (client) => {
    const written = await writeGraph(client, nodes, edges, texts);
    await client.query(
      `INSERT INTO graph_info (name, value) VALUES ('graph', $1), ('build', $2)
       ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value`,
      [JSON.stringify(info), JSON.stringify({ articles: articles.length, through: seqs[seqs.length - 1] ?? 0 })],
    );
    return written;
  });
}

/**
 * Builds when some article was extracted since the last build; otherwise leaves the tables alone.
 * `log` hears each stage as it ends.
 */
export async function buildFromDb(db: Db, options: { title?: string; log?: (line: string) => void } = {}): Promise<BuildSummary> {
  const [extracted, built] = await Promise.all([extractedState(db), builtState(db)]);
  if (extracted.articles === built.articles && extracted.through === built.through) {
    const { rows } = await db.query<{ nodes: string; edges: string }>('SELECT (SELECT count(*) FROM nodes) AS nodes, (SELECT count(*) FROM edges) AS edges');
    return { articles: built.articles, added: 0, nodes: Number(rows[0]!.nodes), edges: Number(rows[0]!.edges) };
  }
  const stage = stageClock(options.log);
  const articles = await StoredResults.read(db);
  stage(`read ${articles.length} results`);
  const resolution = resolve(articles);
  stage(`resolved ${resolution.entities.size} entities`);
  const graph = buildGraph(articles, { resolution, title: options.title });
  stage(`built ${graph.order} nodes and ${graph.size} edges`);
  layoutGraph(graph);
  stage('laid out');
  const changes = await writeBuild(db, graph, articles, resolution);
  stage('wrote what changed');
  // Date windows read edge_days by an index-only scan, which needs the table's visibility map.
  await db.query('VACUUM (ANALYZE) edge_days');
  stage('vacuumed edge_days');
  return { articles: articles.length, added: articles.length - built.articles, nodes: graph.order, edges: graph.size, changes };
}
