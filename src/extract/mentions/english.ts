// English-only evidence and rules: compromise's lexicon (is a word ordinary
// or a name?), title-case bodies ("the Joint Chiefs of Staff"), armed
// services and body tails before a title, demonyms before nouns, and
// "X-owned" companies.
import nlp from 'compromise';
import type { EntityType } from '../../graph/types.js';
import { lookup } from '../lexicon/index.js';
import { tokenize, type Token } from '../lexicon/tokens.js';
import {
  CALENDAR,
  ORG_TAILS_EN,
  PLACE_TAILS,
  STOP_EN,
  BARE_DEMONYMS_EN,
  ORG_END_EN,
  ORG_JOINERS_EN,
  ORG_START_EN,
  DOCUMENT_TAILS_EN,
} from '../lexicon/words.js';
import type { Mention } from '../types.js';
import { type Ctx, span } from './context.js';

/** Branches of the armed forces after a country or demonym: "US Air Force", "Indian Navy". */
const BRANCHES_EN = new Map<string, number>([
  ['air force', 2], ['navy', 1], ['army', 1], ['marine corps', 2], ['marines', 1], ['coast guard', 2], ['space force', 2],
  ['national guard', 2], ['armed forces', 2], ['special forces', 2], ['naval forces', 2], ['ground forces', 2],
  ['aerospace forces', 2], ['air defence forces', 3], ['air defense forces', 3], ['defence forces', 2], ['defense forces', 2],
]);

/** English common words from compromise's lexicon: the tags that mark a name rather than a word. */
export const NAME_TAGS = /Name|Person|Place|City|Country|Region|Organization|ProperNoun|Demonym/;
export const EN_LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** End of an armed service's name at j ("Air Force", "Navy"), capitalised, if one starts there. */
export function branchEnd(ctx: Ctx, j: number): number | undefined {
  const { toks } = ctx;
  let key = '';
  let best: number | undefined;
  for (let k = j; k < j + 3 && k < toks.length && toks[k]!.cap; k++) {
    key = key ? `${key} ${toks[k]!.lower}` : toks[k]!.lower;
    if (BRANCHES_EN.get(key) === k - j + 1) best = k + 1;
  }
  return best;
}

/** End of a short capitalised run from j closed by an organization tail and followed by a title ("Foreign Ministry spokesman"). */
export function bodyByTail(ctx: Ctx, j: number): number | undefined {
  const { toks } = ctx;
  let k = j;
  while (k < toks.length && k - j < 4 && toks[k]!.cap && toks[k]!.isWord && !lookup(toks, k, ctx.lang, (kind) => kind === 'role')) k++;
  if (k === j || !ORG_TAILS_EN.has(toks[k - 1]!.lower)) return undefined;
  return lookup(toks, k, ctx.lang, (kind) => kind === 'role') ? k : undefined;
}

/**
 * "five North Korean drones", "Korean officials": an English demonym before
 * a lower-case noun describes the noun; it is no mention (a title after it,
 * "Russian President …", was read already) and never a person's name.
 */
export function demonymBeforeNoun(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  if (ctx.lang !== 'en' || !toks[i]!.cap) return undefined;
  const m = lookup(toks, i, ctx.lang, (k) => k === 'demonym');
  const end = m ? m.end : BARE_DEMONYMS_EN.has(toks[i]!.lower) ? i + 1 : undefined;
  if (end === undefined) return undefined;
  const n = toks[end];
  if (n?.isWord && n.cap) return undefined;
  // A lone bare demonym before punctuation ("… is Korean.") says nothing either.
  return n?.isWord || !m ? end : undefined;
}

/** Whether a capitalised English token is an ordinary word, plurals included ("Chiefs", "Services"). */
function isEnglishish(t: Token): boolean {
  if (isEnglishWord(t)) return true;
  const w = t.lower;
  if (w.length < 4 || !w.endsWith('s')) return false;
  const singulars = [w.slice(0, -1), w.endsWith('es') ? w.slice(0, -2) : '', w.endsWith('ies') ? `${w.slice(0, -3)}y` : ''];
  return singulars.some((s) => s !== '' && isEnglishWord({ ...t, lower: s }));
}

/**
 * "the Joint Chiefs of Staff", "the Department of Commerce and Trade", "House
 * Armed Services Committee": capitalised ordinary words, maybe joined by
 * "of"/"for"/"and", that end on a body's word (or open on one and hold a
 * joiner) are one organization. Title-case ordinary words are never a person:
 * a run of them that is no body is no mention. Returns the run's end.
 */
export function englishBody(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  if (ctx.lang !== 'en' || ctx.headline[i]) return undefined;
  let k = i;
  let end = i;
  let words = 0;
  let joined = false;
  // "Ministry of Maritime Affairs and Investment": after a body's head and "of", its portfolio's words run on.
  let ofBody = false;
  while (k < toks.length && k - i < 12) {
    const t = toks[k]!;
    if (t.isWord && t.cap && !t.upper) {
      const w = t.lower;
      const bodyWord = ORG_START_EN.has(w) || ORG_END_EN.has(w);
      const english = isEnglishish(t) || (ofBody && ENGLISH_SUFFIX.test(w));
      if (!bodyWord && (STOP_EN.has(w) || !english)) break;
      if (CALENDAR.has(w)) break;
      const lex = lookup(toks, k, ctx.lang, (kind) => kind !== 'weapon');
      // "Maritime" is a region's name too, but inside a portfolio it is the English word.
      if (lex && !(ofBody && lex.entry.kind === 'place' && lex.end === k + 1 && isEnglishWord(t))) break;
      words++;
      end = ++k;
      continue;
    }
    // "Joint Chiefs of Staff", "Department of the Treasury": a joiner (and "the" after "of") between capitalised words.
    if (words > 0 && ORG_JOINERS_EN.has(t.lower) && !t.cap) {
      let q = k + 1;
      if (toks[q]?.lower === 'the' && !toks[q]!.cap && t.lower === 'of') q++;
      if (toks[q]?.isWord && toks[q]!.cap) {
        if (t.lower === 'of' && OF_HEADS_EN.has(toks[k - 1]!.lower)) ofBody = true;
        joined = true;
        k = q;
        continue;
      }
    }
    break;
  }
  if (words < 2) return undefined;
  const first = toks[i]!.lower;
  const last = toks[end - 1]!.lower;
  // A joiner must stand inside the run, not after its last capitalised word.
  const hasJoiner = joined && toks.slice(i, end).some((x) => !x.cap && ORG_JOINERS_EN.has(x.lower));
  if (ORG_END_EN.has(last) || (ORG_START_EN.has(first) && hasJoiner) || (ofBody && hasJoiner)) {
    ctx.out.push(span(ctx, i, end, 'organization'));
    return end;
  }
  // "the Joint Chiefs", "House Speaker": body words in title case that make no body still name no person
  // (a company's or a place's tail, "Royal Air Force", "Silver Lake", is left to the rules after).
  const run = toks.slice(i, end);
  if (hasJoiner || !run.some((x) => ORG_START_EN.has(x.lower) || ORG_END_EN.has(x.lower))) return undefined;
  if (run.some((x) => ORG_TAILS_EN.has(x.lower) || PLACE_TAILS.has(x.lower) || ctx.names.has(x.lower))) return undefined;
  return end;
}

/** Body heads whose portfolio follows "of": "Ministry of …", "Department of …", "Office of …". */
const OF_HEADS_EN = new Set(['ministry', 'department', 'office', 'bureau', 'directorate', 'secretariat']);

/** An English dictionary word that compromise does not know as a name ("Best", "Dancing"). */
export function isEnglishWord(t: Token): boolean {
  const tag = EN_LEXICON[t.lower];
  if (tag === undefined) return agentNoun(t.lower);
  return !NAME_TAGS.test(Array.isArray(tag) ? tag.join() : tag);
}

/**
 * "Commuter", "Computer": an agent noun the lexicon lacks, made from an
 * English word it holds ("commute" + "r", "compute" + "r"). Words the
 * lexicon holds as names ("Walker") never come here.
 */
function agentNoun(w: string): boolean {
  // Only an "-e" stem and "r": "Turner", "Warner" (turn, warn + "er") are surnames as often as words.
  if (w.length < 6 || !w.endsWith('er')) return false;
  const tag = EN_LEXICON[w.slice(0, -1)];
  const tags = Array.isArray(tag) ? tag.join() : (tag ?? '');
  return tags !== '' && !NAME_TAGS.test(tags);
}

/** English type hints from compromise's lexicon for a run the rules leave open. */
export function englishType(run: Token[]): EntityType | undefined {
  for (const t of run) {
    const tag = EN_LEXICON[t.lower];
    const tags = Array.isArray(tag) ? tag.join() : (tag ?? '');
    if (/Name|Person/.test(tags)) return 'person';
    if (/City|Country|Region|Place/.test(tags)) return 'place';
    if (/Organization/.test(tags)) return 'organization';
  }
  return undefined;
}

/** "Tencent-owned", "ByteDance-owned": the owner before "-owned" is a company (not a country or demonym). */
export function ownedPrefix(ctx: Ctx, i: number): Mention | undefined {
  const t = ctx.toks[i]!;
  if (ctx.lang !== 'en' || !/-owned$/i.test(t.text)) return undefined;
  const name = t.text.slice(0, -'-owned'.length);
  if (name.includes('-') || name.length < 2 || ctx.names.has(name.toLowerCase())) return undefined;
  const sub = tokenize(name);
  if (sub.length !== 1 || lookup(sub, 0, ctx.lang, (k) => k === 'country' || k === 'demonym' || k === 'place')) return undefined;
  if (STOP_EN.has(sub[0]!.lower) || isEnglishWord(sub[0]!)) return undefined;
  return { start: t.start, end: t.start + name.length, type: 'organization', text: name };
}

/** Heads of an English-named institute, which a joiner and its field follow: "Center of Reform on Economics". */
const INSTITUTE_HEADS_EN = new Set(['center', 'centre', 'institute', 'foundation', 'council', 'forum', 'institution', 'society', 'academy']);
/** Lower-case joiners inside an institute's English name: "Institute for Development of Economics and Finance". */
const INSTITUTE_JOINERS_EN = new Set(['of', 'for', 'on', 'and', '&', 'the', 'in']);

/**
 * "Center of Reform on Economics (CORE)", "Institute for Essential Services
 * Reform": a capitalised institute head, a joiner right after it and
 * capitalised English words (or places), joined by "of"/"for"/"on"/"and", are
 * one English-named body, in either language's copy. A person's name after
 * it is no part of it: its words are no English words. Returns the body's
 * end (before any bracketed acronym), if one starts at i.
 */
export function instituteEnd(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const head = toks[i];
  if (!head?.isWord || !head.cap || head.upper || !INSTITUTE_HEADS_EN.has(head.lower)) return undefined;
  const j = toks[i + 1];
  if (!j?.isWord || j.cap || !['of', 'for', 'on'].includes(j.lower)) return undefined;
  // With a bracketed acronym right after its capitalised words, the name runs to the bracket;
  // without one, only English words (or places) continue it, so a person's name after it stays out.
  for (const bracketed of [true, false]) {
    let k = i + 1;
    let end = i + 1;
    while (k < toks.length && k - i < 14) {
      const t = toks[k]!;
      if (t.isWord && !t.cap && INSTITUTE_JOINERS_EN.has(t.lower)) {
        k++;
        continue;
      }
      if (!t.isWord || !t.cap || t.upper || CALENDAR.has(t.lower) || STOP_EN.has(t.lower)) break;
      const lex = lookup(toks, k, ctx.lang, (kind) => kind === 'country' || kind === 'place' || kind === 'demonym');
      if (lex) {
        end = k = lex.end;
        continue;
      }
      if (lookup(toks, k, ctx.lang, (kind) => kind === 'role')) break;
      if (!bracketed && !isEnglishish(t) && !ENGLISH_SUFFIX.test(t.lower)) break;
      end = ++k;
    }
    if (end <= i + 2) continue;
    if (bracketed && !(toks[end]?.text === '(' && toks[end + 1]?.upper && toks[end + 2]?.text === ')')) continue;
    return end;
  }
  return undefined;
}

/** Derivational endings of English words that compromise's lexicon leaves out: "Development", "Strategic", "International". */
const ENGLISH_SUFFIX = /(ment|ments|ics|tion|tions|sion|sions|ity|ities|ance|ence|ive|ous|ship|ology|ies|ic|ional|ical|ing|ism|ary|ory|ure)$/;


/**
 * "the 1951 Mutual Defense Treaty", "the Paris Agreement", "the Visiting
 * Forces Agreement": capitalised words closed by a document's tail name a
 * treaty or a law, which is no mention (neither a person nor the place or
 * body its words name). A country or a known body at its start is left to
 * the lexicon ("UN Charter", "US-Japan Security Treaty"), and the rest is
 * read from the next token. Returns the end of the name, if one starts at i.
 */
export function documentName(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  if (ctx.lang !== 'en' || !t.cap || ctx.headline[i] || DOCUMENT_TAILS_EN.has(t.lower)) return undefined;
  if (lookup(toks, i, ctx.lang, (kind) => kind === 'country' || kind === 'organization' || kind === 'demonym' || kind === 'role')) return undefined;
  for (let k = i + 1; k < toks.length && k - i < 7; k++) {
    const x = toks[k]!;
    if (!x.isWord || !x.cap || CALENDAR.has(x.lower)) return undefined;
    if (DOCUMENT_TAILS_EN.has(x.lower)) return toks[k + 1]?.isWord && toks[k + 1]!.cap ? undefined : k + 1;
  }
  return undefined;
}
