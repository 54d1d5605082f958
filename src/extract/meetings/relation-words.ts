// The shape of a language's relation words (src/extract/lexicon/<lang>/relation-cues.ts), and
// the patterns built from both languages' lists.

import { RELATION_WORDS_EN } from '../lexicon/en/relation-cues.js';
import { RELATION_WORDS_ID } from '../lexicon/id/relation-cues.js';

export interface RelationWords {
  supply: string[];
  buy: string[];
  accuse: string[];
  condemn: string[];
  deny: string[];
  invite: string[];
  negation: string[];
}

/** One list of both languages as a whole-word pattern. */
export function relationPattern(list: keyof RelationWords, flags: string): RegExp {
  const words = [...new Set([...RELATION_WORDS_ID[list], ...RELATION_WORDS_EN[list]])];
  return new RegExp(`\\b(?:${words.join('|')})\\b`, flags);
}
