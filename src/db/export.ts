// `newsgraph export`: the files `extract` writes (graph.json, graph.gexf, nodes.csv, edges.csv,
// articles.json), for the whole graph in the database, a date window or a neighbourhood.

import Graph from 'graphology';
import { join } from 'node:path';
import type { NewsGraph } from '../extract/build.js';
import { sortedArticlesJsonChunks, type SentenceSource } from '../graph/articles.js';
import { toCsvChunks } from '../graph/csv.js';
import { toGexfChunks } from '../graph/gexf.js';
import { toJsonChunks } from '../graph/json.js';
import type { ArticleText } from '../graph/types.js';
import { writeFilesAtomically, type Content } from '../cli/write.js';
import type { Db } from './connect.js';
import { articleBodies, articleMetas, graphInfo, hasWindow, readPart, type Selection } from './read.js';

/** What a part of the graph is called in its title. */
function describe(selection: Selection): string {
  const parts: string[] = [];
  if (selection.around !== undefined) parts.push(`within ${selection.hops ?? 1} of ${selection.around}`);
  if (hasWindow(selection)) parts.push(`${selection.from ?? '…'} to ${selection.to ?? '…'}`);
  return parts.join(', ');
}

/** The selected part as a graph with the contract's attributes; undefined before the first build. */
export async function partGraph(db: Db, selection: Selection): Promise<{ graph: NewsGraph; articles: string[] | undefined } | undefined> {
  const info = await graphInfo(db);
  if (!info) return undefined;
  const part = await readPart(db, selection);
  const whole = selection.around === undefined && !hasWindow(selection);
  // A part lists the articles its nodes come from; the whole graph every article built.
  const articles = whole ? undefined : [...new Set(part.nodes.flatMap((n) => n.attributes?.articles ?? []))];
  const graph: NewsGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.import({
    attributes: {
      title: whole ? info.title : `${info.title} (${describe(selection)})`,
      generator: info.generator,
      articles: await articleMetas(db, articles),
    },
    nodes: part.nodes,
    edges: part.edges,
  });
  return { graph, articles };
}

export async function exportFiles(db: Db, selection: Selection, out: string): Promise<NewsGraph | undefined> {
  const part = await partGraph(db, selection);
  if (!part) return undefined;
  const texts: ArticleText[] = [];
  for await (const text of articleBodies(db, part.articles)) texts.push(text);
  // GEXF and CSV show each edge's best evidence sentence, read from the article texts.
  const evidenceTexts = new Map<string, SentenceSource>(texts.map((t) => [t.id, t]));
  const csv = toCsvChunks(part.graph, evidenceTexts);
  const outputs: Record<string, Content> = {
    [join(out, 'graph.json')]: () => toJsonChunks(part.graph),
    [join(out, 'graph.gexf')]: () => toGexfChunks(part.graph, evidenceTexts),
    [join(out, 'nodes.csv')]: () => csv.nodes,
    [join(out, 'edges.csv')]: () => csv.edges,
    [join(out, 'articles.json')]: () => sortedArticlesJsonChunks(texts),
  };
  await writeFilesAtomically(outputs);
  return part.graph;
}
