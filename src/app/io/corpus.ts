// Article files dropped into the viewer → a laid-out graph: the CLI's chain (decode, parse,
// extract, build, layout; see src/cli/extract.ts) without the file system, so it runs in a
// Web Worker (src/app/workers/open.worker.ts) and in Node tests alike.

import type { SerializedGraph } from 'graphology-types';
import { parseArticles, uniqueIds } from '../../extract/articles.js';
import { buildGraph } from '../../extract/build.js';
import { decodeText } from '../../extract/decode.js';
import { extractArticle, type ExtractedArticle } from '../../extract/pipeline.js';
import { resolve } from '../../extract/resolve.js';
import { articleTexts } from '../../extract/texts.js';
import type { Article, InputProblem } from '../../extract/types.js';
import type { ArticleText, EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/types.js';
import { layoutGraph } from '../../layout/index.js';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface CorpusResult {
  /** `graph.export()`; null when no article could be read. */
  graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> | null;
  texts: ArticleText[];
  /** Per file (and row), including notices such as "decoded as UTF-16". */
  problems: InputProblem[];
  articles: number;
}

export type Progress = (done: number, total: number) => void;

/** Several files form one corpus; a bad file is a problem, the others are still read. */
export function extractCorpus(files: InputFile[], progress: Progress = () => {}): CorpusResult {
  const problems: InputProblem[] = [];
  const read: Article[] = [];
  for (const file of files) {
    const decoded = decodeText(file.bytes);
    if ('error' in decoded) {
      problems.push({ file: file.name, message: decoded.error });
      continue;
    }
    if (decoded.notice) problems.push({ file: file.name, message: decoded.notice });
    const parsed = parseArticles(file.name, decoded.text);
    read.push(...parsed.articles);
    problems.push(...parsed.problems);
    // Said only when nothing else says why: a whole-file JSON error carries its line as a row too,
    // and the summary would then bury it ("No article could be read" instead of where it broke).
    if (parsed.articles.length === 0 && !parsed.problems.some((p) => p.file === file.name)) {
      problems.push({ file: file.name, message: 'no article found' });
    }
  }
  if (read.length === 0) return { graph: null, texts: [], problems, articles: 0 };

  const articles = uniqueIds(read);
  const extracted: ExtractedArticle[] = [];
  progress(0, articles.length);
  for (const article of articles) {
    extracted.push(extractArticle(article));
    progress(extracted.length, articles.length);
  }
  // One resolution for the graph and the texts, as the CLI does, so every mention's node is in the graph.
  const resolution = resolve(extracted);
  const graph = buildGraph(extracted, { resolution });
  layoutGraph(graph);
  return { graph: graph.export(), texts: articleTexts(extracted, resolution), problems, articles: articles.length };
}
