// What a mention can be in a meeting: a person, a delegation (a country or body standing for its
// people), a place; and where it stands: inside someone's title, after a locative preposition.

import type { AnalysedSentence } from '../pipeline.js';
import type { Mention } from '../types.js';

export const isPerson = (m: Mention) => m.type === 'person';
export const isDelegation = (m: Mention) => m.type === 'country' || m.type === 'organization';
export const isPlace = (m: Mention) => m.type === 'place' || m.type === 'country';
export const isWeapon = (m: Mention) => m.type === 'weapon';

/** A country or body named only inside a person's title ("Menteri Luar Negeri Korea Utara Choe"). */
export function inTitle(sentence: AnalysedSentence, m: Mention): boolean {
  const next = sentence.mentions.find((o) => o.start >= m.end && isPerson(o));
  if (next && /^[\s()\p{L}]{0,12}$/u.test(sentence.text.slice(m.end, next.start)) && !/[,.]/.test(sentence.text.slice(m.end, next.start))) {
    const between = sentence.text.slice(m.end, next.start);
    if (/^\s*(?:\([^)]*\))?\s*$/.test(between)) return true;
  }
  return sentence.mentions.some((o) => isPerson(o) && o.roleOf !== undefined && o.roleOf.trim() === m.text.trim() && o.start > m.start);
}

/** Prepositions that introduce where a meeting is held or a visit goes. */
const PLACE_BEFORE = /\b(?:di|ke|menuju|in|at|to|city\s+of|kota)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

export function placeBefore(text: string, m: Mention): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}
