// The article reader: one article's cleaned text with every mention highlighted by type and
// clickable to its node, the evidence sentence the user came from marked, and what cleaning
// removed available below, greyed. Article text is scraped from the web, so the DOM is built
// with createElement and textContent only: "<script>" in an article shows as those characters.

import { nodeTypeDef } from '../../graph/registry.js';
import type { ArticleMention, ArticleMeta, ArticleText, NodeType } from '../../graph/types.js';
import { clipped, el, truncate } from '../dom.js';

export interface ReaderInput {
  meta: ArticleMeta;
  /** From articles.json; missing when the graph was opened without it. */
  text?: ArticleText;
  /** An evidence sentence, by its index in `text.sentences`: marked and scrolled to. */
  focusSentence?: number;
  /** The type of a graph node, or undefined when the graph has no such node. */
  typeOf: (node: string) => NodeType | undefined;
  colorOf: (type: NodeType) => string;
  onNode: (node: string) => void;
  onClose: () => void;
}

const LANGUAGES: Record<ArticleMeta['lang'], string> = { id: 'Indonesian', en: 'English' };

/** Only web links: a url from a scraped page could otherwise be a javascript: URL. */
function titleOf(meta: ArticleMeta): HTMLElement {
  const heading = el('h2', undefined, 'reader-title');
  // A scraped title can be a whole page: cut, with the full text as the tooltip.
  const title = clipped('span', meta.title || meta.id, 300);
  if (meta.url && /^https?:\/\//i.test(meta.url)) {
    const link = el('a');
    link.append(title);
    link.href = meta.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    heading.append(link);
  } else heading.append(title);
  return heading;
}

function metaLine(meta: ArticleMeta): HTMLElement {
  const parts = [truncate(meta.source, 80), truncate(meta.published, 20) || 'no publication date', LANGUAGES[meta.lang] ?? meta.lang];
  return el('p', parts.filter(Boolean).join(' · '), 'reader-meta');
}

/**
 * Mentions the text can show: inside it, non-empty, in order, and not overlapping an earlier
 * one (the extractor never writes overlaps, but the file may come from anywhere).
 */
function usableMentions(text: ArticleText): ArticleMention[] {
  const sorted = text.mentions
    .filter((m) => m.start >= 0 && m.end <= text.text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: ArticleMention[] = [];
  for (const m of sorted) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

/** Renders one article into `container` (replacing what was there) and shows it. */
export function renderReader(container: HTMLElement, input: ReaderInput): void {
  const { meta, text, onClose } = input;
  const close = el('button', '×', 'reader-close');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close article');
  close.addEventListener('click', onClose);
  const parts: HTMLElement[] = [close, titleOf(meta), metaLine(meta)];
  if (!text) {
    const missing = 'The full text of this article is not available: the graph was opened without its articles.json.';
    parts.push(el('p', missing, 'reader-missing'));
    container.replaceChildren(...parts);
    container.hidden = false;
    return;
  }
  const { body, marks } = storyBody(text, input);
  parts.push(body);
  if (text.removed.length) parts.push(removedBlocks(text));
  container.replaceChildren(...parts);
  container.hidden = false;
  // After it is shown: a hidden element cannot be scrolled to.
  marks[0]?.scrollIntoView({ block: 'center' });
}

/** The story, a paragraph per line (cleaning leaves one per line), its mentions as buttons and the focus sentence marked. */
function storyBody(text: ArticleText, input: ReaderInput): { body: HTMLElement; marks: HTMLElement[] } {
  const story = text.text;
  const span = input.focusSentence === undefined ? undefined : text.sentences[input.focusSentence];
  const focus = span && span[1] <= story.length ? { start: span[0], end: span[1] } : undefined;
  const appendRange = rangeWriter(story, usableMentions(text), input);
  const body = el('div', undefined, 'reader-text');
  const marks: HTMLElement[] = [];
  for (const line of story.matchAll(/[^\n]+/g)) {
    const start = line.index;
    const end = start + line[0].length;
    if (!line[0].trim()) continue;
    const paragraph = el('p');
    if (focus && focus.start < end && focus.end > start) {
      const from = Math.max(start, focus.start);
      const to = Math.min(end, focus.end);
      appendRange(paragraph, start, from);
      const mark = el('mark', undefined, 'reader-focus');
      appendRange(mark, from, to);
      paragraph.append(mark);
      marks.push(mark);
      appendRange(paragraph, to, end);
    } else appendRange(paragraph, start, end);
    body.append(paragraph);
  }
  return { body, marks };
}

/** A function appending story[from, to) to an element: plain text, with mentions (clipped to the range) as buttons. */
function rangeWriter(story: string, mentions: ArticleMention[], { typeOf, colorOf, onNode }: ReaderInput) {
  const mentionElement = (m: ArticleMention, from: number, to: number): Node => {
    const type = typeOf(m.node);
    // A node this graph does not have (a stale articles.json) is shown as plain text, not a dead link.
    if (!type) return document.createTextNode(story.slice(from, to));
    const button = el('button', story.slice(from, to), 'reader-mention');
    button.type = 'button';
    button.dataset.node = m.node;
    button.dataset.type = type;
    button.title = `${nodeTypeDef(type).label.en}: show in the graph`;
    button.style.setProperty('--mention-color', colorOf(type));
    button.addEventListener('click', () => onNode(m.node));
    return button;
  };
  return (parent: HTMLElement, from: number, to: number): void => {
    let at = from;
    for (const m of mentions) {
      if (m.end <= from || m.start >= to) continue;
      const start = Math.max(m.start, from);
      const end = Math.min(m.end, to);
      if (start > at) parent.append(story.slice(at, start));
      parent.append(mentionElement(m, start, end));
      at = end;
    }
    if (at < to) parent.append(story.slice(at, to));
  };
}

/** What cleaning removed, greyed, folded under a summary. */
function removedBlocks(text: ArticleText): HTMLElement {
  const removed = el('details', undefined, 'reader-removed');
  const list = el('ol');
  for (const block of text.removed) {
    const item = el('li');
    item.append(el('span', block.reason, 'reader-removed-reason'), el('span', block.text, 'reader-removed-text'));
    list.append(item);
  }
  removed.append(el('summary', `Removed by cleaning (${text.removed.length})`), list);
  return removed;
}
