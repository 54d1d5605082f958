// The document every recognition stage reads and adds to (after spaCy's Doc): the text, its
// tokens and sentence stretches, the candidate spans each proposer added with its reason, and
// the spans one resolver decided on. Offsets are JavaScript string indices into `text`.
import type { Lang } from '../graph/types.js';
import type { Token } from './lexicon/tokens.js';
import type { Mention } from './types.js';

/** A labelled stretch of the text. */
export interface Span {
  start: number;
  end: number;
  /** An entity type (`person`, `place`, …) from the rules, or a tag label (`PER`, `LOC`, `ORG`) from the tagger. */
  label: string;
  /** The component that proposed it. */
  source: string;
  /** Why it was proposed, and (once decided) why it was kept or dropped. */
  reason: string;
  /** The typed mention a rule built (canonical name, role, coordinates), when there is one. */
  mention?: Mention;
  /** Set by the resolver. */
  kept?: boolean;
}

export interface Doc {
  text: string;
  lang: Lang;
  tokens: Token[];
  /** Sentence-sized stretches of tokens, as [first, end) token indices. */
  stretches: Array<[number, number]>;
  candidates: Span[];
  /** The decision: typed mentions, sorted, never overlapping. */
  mentions: Mention[];
}

/** One named stage over a Doc. */
export interface Component {
  name: string;
  run(doc: Doc): void;
}

export function createDoc(text: string, lang: Lang, tokens: Token[]): Doc {
  return { text, lang, tokens, stretches: [], candidates: [], mentions: [] };
}
