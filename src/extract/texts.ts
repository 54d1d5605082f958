// The article reader's data: each article's cleaned text with its mentions pointing at graph nodes.

import { compareMentions } from '../graph/articles.js';
import { compareKeys } from '../graph/json.js';
import type { ArticleMention, ArticleText } from '../graph/types.js';
import type { ExtractedArticle } from './pipeline.js';
import type { Resolution } from './resolve.js';

/**
 * One ArticleText per article, sorted by id. `resolution` must be the one the graph was built
 * with (resolve(articles), passed to buildGraph), so every mention's node is a graph node:
 * buildGraph makes a node of every mention the sentences hold, and those are already the ones
 * that survive headline filtering.
 */
export function articleTexts(articles: ExtractedArticle[], resolution: Resolution): ArticleText[] {
  return articles.map((article, a) => articleText(article, a, resolution)).sort((x, y) => compareKeys(x.id, y.id));
}

/** The ArticleText of `article`, the `a`-th of the articles `resolution` was made from. */
export function articleText(article: ExtractedArticle, a: number, resolution: Resolution): ArticleText {
  const mentions: ArticleMention[] = [];
  article.sentences.forEach((sentence, s) =>
    sentence.mentions.forEach((mention, m) => {
      const node = resolution.keys[a]?.[s]?.[m];
      if (node === undefined) {
        throw new Error(`articleTexts: no resolution for ${article.meta.id} sentence ${s} mention ${m}`);
      }
      // Mention offsets are into the sentence; the reader needs them into the whole text.
      mentions.push({ start: sentence.start + mention.start, end: sentence.start + mention.end, node });
    }),
  );
  mentions.sort(compareMentions);
  return {
    id: article.meta.id,
    text: article.cleaned.text,
    sentences: article.sentences.map((sentence): [number, number] => [sentence.start, sentence.end]),
    removed: article.cleaned.removed.map(({ text, reason }) => ({ text, reason })),
    mentions,
  };
}
