import type { ArticleMeta } from '../graph/types.js';
import { cleanArticle } from './clean.js';
import { mayStateDate } from './date-cues.js';
import { statedDates } from './dates.js';
import { isTitleCase, titleCaseMentions } from './headline.js';
import { findEvents } from './meetings/story.js';
import type { EventCandidate, MeetingCandidate } from './meetings/types.js';
import { findMentions } from './mentions.js';
import { type RelationCandidate, findRelations } from './meetings/relations.js';
import { splitSentences } from './sentences.js';
import type { Article, CleanedArticle, Mention, Sentence, StatedDate } from './types.js';

/** One sentence of a story with what was found in it. Mention offsets are into the sentence. */
export interface AnalysedSentence extends Sentence {
  mentions: Mention[];
  dates: StatedDate[];
}

/** The meetings, events and typed relations an article tells, which meetings/merge.ts merges across articles. */
export interface Tellings {
  meetings: MeetingCandidate[];
  events: EventCandidate[];
  relations: RelationCandidate[];
}

/** Everything the graph needs from one article: the per-article half of the pipeline. */
export interface ExtractedArticle {
  meta: ArticleMeta;
  cleaned: CleanedArticle;
  sentences: AnalysedSentence[];
  /**
   * Found with the rest of the article's analysis, not when the graph is assembled: it is
   * per-article work, so it runs on the worker threads and is kept in the cache.
   */
  tellings: Tellings;
}

/**
 * The articles a graph is built from, read in order as often as a stage needs: an array, or a
 * store that keeps them compressed and makes one at a time (db/results.ts), so a big corpus's
 * results are never all in memory at once. Stages read it in few passes for that reason.
 */
export interface Corpus {
  readonly length: number;
  [Symbol.iterator](): Iterator<ExtractedArticle>;
}

/** What finding meetings, events and relations reads of an article. */
export type AnalysedArticle = Pick<ExtractedArticle, 'meta' | 'sentences'>;

/** Milliseconds spent per stage, summed over the articles a caller extracted (see `--timings`). */
export type StageTimes = Record<string, number>;

/** Runs `work`, adding its duration to `times[stage]` when the caller keeps times. */
export function timed<T>(times: StageTimes | undefined, stage: string, work: () => T): T {
  if (!times) return work();
  const started = performance.now();
  const result = work();
  times[stage] = (times[stage] ?? 0) + performance.now() - started;
  return result;
}

/** clean → sentences → mentions → dates for one article; pure, so it runs in workers and browsers. */
export function extractArticle(article: Article): ExtractedArticle {
  return extractArticleTimed(article, undefined);
}

/** extractArticle, adding each stage's duration to `times` when given. */
export function extractArticleTimed(article: Article, times: StageTimes | undefined): ExtractedArticle {
  const { text, ...meta } = article;
  const cleaned = timed(times, 'clean', () => cleanArticle(text, article.lang, article.title));
  const sentences = timed(times, 'sentences', () => splitSentences(cleaned.text, article.lang));
  // Mentions are found on the whole story so rules can use context across sentences,
  // then handed to the sentence that holds them.
  const mentions = timed(times, 'mentions', () => findMentions(cleaned.text, article.lang));
  const startedAt = times ? performance.now() : 0;
  const datesBefore = times?.dates ?? 0;
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
    const dates = article.published
      ? timed(times, 'dates', () =>
          mayStateDate(sentence.text, article.lang) ? statedDates(sentence.text, article.published, article.lang) : [],
        )
      : [];
    return {
      ...sentence,
      mentions: titleCase[i] ? titleCaseMentions(sentence.text, found, storyNames) : found,
      dates,
    };
  });
  // Headline filtering and handing mentions to sentences: what is left once dates are counted.
  if (times) times.headlines = (times.headlines ?? 0) + performance.now() - startedAt - (times.dates ?? 0) + datesBefore;
  const tellings = timed(times, 'events + relations', () => {
    const analysedArticle = { meta, sentences: analysed };
    return { ...findEvents(analysedArticle), relations: findRelations(analysedArticle) };
  });
  return { meta, cleaned, sentences: analysed, tellings };
}
