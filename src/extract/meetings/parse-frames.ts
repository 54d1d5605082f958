// Meeting frames read off a dependency parse (UD relations): the trigger's clause gives who met
// (subject, object, "with/dengan" obliques, their conjuncts; a title's name in apposition), where
// (locative obliques), when (temporal modifiers of the trigger's clause, not any date of the
// sentence) and the status (what attaches to the trigger: modal auxiliaries, negation, a verb of
// wishing or planning it depends on). Token indexes in, token indexes out; frames.ts maps them to
// mentions. The parse has the shape src/parse/ produces: heads 0-based, -1 for the root.

import type { HappeningStatus } from '../../graph/types.js';
import { DENIED_WORD, HYPOTHETICAL_WORD, PLANNED_WORD } from './cues.js';

export interface Parse {
  tags: string[];
  heads: number[];
  labels: string[];
}

export interface TokenFrame {
  trigger: number;
  /** The verb whose clause the trigger heads or is an argument of ("held talks": held). */
  predicate: number;
  /** Heads of the participants' phrases. */
  participants: number[];
  places: number[];
  times: number[];
  status: HappeningStatus;
}

/** Prepositions of company, of place and of time, both languages (closed classes). */
const WITH = new Set(['with', 'dengan', 'bersama', 'between', 'antara', 'among']);
const LOCATIVE = new Set(['in', 'at', 'to', 'di', 'ke', 'dalam', 'inside']);
const TEMPORAL = new Set(['on', 'pada', 'during', 'selama', 'sejak', 'since']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'tidak', 'tak', 'belum', 'bukan', 'batal']);

const children = (p: Parse, head: number) => p.heads.flatMap((h, i) => (h === head ? [i] : []));
const childWith = (p: Parse, head: number, label: string) => children(p, head).filter((i) => p.labels[i] === label || p.labels[i]!.startsWith(`${label}:`));
const caseOf = (words: string[], p: Parse, i: number) => childWith(p, i, 'case').map((c) => words[c]!.toLowerCase());

/** The clause a trigger belongs to: a noun trigger that is the object or oblique of a verb ("held talks", "menggelar pertemuan") is that verb's. */
function predicateOf(p: Parse, trigger: number): number {
  const head = p.heads[trigger]!;
  const light = /^(?:obj|obl|nsubj:pass|xcomp)$/.test(p.labels[trigger]!) && NOMINAL.has(p.tags[trigger]!) && head >= 0 && p.tags[head] === 'VERB';
  return light ? head : trigger;
}

/** A participant phrase's head and the heads of its conjuncts; a title's name in apposition stands for it. */
function phrase(p: Parse, i: number): number[] {
  const named = (j: number) => (p.tags[j] === 'PROPN' ? j : (childWith(p, j, 'appos').find((a) => p.tags[a] === 'PROPN') ?? j));
  return [named(i), ...childWith(p, i, 'conj').flatMap((c) => phrase(p, c))];
}

/** The status from the words attached to the predicate and the verb it depends on. */
function statusOf(words: string[], p: Parse, predicate: number): HappeningStatus {
  const attached = children(p, predicate).filter((c) => /^(?:aux|advmod|mark)/.test(p.labels[c]!)).map((c) => words[c]!.toLowerCase());
  if (attached.some((w) => NEGATION.has(w) || DENIED_WORD.test(w))) return 'denied';
  // "would like to meet", "ingin bertemu": the trigger is the complement of a verb of wishing.
  const governor = /^(?:xcomp|ccomp)$/.test(p.labels[predicate]!) ? p.heads[predicate]! : -1;
  const above = governor >= 0 ? [words[governor]!.toLowerCase(), ...children(p, governor).filter((c) => /^aux/.test(p.labels[c]!)).map((c) => words[c]!.toLowerCase())] : [];
  if ([...attached, ...above].some((w) => HYPOTHETICAL_WORD.test(w))) return 'hypothetical';
  if ([...attached, ...above].some((w) => PLANNED_WORD.test(w))) return 'planned';
  return 'happened';
}

/** The frame of one trigger. */
export function frameOf(words: string[], p: Parse, trigger: number): TokenFrame {
  const predicate = predicateOf(p, trigger);
  const heads = [...new Set([predicate, trigger])];
  const participants: number[] = [];
  const places: number[] = [];
  const times: number[] = [];
  for (const h of heads) {
    for (const c of children(p, h)) {
      const label = p.labels[c]!;
      const cases = caseOf(words, p, c);
      if (/^(?:nsubj|obj|iobj)$/.test(label) && c !== trigger && NOMINAL.has(p.tags[c]!)) participants.push(...phrase(p, c));
      else if (/^(?:obl|nmod)/.test(label) && label !== 'obl:tmod' && cases.some((w) => WITH.has(w))) participants.push(...phrase(p, c));
      else if (/^(?:obl|nmod)/.test(label) && label !== 'obl:tmod' && cases.some((w) => LOCATIVE.has(w))) places.push(c);
      else if (label === 'obl:tmod' || (/^obl/.test(label) && cases.some((w) => TEMPORAL.has(w)))) times.push(c);
      // "kunjungan Putin", "Putin's visit": the possessor of a noun trigger takes part.
      else if (h === trigger && /^nmod(?::poss)?$/.test(label) && !cases.length && p.tags[c] === 'PROPN') participants.push(...phrase(p, c));
    }
  }
  return { trigger, predicate, participants: [...new Set(participants)], places, times, status: statusOf(words, p, predicate) };
}
