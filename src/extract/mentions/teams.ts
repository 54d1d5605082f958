// Teams, clubs and bands as organizations: national teams ("Timnas
// Indonesia"), clubs' own names ("AC Milan", "Persib Bandung") and the
// capitalised name after a team noun.
import { lookup } from '../lexicon/index.js';
import {
  CALENDAR,
  COMMON_ACRONYMS_ID,
  NATIONAL_TEAM_HEADS,
  TEAM_BEFORE,
  TEAM_BEFORE_2,
  CLUB_PREFIXES,
} from '../lexicon/words.js';
import { type Ctx, span } from './context.js';
import { isEnglishWord } from './english.js';
import { HEADLINE_VERB } from './token-kinds.js';

/** Age groups of a national team: "U-23", "U23", "U-17". */
const AGE_GROUP = /^U-?\d{2}$/;

interface TeamSpan {
  /** First token of the organization's span (after a generic "klub", at a "Timnas"). */
  start: number;
  end: number;
  canonical?: string;
}

/** "Timnas Indonesia", "klub Persib Bandung", "band Noah": a team, club or band as an organization. */
export function team(ctx: Ctx, i: number): number | undefined {
  const tm = teamAt(ctx, i);
  if (!tm) return undefined;
  const m = span(ctx, tm.start, tm.end, 'organization');
  if (tm.canonical) m.canonical = tm.canonical;
  ctx.out.push(m);
  return tm.end;
}

/**
 * A team at token i: a national-team head and its country ("Timnas
 * Indonesia", "tim nasional Jepang U-23"), one span with the head; or a
 * generic team, club or band noun and the capitalised run after it ("klub
 * Persib Bandung", "tim Arema FC"), the noun left outside.
 */
export function teamAt(ctx: Ctx, i: number): TeamSpan | undefined {
  const { toks } = ctx;
  const t = toks[i];
  if (!t?.isWord) return undefined;
  // Most words open no multi-word team phrase: build the two- and three-word keys only for those that may.
  const multi = OPENS_MULTI_WORD.has(t.lower);
  const two = multi && toks[i + 1]?.isWord ? `${t.lower} ${toks[i + 1]!.lower}` : '';
  const three = two && toks[i + 2]?.isWord ? `${two} ${toks[i + 2]!.lower}` : '';
  if (NATIONAL_TEAM_HEADS.has(t.lower) || NATIONAL_TEAM_HEADS.has(two)) {
    const h = NATIONAL_TEAM_HEADS.has(t.lower) ? i + 1 : i + 2;
    const end = teamRun(ctx, h, true);
    if (end === h) return undefined;
    const rest = ctx.text.slice(toks[h]!.start, toks[end - 1]!.end);
    return { start: i, end, canonical: `Timnas ${rest}` };
  }
  const club = clubAt(ctx, i);
  if (club !== undefined) return { start: i, end: club };
  const h = TEAM_BEFORE_2.has(three) ? i + 3 : TEAM_BEFORE_2.has(two) ? i + 2 : TEAM_BEFORE.has(t.lower) ? i + 1 : undefined;
  if (h === undefined || !toks[h]?.cap) return undefined;
  // "Tim Indonesia", "team China": a country's name after a bare team noun stays the country.
  const lex = lookup(toks, h, ctx.lang, (k) => k === 'country' || k === 'demonym' || k === 'role');
  if (lex && (lex.entry.kind === 'role' || lex.end >= teamRun(ctx, h, false))) return undefined;
  const end = teamRun(ctx, h, false);
  if (end === h) return undefined;
  // "Team Principal", "tim Best Friends": ordinary English words are a title, not a team.
  if (toks.slice(h, end).every(isEnglishWord) && !toks[end - 1]!.upper) return undefined;
  // "tim Prabowo": a person already named in the text leads the team, it is not its name.
  if (toks.slice(h, end).some((x) => ctx.names.has(x.lower))) return undefined;
  return { start: h, end, canonical: undefined };
}

/** First words of the multi-word team phrases ("tim" of "tim nasional"), the only words whose longer keys can match. */
const OPENS_MULTI_WORD = new Set(
  [...NATIONAL_TEAM_HEADS, ...TEAM_BEFORE_2].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]!),
);

/** Indonesian football clubs' own words: "Persib", "Persekabpas", "PSMS", "PSIS". */
const CLUB_WORD_ID = /^(Pers[a-z]{2,8}|PS[A-Z]{1,3})$/;
/** Capitalised words that look like a club's but are common words or bodies. */
const NOT_CLUB_ID = new Set(['persen', 'persis', 'personel', 'personil', 'persona', 'personal', 'persepsi', 'persero', 'persegi', 'persil', 'persik']);

/**
 * End of a club's name at i: a club prefix and a capitalised name ("AC
 * Milan", "Real Oviedo"), or an Indonesian club's word and its town
 * ("Persema Malang", "PSMS Medan", "Persekabpas").
 */
function clubAt(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  const n = toks[i + 1];
  if (t.cap && CLUB_PREFIXES.has(t.lower) && n?.isWord && n.cap && !ctx.words.stop.has(n.lower) && !CALENDAR.has(n.lower)) {
    const end = teamRun(ctx, i + 1, false);
    return end > i + 1 && end - i <= 4 ? end : undefined;
  }
  if (ctx.lang !== 'id' || !CLUB_WORD_ID.test(t.text) || NOT_CLUB_ID.has(t.lower) || COMMON_ACRONYMS_ID.has(t.lower) || /an$/.test(t.lower)) return undefined;
  if (ctx.headline[i] || lookup(toks, i, ctx.lang, () => true)) return undefined;
  // The town after the club's word belongs to its name: "Persib Bandung", "PSMS Medan".
  const town = n?.cap ? lookup(toks, i + 1, ctx.lang, (k) => k === 'place') : undefined;
  return town ? town.end : i + 1;
}

/** End of a team's capitalised name from h; a national team's ends after its country (and age group). */
function teamRun(ctx: Ctx, h: number, national: boolean): number {
  const { toks } = ctx;
  let k = h;
  while (k < toks.length && k - h < 5) {
    const t = toks[k]!;
    // "Dewa 19", "Persebaya 1927": a number after the first word belongs to the name.
    if (t.isWord && k > h && /^\d{1,4}$/.test(t.text)) {
      k++;
      continue;
    }
    if (!t.isWord || !t.cap || CALENDAR.has(t.lower) || (ctx.words.stop.has(t.lower) && !(k === h && t.lower === 'the'))) break;
    if (AGE_GROUP.test(t.text) ? !national : t.text.length < 2) break;
    if (ctx.headline[k] && HEADLINE_VERB.test(t.lower)) break;
    if (lookup(toks, k, ctx.lang, (kind) => kind === 'role')) break;
    const country = national ? lookup(toks, k, ctx.lang, (kind) => kind === 'country') : undefined;
    if (country) {
      k = country.end;
      if (toks[k] && AGE_GROUP.test(toks[k]!.text)) k++;
      break;
    }
    k++;
  }
  return k;
}
