// Scores a graph's entities against what a reader of the articles expects:
// found entities (type and name), false ones, and names that only boilerplate holds.

import type { NewsGraph } from '../src/extract/build.js';
import { isShortFormOf, sameName } from '../src/extract/names.js';
import { slugify } from '../src/extract/slug.js';
import type { NodeType } from '../src/graph/types.js';

export interface Expectation {
  entities: [NodeType, string][];
  optional: [NodeType, string][];
  boilerplate: string[];
}

export interface EntityScore {
  tp: number;
  fp: number;
  fn: number;
  missed: string[];
  spurious: string[];
  leaked: string[];
}

const ENTITY_TYPES = new Set<NodeType>(['person', 'country', 'place', 'organization', 'media', 'weapon']);

function nameMatches(type: NodeType, names: string, forms: string[]): boolean {
  return names.split('|').some((name) =>
    forms.some((form) => slugify(form) === slugify(name) || (type === 'person' && sameName(form, name))),
  );
}

export function scoreEntities(graph: NewsGraph, expected: Expectation): EntityScore {
  const nodes = graph
    .mapNodes((_, a) => ({ type: a.type, forms: [a.label, ...a.aliases], label: `${a.type}:${a.label}` }))
    .filter((n) => ENTITY_TYPES.has(n.type));
  const matches = (n: (typeof nodes)[number], [type, names]: [NodeType, string]) =>
    n.type === type && nameMatches(type, names, n.forms);

  const missed = expected.entities.filter((e) => !nodes.some((n) => matches(n, e))).map(([t, n]) => `${t}:${n}`);
  const spurious = nodes
    .filter((n) => ![...expected.entities, ...expected.optional].some((e) => matches(n, e)))
    .map((n) => n.label);
  const leaked = nodes
    .filter((n) =>
      expected.boilerplate.some((b) =>
        n.forms.some((f) => slugify(f) === slugify(b) || sameName(f, b) || isShortFormOf(b, f) && slugify(b).length > 3),
      ),
    )
    .map((n) => n.label);
  return {
    tp: expected.entities.length - missed.length,
    fp: spurious.length,
    fn: missed.length,
    missed,
    spurious,
    leaked,
  };
}

export function f1(score: { tp: number; fp: number; fn: number }): { precision: number; recall: number; f1: number } {
  const precision = score.tp + score.fp ? score.tp / (score.tp + score.fp) : 0;
  const recall = score.tp + score.fn ? score.tp / (score.tp + score.fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
