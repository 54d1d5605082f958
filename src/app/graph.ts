import { fromParsedJson, type ContractGraph } from '../graph/json.js';
import type { ArticlesFile, ArticleText } from '../graph/types.js';
// Bundled rather than fetched so dist/ opens offline and from any subpath.
import data from '../../graph/graph.json';
import texts from '../../graph/articles.json';

export type NewsGraph = ContractGraph;

export interface Loaded {
  graph: ContractGraph;
  texts: Map<string, ArticleText>;
  /** What the user opened, for messages and export file names. */
  name: string;
}

export const loadBundled = (): Loaded => ({
  // graph.json stores edges lean: fromParsedJson fills in what they leave out.
  graph: fromParsedJson(data),
  texts: new Map((texts as ArticlesFile).articles.map((article) => [article.id, article])),
  name: 'graph',
});
