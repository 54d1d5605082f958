// What the tagger sees of a word: its shape, affixes and neighbours, how the sentence is
// cased, which lexicon phrase it sits in, and what the rules proposed for it. The same
// function serves training and run time, so a feature means the same in both.
import type { Lang } from '../graph/types.js';
import { type EntryKind, lookup } from '../extract/lexicon/index.js';
import type { Token } from '../extract/lexicon/tokens.js';

/** A sentence as the tagger reads it: per word, the facts its features are made of. */
export interface SentenceView {
  lower: string[];
  shapes: string[];
  /** The lexicon phrase a word is in, as `B-country`, `I-role`…, or ''. */
  lexicon: string[];
  /** The rules' proposal for a word, as `B-person`, `I-place`…, or ''. */
  rules: string[];
  /** `lower` (a corpus without capitals), `upper`, `title` (a headline) or `mixed`. */
  casing: string;
}

/** A span of text the rules proposed, in the same offsets as the words'. */
export interface Proposal {
  start: number;
  end: number;
  type: string;
}

const LEXICON_KINDS: ReadonlySet<EntryKind> = new Set(['country', 'place', 'organization', 'role', 'demonym']);

/** The view of a sentence's tokens (offsets in one text), given the rules' proposals over that text. */
export function viewOf(toks: readonly Token[], lang: Lang, proposals: readonly Proposal[]): SentenceView {
  return {
    lower: toks.map((t) => t.lower),
    shapes: toks.map((t) => shapeOf(t.text)),
    lexicon: lexiconTags(toks, lang),
    rules: proposalTags(toks, proposals),
    casing: casingOf(toks),
  };
}

/** Letters to X/x, digits to d, runs collapsed: "Jokowi" → Xx, "KPK" → X, "U.S." → X.X., "2024" → d. */
export function shapeOf(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

function lexiconTags(toks: readonly Token[], lang: Lang): string[] {
  const tags = new Array<string>(toks.length).fill('');
  const list = toks as Token[];
  for (let i = 0; i < toks.length; ) {
    const match = lookup(list, i, lang, (k) => LEXICON_KINDS.has(k));
    if (!match) {
      i++;
      continue;
    }
    for (let k = i; k < match.end; k++) tags[k] = `${k === i ? 'B' : 'I'}-${match.entry.kind}`;
    i = match.end;
  }
  return tags;
}

/** Each token inside a proposal gets its B-/I- tag; proposals are sorted and never overlap. */
function proposalTags(toks: readonly Token[], proposals: readonly Proposal[]): string[] {
  const tags = new Array<string>(toks.length).fill('');
  let p = 0;
  toks.forEach((t, k) => {
    while (p < proposals.length && proposals[p]!.end <= t.start) p++;
    const m = proposals[p];
    if (m && m.start <= t.start && t.end <= m.end) tags[k] = `${m.start === t.start ? 'B' : 'I'}-${m.type}`;
  });
  return tags;
}

/** How the sentence is written: capitals mean little in a headline, an all-caps line, or a lower-cased corpus. */
export function casingOf(toks: readonly Token[]): string {
  let words = 0;
  let caps = 0;
  let uppers = 0;
  let lowers = 0;
  for (const t of toks) {
    if (!t.isWord || !/\p{L}/u.test(t.text)) continue;
    words++;
    if (t.cap) caps++;
    if (t.upper) uppers++;
    if (t.text === t.lower) lowers++;
  }
  if (words === 0) return 'mixed';
  if (lowers === words) return 'lower';
  if (words >= 3 && uppers === words) return 'upper';
  // A headline has no full stop at its end; a sentence full of names has one.
  const last = toks[toks.length - 1]?.text;
  return words >= 4 && caps / words >= 0.7 && last !== '.' ? 'title' : 'mixed';
}

/** The features of word i that do not depend on the tags before it. */
export function staticFeatures(v: SentenceView, i: number): string[] {
  const w = v.lower[i]!;
  const shape = v.shapes[i]!;
  const at = (a: string[], k: number, edge: string): string => (k < 0 || k >= a.length ? edge : a[k]!);
  const prev = at(v.lower, i - 1, '<s>');
  const next = at(v.lower, i + 1, '</s>');
  return [
    'b',
    `w=${w}`,
    `s=${shape}`,
    `p2=${w.slice(0, 2)}`,
    `p3=${w.slice(0, 3)}`,
    `x2=${w.slice(-2)}`,
    `x3=${w.slice(-3)}`,
    `x4=${w.slice(-4)}`,
    `w-1=${prev}`,
    `w+1=${next}`,
    `w-2=${at(v.lower, i - 2, '<s>')}`,
    `w+2=${at(v.lower, i + 2, '</s>')}`,
    `w-1w=${prev}|${w}`,
    `ww+1=${w}|${next}`,
    `s-1=${at(v.shapes, i - 1, '<s>')}`,
    `s+1=${at(v.shapes, i + 1, '</s>')}`,
    `s-1s+1=${at(v.shapes, i - 1, '<s>')}|${shape}|${at(v.shapes, i + 1, '</s>')}`,
    `c=${v.casing}|${shape}|${i === 0}`,
    `g=${v.lexicon[i]}`,
    `g-1=${at(v.lexicon, i - 1, '<s>')}`,
    `g+1=${at(v.lexicon, i + 1, '</s>')}`,
    `r=${v.rules[i]}`,
    `r-1=${at(v.rules, i - 1, '<s>')}`,
    `r+1=${at(v.rules, i + 1, '</s>')}`,
    `rs=${v.rules[i]}|${shape}|${v.casing}`,
  ];
}

/** The features that read the tags already given to the words before i. */
export function historyFeatures(v: SentenceView, i: number, prev: string, prev2: string): string[] {
  return [`t-1=${prev}`, `t-2=${prev2}|${prev}`, `t-1w=${prev}|${v.lower[i]}`, `t-1s=${prev}|${v.shapes[i]}`];
}
