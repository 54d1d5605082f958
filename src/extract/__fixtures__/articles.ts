// Test helpers: an article from a few sentences, and the graph the pipeline builds from articles.
import { buildGraph } from '../build.js';
import { extractArticle } from '../pipeline.js';
import type { Article } from '../types.js';

export const article = (id: string, text: string, lang: 'id' | 'en' = 'id', published = '2024-03-05'): Article => ({
  id,
  title: '',
  published,
  source: 'Test',
  lang,
  file: `${id}.txt`,
  text,
});

export const graphOf = (...articles: Article[]) => buildGraph(articles.map(extractArticle));
