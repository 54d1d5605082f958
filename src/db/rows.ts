// The graph as table rows, and back: what `build` writes and what `export` and `serve` read.

import { createHash } from 'node:crypto';
import { fold } from '../app/core/search.js';
import type { NewsGraph } from '../extract/build.js';
import { isIsoDay } from '../graph/days.js';
import { daySpan } from '../graph/gexf.js';
import type { ArticleText, EdgeAttributes, Evidence, NodeAttributes } from '../graph/types.js';
import { edgeTypeDef } from '../graph/registry.js';

export const digest = (value: unknown): string => createHash('sha1').update(JSON.stringify(value)).digest('base64');

export interface NodeRow {
  key: string;
  type: string;
  label: string;
  names: string;
  mentions: number;
  start_day: string | null;
  end_day: string | null;
  attrs: string;
  digest: string;
}

export interface EdgeRow {
  key: string;
  type: string;
  source: string;
  target: string;
  directed: boolean;
  weight: number;
  start_day: string | null;
  end_day: string | null;
  attrs: string;
  digest: string;
  evidence: Evidence[];
}

export interface EvidenceRow {
  edge: string;
  ord: number;
  article: string;
  date: string;
  start_day: string | null;
  end_day: string | null;
  ref: string;
}

/**
 * A day for a date column, or null: the extractor can state days no calendar has ("29 Februari"
 * of a common year), which the graph keeps as text but a date column refuses.
 */
export function day(value: string | undefined): string | null {
  return value && isIsoDay(value) ? value : null;
}

export function nodeRow(key: string, attrs: NodeAttributes): NodeRow {
  const text = JSON.stringify(attrs);
  return {
    key,
    type: attrs.type,
    label: attrs.label,
    // The viewer's own folding, so the API finds what the viewer's search finds.
    names: [...new Set([attrs.label, ...attrs.aliases].map(fold))].join('\n'),
    mentions: attrs.mentions,
    start_day: day(attrs.start),
    end_day: day(attrs.end),
    attrs: text,
    digest: digest(text),
  };
}

export function edgeRow(key: string, source: string, target: string, attrs: EdgeAttributes): EdgeRow {
  const { evidence, ...rest } = attrs;
  const text = JSON.stringify(rest);
  return {
    key,
    type: attrs.type,
    source,
    target,
    directed: edgeTypeDef(attrs.type).directed,
    weight: attrs.weight,
    start_day: day(attrs.start),
    end_day: day(attrs.end),
    attrs: text,
    digest: digest([text, evidence]),
    evidence,
  };
}

export function evidenceRows(edge: EdgeRow): EvidenceRow[] {
  return edge.evidence.map((ref, ord) => {
    const span = ref.date ? daySpan(ref.date) : undefined;
    return {
      edge: edge.key,
      ord,
      article: ref.article,
      date: ref.date,
      start_day: day(span?.[0]),
      end_day: day(span?.[1]),
      ref: JSON.stringify(ref),
    };
  });
}

/**
 * The graph's rows, made as they are read: every edge's row at once (its attributes as text, a
 * digest) was as big again as the graph.
 */
export function graphRows(graph: NewsGraph): { nodes: Iterable<NodeRow>; edges: Iterable<EdgeRow> } {
  return {
    nodes: (function* () {
      for (const { node, attributes } of graph.nodeEntries()) yield nodeRow(node, attributes);
    })(),
    edges: (function* () {
      for (const { edge, attributes, source, target } of graph.edgeEntries()) yield edgeRow(edge, source, target, attributes);
    })(),
  };
}

export interface ArticleTextRow {
  id: string;
  seq: number;
  meta: string;
  body: string;
  digest: string;
  /** The text of each sentence, in order: the rows of the sentences table. */
  sentences: string[];
}

export function articleTextRow(seq: number, meta: object, body: ArticleText): ArticleTextRow {
  const metaText = JSON.stringify(meta);
  const bodyText = JSON.stringify(body);
  const sentences = body.sentences.map(([start, end]) => body.text.slice(start, end));
  return { id: body.id, seq, meta: metaText, body: bodyText, digest: digest([metaText, bodyText]), sentences };
}

export interface SentenceRow {
  article: string;
  idx: number;
  text: string;
}

export const sentenceRows = (row: ArticleTextRow): SentenceRow[] => row.sentences.map((text, idx) => ({ article: row.id, idx, text }));
