// graph.json stores each edge lean: what can be derived from the rest is left out and filled in
// again when the file is read. Most of a big graph is co-mention edges with one or two pieces of
// evidence, whose key repeated their ends, whose label was the type's, and whose `weight`,
// `dates`, `start` and `end` repeated their evidence; written out, they were three quarters of
// graph.json. In memory every edge carries the full EdgeAttributes of types.ts.

import { spanOfDates } from './days.js';
import { edgeTypeDef } from './registry.js';
import type { EdgeAttributes, EdgeType, Evidence, PartialDate } from './types.js';

/**
 * An evidence reference as stored: `[article, sentence]` when it holds for the article's
 * publication date (most sentences state no date of their own), else `[article, sentence, date]`.
 */
export type StoredEvidence = [string, number] | [string, number, PartialDate];

/** References as JSON `[article, sentence, date]` tuples, each with its date, for files with no article list (GEXF, GraphML). */
export const evidenceRefsJson = (evidence: readonly Evidence[]): string =>
  JSON.stringify(evidence.map(({ article, sentence, date }) => [article, sentence, date]));

/** The key every edge has unless it was given another: one edge per type and pair of ends. */
export const edgeKeyOf = (type: EdgeType, source: string, target: string): string =>
  edgeTypeDef(type).directed ? `${type}:${source}->${target}` : `${type}:${source}--${target}`;

/** The dates of the evidence, each once, sorted. */
export const datesOfEvidence = (evidence: readonly Evidence[]): PartialDate[] =>
  [...new Set(evidence.map((e) => e.date).filter((d) => d))].sort();

/** Publication dates by article id, which a stored reference's date defaults to. */
export type PublishedDates = ReadonlyMap<string, string>;

/** What graph.json keeps of an edge: the fields `fullEdge` would derive are left out unless they differ. */
export function leanEdge(
  key: string,
  source: string,
  target: string,
  attributes: EdgeAttributes,
  published: PublishedDates,
): { key?: string; attributes: Record<string, unknown> } {
  const { weight, label, start, end, dates, evidence, ...rest } = attributes;
  const lean: Record<string, unknown> = { ...rest };
  lean.evidence = evidence.map((e): StoredEvidence =>
    e.date === (published.get(e.article) ?? '') ? [e.article, e.sentence] : [e.article, e.sentence, e.date],
  );
  if (weight !== evidence.length) lean.weight = weight;
  if (label !== edgeTypeDef(attributes.type).label.en) lean.label = label;
  const derivedDates = datesOfEvidence(evidence);
  if (dates.join() !== derivedDates.join()) lean.dates = dates;
  const span = spanOfDates(dates);
  if (start !== span.start || end !== span.end) Object.assign(lean, { start, end });
  return { ...(key === edgeKeyOf(attributes.type, source, target) ? {} : { key }), attributes: lean };
}

/** A stored reference (lean, or an object as older files and GEXF imports have it) as Evidence. */
function fullEvidence(stored: StoredEvidence | Evidence, published: PublishedDates): Evidence {
  if (!Array.isArray(stored)) return stored;
  const [article, sentence, date] = stored;
  return { article, sentence, date: date ?? published.get(article) ?? '' };
}

/**
 * An edge as read (lean, or full as older files have it) with every EdgeAttributes field: what is
 * stored is kept, what is missing is derived.
 */
export function fullEdge(
  stored: { key?: string; source: string; target: string; attributes: Record<string, unknown> },
  published: PublishedDates,
): { key: string; attributes: EdgeAttributes } {
  const lean = stored.attributes as Partial<EdgeAttributes> & { type: EdgeType; evidence: (StoredEvidence | Evidence)[] };
  const evidence = lean.evidence.map((e) => fullEvidence(e, published));
  const dates = lean.dates ?? datesOfEvidence(evidence);
  const span = lean.start !== undefined && lean.end !== undefined ? { start: lean.start, end: lean.end } : spanOfDates(dates);
  return {
    key: stored.key ?? edgeKeyOf(lean.type, stored.source, stored.target),
    attributes: {
      ...lean,
      weight: lean.weight ?? evidence.length,
      label: lean.label ?? edgeTypeDef(lean.type).label.en,
      ...span,
      dates,
      evidence,
    },
  };
}
