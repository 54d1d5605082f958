// `newsgraph extract [PATHS…] [--out DIR] [--explain]`

import { join } from 'node:path';
import { uniqueIds } from '../extract/articles.js';
import { buildGraph, type NewsGraph } from '../extract/build.js';
import { extractArticle, type ExtractedArticle } from '../extract/pipeline.js';
import { resolve } from '../extract/resolve.js';
import { articleTexts } from '../extract/texts.js';
import type { Article, InputProblem } from '../extract/types.js';
import { toArticlesJson } from '../graph/articles.js';
import { toCsv } from '../graph/csv.js';
import { toGexf } from '../graph/gexf.js';
import { toJson } from '../graph/json.js';
import { EDGE_TYPES, NODE_TYPES } from '../graph/registry.js';
import { layoutGraph } from '../layout/index.js';
import { listInputFiles, readArticleFile } from './inputs.js';
import { createProgress } from './progress.js';
import { writeFilesAtomically } from './write.js';

export interface ExtractOptions {
  paths: string[];
  out: string;
  explain: boolean;
}

const formatProblem = (p: InputProblem) => `newsgraph: ${p.file}${p.row ? ` (row ${p.row})` : ''}: ${p.message}`;

function countsBy<T>(items: Iterable<T>, order: readonly { id: string }[], typeOf: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(typeOf(item), (counts.get(typeOf(item)) ?? 0) + 1);
  return order
    .filter((d) => counts.has(d.id))
    .map((d) => `${d.id} ${counts.get(d.id)}`)
    .join(', ');
}

function explain(extracted: ExtractedArticle[]): string {
  return extracted
    .map(({ meta, cleaned }) => {
      const lines = cleaned.removed.map((r) => `  - [${r.reason}] ${r.text.replace(/\s+/g, ' ')}`);
      return `${meta.id} (${meta.file}): removed ${cleaned.removed.length} block(s)\n${lines.join('\n')}`;
    })
    .join('\n');
}

export async function runExtract(options: ExtractOptions): Promise<number> {
  const startedAt = performance.now();
  const { files, problems } = await listInputFiles(options.paths, [options.out]);
  const articles: Article[] = [];
  const failedFiles = new Set(problems.map((p) => p.file));
  for (const file of files) {
    const result = await readArticleFile(file);
    articles.push(...result.articles);
    problems.push(...result.problems);
    if (result.articles.length === 0) failedFiles.add(file);
  }
  for (const problem of problems) console.error(formatProblem(problem));
  if (articles.length === 0) {
    console.error(`newsgraph: no article could be read from ${options.paths.join(', ')}; nothing written`);
    return 1;
  }

  const progress = createProgress(articles.length, 'extracting');
  const extracted: ExtractedArticle[] = [];
  for (const article of uniqueIds(articles)) {
    extracted.push(extractArticle(article));
    progress.tick(extracted.length);
  }
  progress.done();

  // Resolved once: the graph's nodes and the article texts' mentions must agree.
  const resolution = resolve(extracted);
  const graph: NewsGraph = buildGraph(extracted, { resolution });
  layoutGraph(graph);
  const csv = toCsv(graph);
  const outputs = {
    [join(options.out, 'graph.json')]: toJson(graph),
    [join(options.out, 'graph.gexf')]: toGexf(graph),
    [join(options.out, 'nodes.csv')]: csv.nodes,
    [join(options.out, 'edges.csv')]: csv.edges,
    [join(options.out, 'articles.json')]: toArticlesJson({ articles: articleTexts(extracted, resolution) }),
  };
  await writeFilesAtomically(outputs);

  if (options.explain) console.log(explain(extracted));
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
  const skipped = failedFiles.size;
  console.log(
    [
      `Read ${articles.length} article${articles.length === 1 ? '' : 's'} from ${files.length - skipped} file(s); ${skipped} file(s) skipped`,
      `Nodes: ${graph.order} (${countsBy(graph.nodes(), NODE_TYPES, (n) => graph.getNodeAttribute(n, 'type'))})`,
      `Edges: ${graph.size} (${countsBy(graph.edges(), EDGE_TYPES, (e) => graph.getEdgeAttribute(e, 'type'))})`,
      `Wrote ${Object.keys(outputs).sort().join(', ')} in ${seconds} s`,
    ].join('\n'),
  );
  return 0;
}
