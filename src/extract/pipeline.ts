import type { ArticleMeta } from '../graph/types.js';
import { cleanArticle } from './clean.js';
import { statedDates } from './dates.js';
import { isTitleCase, titleCaseMentions } from './headline.js';
import { findMentions } from './mentions.js';
import { splitSentences } from './sentences.js';
import type { Article, CleanedArticle, Mention, Sentence, StatedDate } from './types.js';

/** One sentence of a story with what was found in it. Mention offsets are into the sentence. */
export interface AnalysedSentence extends Sentence {
  mentions: Mention[];
  dates: StatedDate[];
}

/** Everything the graph needs from one article: the per-article half of the pipeline. */
export interface ExtractedArticle {
  meta: ArticleMeta;
  cleaned: CleanedArticle;
  sentences: AnalysedSentence[];
}

/** clean → sentences → mentions → dates for one article; pure, so it runs in workers and browsers. */
export function extractArticle(article: Article): ExtractedArticle {
  const { text, ...meta } = article;
  const cleaned = cleanArticle(text, article.lang, article.title);
  const sentences = splitSentences(cleaned.text, article.lang);
  // Mentions are found on the whole story so rules can use context across sentences,
  // then handed to the sentence that holds them.
  const mentions = findMentions(cleaned.text, article.lang);
  let next = 0;
  const perSentence = sentences.map((sentence) => {
    const inside: Mention[] = [];
    while (next < mentions.length && mentions[next]!.start < sentence.end) {
      const m = mentions[next++]!;
      if (m.start >= sentence.start && m.end <= sentence.end) {
        inside.push({ ...m, start: m.start - sentence.start, end: m.end - sentence.start });
      }
    }
    return inside;
  });
  const titleCase = sentences.map((s) => isTitleCase(s.text));
  const storyNames = perSentence.filter((_, i) => !titleCase[i]).flat();
  const analysed = sentences.map((sentence, i): AnalysedSentence => {
    const found = perSentence[i]!;
    const dates = article.published ? statedDates(sentence.text, article.published, article.lang) : [];
    return {
      ...sentence,
      mentions: titleCase[i] ? titleCaseMentions(sentence.text, found, storyNames) : found,
      dates,
    };
  });
  return { meta, cleaned, sentences: analysed };
}
