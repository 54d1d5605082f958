// The shared state of one findMentions pass, and the helpers every rule
// family uses to read it and to build mentions: the text's tokens and
// headline lines, the language's word classes, the mentions found so far and
// the people met.
import type { EntityType, Lang } from '../../graph/types.js';
import type { Entry, EntryKind } from '../lexicon/index.js';
import { tokenize, type Token } from '../lexicon/tokens.js';
import {
  ORG_HEADS_EN,
  ORG_HEADS_ID,
  PLACE_BEFORE_EN,
  PLACE_BEFORE_ID,
  PLACE_HEADS_EN,
  PLACE_HEADS_ID,
  SPEECH_AFTER_EN,
  SPEECH_AFTER_ID,
  SPEECH_BEFORE_EN,
  SPEECH_BEFORE_ID,
  STOP_EN,
  STOP_ID,
} from '../lexicon/words.js';
import type { Mention } from '../types.js';

/** Per-language word classes the rules consult. */
interface Words {
  stop: Set<string>;
  speechAfter: Set<string>;
  speechBefore: Set<string>;
  placeBefore: Set<string>;
  placeHeads: Set<string>;
  orgHeads: Set<string>;
}

const WORDS: Record<Lang, Words> = {
  id: {
    stop: STOP_ID,
    speechAfter: SPEECH_AFTER_ID,
    speechBefore: SPEECH_BEFORE_ID,
    placeBefore: PLACE_BEFORE_ID,
    placeHeads: PLACE_HEADS_ID,
    orgHeads: ORG_HEADS_ID,
  },
  en: {
    stop: STOP_EN,
    speechAfter: SPEECH_AFTER_EN,
    speechBefore: SPEECH_BEFORE_EN,
    placeBefore: PLACE_BEFORE_EN,
    placeHeads: PLACE_HEADS_EN,
    orgHeads: ORG_HEADS_EN,
  },
};

/** One findMentions pass: its text, the mentions found so far, and what it has learnt about the text. */
export interface Ctx {
  text: string;
  toks: Token[];
  lang: Lang;
  words: Words;
  out: Mention[];
  /** Lower-cased tokens of the people already found in this text, for coreference ("Sjahril" after "Sjahril Djohan"). */
  names: Set<string>;
  /** A spaced "( MK )" after an organization, to emit as its own organization. */
  pendingAcronym?: { start: number; end: number };
  /** Per token: whether its line is a headline in title case ("Menlu Retno Bertemu Blinken di Jakarta"). */
  headline: boolean[];
  /** Lower-cased one-word regions met as "Bupati Sidoarjo Ahmad Muhdlor Ali" anywhere in this text. */
  regions: Set<string>;
  /** Per token, once asked: whether it is a mixed-case brand (see isBrandTok, which many rules ask at one token). */
  brand: Array<boolean | undefined>;
}

/**
 * A fresh context for text, its headline lines marked. `regions` starts
 * empty: reading them takes the name rules, which run over this context.
 */
export function createCtx(text: string, lang: Lang): Ctx {
  const toks = tokenize(text);
  return {
    text,
    toks,
    lang,
    words: WORDS[lang],
    out: [],
    names: new Set(),
    headline: headlineFlags(text, toks),
    regions: new Set(),
    brand: new Array<boolean | undefined>(toks.length),
  };
}

/**
 * Marks the tokens of title-case lines: a line of four or more words, most of
 * them capitalised, with no sentence-final full stop. Capitals say little there.
 */
function headlineFlags(text: string, toks: Token[]): boolean[] {
  const flags = new Array<boolean>(toks.length).fill(false);
  let from = 0;
  while (from < toks.length) {
    let to = from + 1;
    let nl = text.indexOf('\n', toks[from]!.end);
    if (nl < 0) nl = text.length;
    while (to < toks.length && toks[to]!.start < nl) to++;
    let words = 0;
    let caps = 0;
    for (let k = from; k < to; k++) {
      const t = toks[k]!;
      if (!t.isWord || startsWithDigit(t.text)) continue;
      words++;
      if (t.cap) caps++;
    }
    const lastTok = toks[to - 1]!;
    if (words >= 4 && caps / words >= 0.7 && lastTok.text !== '.') for (let k = from; k < to; k++) flags[k] = true;
    from = to;
  }
  return flags;
}

const DIGIT_START = /^\p{N}/u;
export function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : DIGIT_START.test(s);
}

export function headedEntry(kind: EntryKind): Entry {
  return { kind, canonical: '', form: [], exact: false, anyCase: true };
}

export function span(ctx: Ctx, from: number, to: number, type: EntityType): Mention {
  const start = ctx.toks[from]!.start;
  const end = ctx.toks[to - 1]!.end;
  return { start, end, type, text: ctx.text.slice(start, end) };
}

export function fromEntry(ctx: Ctx, from: number, to: number, entry: Entry, type: EntityType): Mention {
  const m = span(ctx, from, to, type);
  if (entry.canonical) m.canonical = entry.canonical;
  // Set in place, in placeDetails' key order, rather than merging a fresh object: this runs for every lexicon hit.
  if (entry.kind !== 'place') return m;
  if (entry.country) m.country = entry.country;
  if (entry.lat !== undefined && entry.lng !== undefined) {
    m.lat = entry.lat;
    m.lng = entry.lng;
  }
  return m;
}

/** How far a derived index has read ctx.out. */
export interface OutCursor {
  seen: number;
}

/**
 * Feeds `visit` the mentions pushed since the cursor last read ctx.out. The
 * mentions list only grows and a mention's text and type never change, so an
 * index over it can be kept up to date instead of rescanning the list per question.
 */
export function catchUp(ctx: Ctx, cursor: OutCursor, visit: (m: Mention) => void): void {
  const { out } = ctx;
  while (cursor.seen < out.length) visit(out[cursor.seen++]!);
}

export function placeDetails(entry: Entry): Partial<Mention> {
  const out: Partial<Mention> = {};
  if (entry.kind !== 'place') return out;
  if (entry.canonical) out.canonical = entry.canonical;
  if (entry.country) out.country = entry.country;
  if (entry.lat !== undefined && entry.lng !== undefined) {
    out.lat = entry.lat;
    out.lng = entry.lng;
  }
  return out;
}
