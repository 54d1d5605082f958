// Suggestions over labels and aliases in both languages: typing "Korut" finds North Korea.
import type { ContractGraph } from '../../graph/json.js';
import type { NodeType } from '../../graph/types.js';

export interface Suggestion {
  node: string;
  label: string;
  type: NodeType;
  /** The alias that matched, when it is not the label. */
  via?: string;
}

interface Entry {
  node: string;
  label: string;
  type: NodeType;
  mentions: number;
  forms: { text: string; folded: string }[];
}

/** Case- and accent-insensitive, so "Sergei" finds "Sérgei" and "korut" finds "Korut". */
export const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export type SearchIndex = Entry[];

export const indexSearch = (graph: ContractGraph): SearchIndex =>
  graph.mapNodes((node, attrs) => ({
    node,
    label: attrs.label,
    type: attrs.type,
    mentions: attrs.mentions,
    forms: [attrs.label, ...attrs.aliases].map((text) => ({ text, folded: fold(text) })),
  }));

/** 0 exact, 1 prefix, 2 word prefix, 3 inside; -1 no match. */
function rank(folded: string, query: string): number {
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (folded.includes(` ${query}`) || folded.includes(`-${query}`)) return 2;
  return folded.includes(query) ? 3 : -1;
}

export function search(index: SearchIndex, query: string, limit = 10): Suggestion[] {
  const q = fold(query);
  if (!q) return [];
  const hits: { entry: Entry; rank: number; via: string }[] = [];
  for (const entry of index) {
    let best = -1;
    let via = entry.label;
    for (const form of entry.forms) {
      const r = rank(form.folded, q);
      if (r >= 0 && (best < 0 || r < best)) {
        best = r;
        via = form.text;
      }
    }
    if (best >= 0) hits.push({ entry, rank: best, via });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.entry.mentions - a.entry.mentions ||
      (a.entry.label < b.entry.label ? -1 : a.entry.label > b.entry.label ? 1 : 0),
  );
  return hits.slice(0, limit).map(({ entry, via }) => ({
    node: entry.node,
    label: entry.label,
    type: entry.type,
    ...(via !== entry.label ? { via } : {}),
  }));
}
