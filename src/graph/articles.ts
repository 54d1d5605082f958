// articles.json: each article's cleaned text, what cleaning removed and where its mentions are,
// for the viewer's article reader. Byte-stable like graph.json, and validated the same way
// when read, since the viewer may be handed any file.

import { array, compareKeys, jsonLines, number, object, quoted, ShapeError, sortKeysDeep, string } from './json.js';
import type { ArticleMention, ArticlesFile, ArticleText, Evidence } from './types.js';

/** What resolving evidence needs of an article: its text and its sentences' offsets. */
export type SentenceSource = Pick<ArticleText, 'text' | 'sentences'>;

/** Where evidence sentences' text is found: articles.json's articles by id. */
export type EvidenceTexts = ReadonlyMap<string, SentenceSource>;

/** The text of the sentence an evidence reference points at; undefined when the article or sentence is unknown. */
export function sentenceText(articles: EvidenceTexts, evidence: Evidence): string | undefined {
  const span = articles.get(evidence.article)?.sentences[evidence.sentence];
  return span && articles.get(evidence.article)!.text.slice(span[0], span[1]);
}

/**
 * The one evidence sentence GEXF and CSV show for an edge: the shortest, which is the one most
 * about the pair it links (a long sentence names many others too); the first of equal length.
 * Undefined when no reference resolves.
 */
export function bestEvidence(
  articles: EvidenceTexts,
  evidence: readonly Evidence[],
): { evidence: Evidence; text: string } | undefined {
  let best: Evidence | undefined;
  let bestLength = Infinity;
  for (const item of evidence) {
    const span = articles.get(item.article)?.sentences[item.sentence];
    if (span && span[1] - span[0] < bestLength) [best, bestLength] = [item, span[1] - span[0]];
  }
  return best && { evidence: best, text: sentenceText(articles, best)! };
}

/** The contract's mention order: by start, then end, then node key. */
export const compareMentions = (a: ArticleMention, b: ArticleMention): number =>
  a.start - b.start || a.end - b.end || compareKeys(a.node, b.node);

/** Articles sorted by id, mentions in contract order, keys sorted, one article a line (as graph.json), trailing newline. */
export function toArticlesJson(data: ArticlesFile): string {
  return [...toArticlesJsonChunks(data)].join('');
}

/**
 * toArticlesJson's text one article at a time, for writing a big file as it goes: with its line
 * breaks removed, byte for byte `JSON.stringify(sortKeysDeep({ articles }))`.
 */
export function toArticlesJsonChunks(data: ArticlesFile): Generator<string> {
  return sortedArticlesJsonChunks([...data.articles].sort((a, b) => compareKeys(a.id, b.id)));
}

/** toArticlesJsonChunks for articles already in id order, taken one at a time (made as they are asked for). */
export function* sortedArticlesJsonChunks(articles: Iterable<ArticleText>): Generator<string> {
  yield '{"articles":';
  yield* jsonLines(sortedForJson(articles));
  yield '}\n';
}

function* sortedForJson(articles: Iterable<ArticleText>): Generator<unknown> {
  for (const article of articles) yield sortKeysDeep({ ...article, mentions: [...article.mentions].sort(compareMentions) });
}

/** An offset into `text`: a whole number of UTF-16 code units, within the text. */
function offset(value: unknown, path: string, length: number): number {
  const n = number(value, path);
  if (!Number.isInteger(n) || n < 0 || n > length) {
    throw new ShapeError(path, `should be a whole number from 0 to ${length} (the text's length), got ${n}`);
  }
  return n;
}

function checkArticle(value: unknown, path: string): ArticleText {
  const article = object(value, path);
  const id = string(article.id, `${path}.id`);
  const text = string(article.text, `${path}.text`);
  const removed = array(article.removed, `${path}.removed`).map((item, i) => {
    const block = object(item, `${path}.removed[${i}]`);
    return {
      text: string(block.text, `${path}.removed[${i}].text`),
      reason: string(block.reason, `${path}.removed[${i}].reason`),
    };
  });
  const mentions = array(article.mentions, `${path}.mentions`).map((item, i) => {
    const at = `${path}.mentions[${i}]`;
    const mention = object(item, at);
    const start = offset(mention.start, `${at}.start`, text.length);
    const end = offset(mention.end, `${at}.end`, text.length);
    if (start >= end) throw new ShapeError(at, `should have start < end, got start ${start} and end ${end}`);
    return { start, end, node: string(mention.node, `${at}.node`) };
  });
  const sentences = array(article.sentences, `${path}.sentences`).map((item, i): [number, number] => {
    const at = `${path}.sentences[${i}]`;
    const span = array(item, at);
    if (span.length !== 2) throw new ShapeError(at, `should be [start, end], got ${span.length} numbers`);
    const [start, end] = [offset(span[0], `${at}[0]`, text.length), offset(span[1], `${at}[1]`, text.length)];
    if (start >= end) throw new ShapeError(at, `should have start < end, got start ${start} and end ${end}`);
    return [start, end];
  });
  return { id, text, sentences, removed, mentions };
}

/**
 * Reads articles.json, checking every field, so the reader can trust offsets and types.
 * Errors say what and where: `not a newsgraph articles file: articles[3].mentions[0].start …`.
 * Whether mention nodes exist is a question for the graph the file goes with, not checked here.
 */
export function parseArticlesJson(text: string): ArticlesFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ShapeError('file', `is not valid JSON (${(error as Error).message})`, 'articles file');
  }
  return checkArticlesFile(parsed);
}

/** The same checks on a value already parsed (the viewer parses once to tell the kind of file). */
export function checkArticlesFile(parsed: unknown): ArticlesFile {
  try {
    const root = object(parsed, 'the top level');
    const ids = new Set<string>();
    const articles = array(root.articles, 'articles').map((item, i) => {
      const article = checkArticle(item, `articles[${i}]`);
      if (ids.has(article.id)) throw new ShapeError(`articles[${i}].id`, `${quoted(article.id)} is a duplicate`);
      ids.add(article.id);
      return article;
    });
    return { articles };
  } catch (error) {
    // The shared helpers speak of a graph; this file is not one.
    if (error instanceof ShapeError) throw new ShapeError(error.path, error.problem, 'articles file');
    throw error;
  }
}
