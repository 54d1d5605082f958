// Places by shape: a place or facility head and its name ("kota Bandung",
// "kilang minyak Balikpapan"), schools, command headquarters, air bases, and
// places known by the list they stand in or the country after them.
import { lookup } from '../lexicon/index.js';
import type { Token } from '../lexicon/tokens.js';
import type { Mention } from '../types.js';
import {
  CALENDAR,
  COMMON_ID,
  FACILITY_QUALIFIERS_ID,
  FACILITY_HEADS_ID,
  SCHOOL_HEADS_ID,
  HALL_BREAKS,
  HALL_HEADS,
  TECH_TOKENS,
  MARKAS_HEADS_ID,
  LOCATIVE_ID,
  LOCATIVE_EN,
  FACILITY_TAILS_EN,
  ADMIN_HEADS_ID,
  PLACE_HEAD_PAIRS_ID,
  GEO_TAILS_EN,
} from '../lexicon/words.js';
import { PROVINCE_NAMES } from '../lexicon/places.js';
import { type Ctx, fromEntry, span, startsWithDigit } from './context.js';
import { COMPASS, HEADLINE_VERB, NAME_PART, RANKS, isCommonWord, isVerbLike, rankAt, sentenceInitial } from './token-kinds.js';
import { isNameToken, isPersonWord } from './name-runs.js';
import { EN_LEXICON } from './english.js';
import { orgByHead, withAcronym } from './organizations.js';

/** Buildings and compounds named after the body they house: "Gedung DPR", "kompleks Kemhan", "Rumah Sakit Pusat Pertamina", "RS Polri". */
const BUILDING_HEADS = new Set(['gedung', 'kompleks', 'komplek', 'wisma', 'graha', 'sakit', 'rs', 'rsud', 'rsup', 'rsia']);

/** A school named by its level at k ("SMA Negeri 4 Yogyakarta"): its span, if one starts there. */
export function schoolAt(ctx: Ctx, k: number): { start: number; end: number } | undefined {
  const t = ctx.toks[k];
  if (!t?.upper || !SCHOOL_HEADS_ID.has(t.lower)) return undefined;
  const end = orgByHead(ctx, k);
  return end === undefined ? undefined : { start: k, end };
}

/**
 * "Mapolda Sumut", "Mapolres Langkat", "Mako Brimob Kelapa Dua": a
 * command's headquarters, written as one word with "Ma-", and the command's
 * region or name after it are a place (the compound).
 */
export function markas(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  if (ctx.lang !== 'id' || !t.cap || t.upper || !MARKAS_HEADS_ID.has(t.lower) || ctx.headline[i]) return undefined;
  let k = i + 1;
  while (k < toks.length && k - i <= 4) {
    const n = toks[k]!;
    if (!n.isWord || !n.cap || CALENDAR.has(n.lower) || (ctx.words.stop.has(n.lower) && !NAME_PART.has(n.lower))) break;
    if (lookup(toks, k, ctx.lang, (kind) => kind === 'role')) break;
    const lex = lookup(toks, k, ctx.lang, (kind) => kind !== 'weapon');
    k = lex ? lex.end : k + 1;
  }
  ctx.out.push(span(ctx, i, k, 'place'));
  return k;
}

/** Lower-case heads that a code names as often as a name does: "bandara YIA", "stasiun MRT", "jalan …". */
const CODED_HEADS = new Set(['bandara', 'pelabuhan', 'stasiun', 'terminal', 'jalan', 'jl', 'jalur', 'bandar', 'kota', 'kabupaten', 'provinsi']);

/**
 * "menara BTS 4G", "kilang LNG di …": after a lower-case head an unknown
 * acronym followed by a number, a technology ("4G", "5G") or lower-case
 * words is the facility's kind or technology, not its name. No mention;
 * returns the token after the acronym (and its technology).
 */
export function technologyAfterHead(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  const a = toks[i + 1];
  if (t.cap || !a?.isWord || !a.upper || lookup(toks, i + 1, ctx.lang, (k) => k !== 'weapon' && k !== 'role')) return undefined;
  const n = toks[i + 2];
  if (n?.isWord && TECH_TOKENS.test(n.text)) return i + 3;
  if (CODED_HEADS.has(t.lower) || BUILDING_HEADS.has(t.lower)) return undefined;
  return !n || (n.isWord && !n.cap) || n.text === ',' || n.text === '.' ? i + 2 : undefined;
}

/** Lower-case facility heads, which with a qualifier or two and a capitalised name make a place. */
const LOWER_FACILITY_HEADS = new Set([...FACILITY_HEADS_ID, 'pangkalan', 'kilang', 'lapangan', 'galangan', 'fasilitas', 'instalasi', 'reaktor', 'situs']);

/**
 * "pangkalan udara Nevatim", "kilang minyak Balikpapan", "pangkalan militer
 * Hmeimim": a lower-case facility head, one or two lower-case qualifiers and
 * a capitalised name are one place, head included (as "kota Bandung" is).
 * A country after the qualifiers ("pangkalan militer Rusia") is description.
 */
export function facilityByHead(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  if (t.cap || ctx.lang !== 'id' || !LOWER_FACILITY_HEADS.has(t.lower)) return undefined;
  let q = i + 1;
  while (q < i + 3 && toks[q]?.isWord && !toks[q]!.cap && FACILITY_QUALIFIERS_ID.has(toks[q]!.lower)) q++;
  if (q === i + 1) return undefined;
  let k = q;
  while (k < toks.length && k - q < 4) {
    const n = toks[k]!;
    if (!n.isWord || !n.cap || CALENDAR.has(n.lower) || startsWithDigit(n.text)) break;
    if (ctx.words.stop.has(n.lower) && !NAME_PART.has(n.lower)) break;
    if (k === q && n.upper && !lookup(toks, k, ctx.lang, (kind) => kind === 'place')) break;
    const lex = lookup(toks, k, ctx.lang, (kind) => kind !== 'weapon');
    if (lex && lex.entry.kind !== 'place') break;
    k = lex ? lex.end : k + 1;
  }
  return k > q ? k : undefined;
}

/** Titles kept in the names of places that honour someone: "Bandara Sultan Hasanuddin", "Stadion Gelora Bung Karno". */
const HONOURED_TITLES = new Set(['sultan', 'raja', 'ratu', 'pangeran', 'bung', 'haji', 'kh', 'k.h.', 'kh.', 'ki', 'nyi', 'raden', 'raden mas', 'raden ajeng', 'kiai', 'kyai', 'dr.', 'dr', 'prof.', 'prof', 'ir.', 'ir']);

/** End of a place opened by a place head word at i ("Kosmodrom Vostochny", "kota Bandung"). */
export function placeByHead(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const building = BUILDING_HEADS.has(toks[i]!.lower);
  // "Aula Besar Rakyat", "Istana Negara": a hall's name may be made of common words.
  const hall = HALL_HEADS.has(toks[i]!.lower);
  let k = i + 1;
  while (k < toks.length) {
    const t = toks[k]!;
    if (!t.isWord || !t.cap || CALENDAR.has(t.lower)) break;
    if (hall && (HALL_BREAKS.has(t.lower) || (ctx.headline[k] && HEADLINE_VERB.test(t.lower)))) break;
    // A name never runs over a line break ("… di Nasdem Tower | Tonton Video").
    if (hall && ctx.text.slice(toks[k - 1]!.end, t.start).includes('\n')) break;
    if (!hall && ctx.words.stop.has(t.lower) && !ctx.words.placeHeads.has(t.lower) && !NAME_PART.has(t.lower)) break;
    const role = lookup(toks, k, ctx.lang, (kind) => kind === 'role');
    // "Istana Presiden", "Gedung Wakil Presiden": a title with no name after it is part of a hall's name.
    if (role && hall && !RANKS.has(role.entry.canonical) && !isNameToken(ctx, role.end) && !rankAt(ctx, role.end)) {
      k = role.end;
      continue;
    }
    // "Bandar Udara Sultan Hasanuddin", "Jalan Jenderal Sudirman": a title right after the head opens the name it honours.
    if (role && (k - i <= 2 || hall) && (RANKS.has(role.entry.canonical) || HONOURED_TITLES.has(role.entry.canonical)) && isNameToken(ctx, role.end)) {
      k = role.end;
      continue;
    }
    // "Desa Bandar Ratu ,": a title closing a place's name, with no name after it, is part of it.
    if (role && k > i + 1 && HONOURED_TITLES.has(role.entry.canonical) && !toks[role.end]?.cap) {
      k = role.end;
      break;
    }
    if (role || (!building && lookup(toks, k, ctx.lang, (kind) => kind === 'organization'))) break;
    const lex = lookup(toks, k, ctx.lang, (kind) => kind === 'place' || kind === 'country' || (building && kind === 'organization'));
    k = lex ? lex.end : k + 1;
  }
  return k > i + 1 ? k : undefined;
}

/**
 * "Rumah Sakit Bhayangkara", "Pondok Pesantren Al Hikmah": a two-word head
 * whose first word alone is no place head ("rumah", "pondok") and the name
 * after it are a place. Returns the place's end, if one starts at i.
 */
export function placeByHeadPair(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  const n = toks[i + 1];
  if (ctx.lang !== 'id' || !n?.isWord || t.cap !== n.cap || !PLACE_HEAD_PAIRS_ID.has(`${t.lower} ${n.lower}`)) return undefined;
  // placeByHead reads the name after the token it is given, which here is the head's last word.
  return placeByHead(ctx, i + 1);
}

/** Heads of places that are often named after people ("Jalan Mohammad Husni Thamrin", "RSUD Abdul Wahab Sjahranie"). */
const NAMED_AFTER_PEOPLE = new Set([
  'jalan', 'jl', 'jln', 'gang', 'gg', 'bandara', 'bandar', 'stadion', 'gedung', 'taman', 'masjid', 'gereja', 'istana', 'lapangan',
  'rsud', 'rsup', 'rs', 'rsia', 'sakit', 'pesantren', 'ponpes', 'asrama', 'kompleks', 'komplek', 'wisma', 'graha', 'menara',
  'pelabuhan', 'terminal', 'stasiun', 'lanud', 'puskesmas', 'perumahan', 'pura', 'candi', 'bendungan', 'waduk',
]);
/** Punctuation that closes a sentence right after a place's run. */
const SENTENCE_STOPS = new Set(['.', '!', '?']);
/** Lower-case words after a person's name that speak of them: "… Helena Lim sebagai saksi". */
const PERSON_AFTER_ID = new Set(['sebagai', 'selaku', 'bersama', 'beserta']);

/**
 * "crazy rich | Pantai Indah Kapuk | Helena Lim sebagai saksi": a place
 * head's run of three or more capitalised words that ends on two person words
 * before a verb (or "sebagai") holds a place and then a person. Heads of
 * places named after people (streets, airports, hospitals) never split, nor
 * a run with a title inside. Returns where the place ends and the person
 * starts, or undefined.
 */
export function placeBeforeName(ctx: Ctx, i: number, end: number): number | undefined {
  const { toks } = ctx;
  const head = toks[i]!;
  if (ctx.lang !== 'id' || NAMED_AFTER_PEOPLE.has(head.lower) || ctx.headline[i]) return undefined;
  const cut = end - 2;
  if (cut - (i + 1) < 1) return undefined;
  for (let k = i + 1; k < end; k++) if (!toks[k]!.isWord || !toks[k]!.cap || lookup(toks, k, ctx.lang, (kind) => kind === 'role')) return undefined;
  // The name's two words: person words, no direction ("Tenggara"), no hyphenated pair ("Timur-Asia").
  for (const k of [cut, cut + 1]) if (!isPersonWord(ctx, k) || COMPASS.has(toks[k]!.lower) || toks[k]!.text.includes('-')) return undefined;
  // A known place running into the name's words keeps them: "kawasan Asia Timur-Asia Tenggara".
  for (let k = i + 1; k < cut; k++) {
    const lex = lookup(toks, k, ctx.lang, (kind) => kind === 'place' || kind === 'country');
    if (lex && lex.end > cut) return undefined;
  }
  const next = toks[end];
  // "menahan crazy rich Pantai Indah Kapuk Helena Lim.": the two name words may end the sentence,
  // but a village's name may run long ("Desa Karang Anyar Sari."), so not after an administrative head.
  if (next && SENTENCE_STOPS.has(next.text) && !ADMIN_HEADS_ID.has(head.lower)) return cut;
  if (!next?.isWord || next.cap) return undefined;
  const acts = isVerbLike(ctx, next) || ctx.words.speechAfter.has(next.lower) || PERSON_AFTER_ID.has(next.lower);
  if (!acts) return undefined;
  // A village's name may run long ("Desa Karang Anyar Sari"): after an administrative head, only before a verb.
  if (ADMIN_HEADS_ID.has(head.lower) && PERSON_AFTER_ID.has(next.lower)) return undefined;
  return cut;
}

/** The country of a "<Name>, <Country>" (or "<Name>, <Province>") after a preposition of place, if the run at `end` has one. */
export function locatedIn(ctx: Ctx, prev: Token, end: number): string | undefined {
  const { toks } = ctx;
  if (!(ctx.lang === 'id' ? LOCATIVE_ID : LOCATIVE_EN).has(prev.lower) || toks[end]?.text !== ',') return undefined;
  const land = toks[end + 1]?.cap ? lookup(toks, end + 1, ctx.lang, (k) => k === 'country' || k === 'place') : undefined;
  if (!land) return undefined;
  if (land.entry.kind === 'country') return land.entry.canonical;
  return PROVINCE_NAMES.has(land.entry.canonical) ? land.entry.country : undefined;
}

/**
 * "…, Boyolali, Jawa Tengah": a one- or two-word run between commas, right
 * before a province (or a country), is a place in it, whatever stood before
 * the first comma. Returns the province's country (or the country).
 */
export function listedBeforeRegion(ctx: Ctx, i: number, end: number): string | undefined {
  const { toks } = ctx;
  if (end - i > 2 || toks[i - 1]?.text !== ',' || toks[end]?.text !== ',') return undefined;
  const p = toks[i - 2];
  if (!p || !(p.isWord || p.text === ')')) return undefined;
  const land = toks[end + 1]?.cap ? lookup(toks, end + 1, ctx.lang, (k) => k === 'country' || k === 'place') : undefined;
  if (!land) return undefined;
  if (land.entry.kind === 'country') return land.entry.canonical;
  return PROVINCE_NAMES.has(land.entry.canonical) ? land.entry.country : undefined;
}

/** End of a listed place's name from `end`: up to two more capitalised words no lexicon knows ("Nagan | Raya", "Aceh | Besar"). */
export function listMemberEnd(ctx: Ctx, end: number): number {
  const { toks } = ctx;
  let k = end;
  while (k < end + 2 && toks[k]?.isWord && toks[k]!.cap && !toks[k]!.upper && !CALENDAR.has(toks[k]!.lower) && !startsWithDigit(toks[k]!.text)) {
    if (lookup(toks, k, ctx.lang, () => true)) break;
    k++;
  }
  return k;
}

/**
 * "di Penajam Paser | Utara", "Lampung | Selatan": a capitalised direction
 * right after a place's run closes it (a name never holds it). Returns the
 * place's end, with the direction when one follows.
 */
export function compassEnd(ctx: Ctx, end: number): number {
  const d = ctx.toks[end];
  return d?.isWord && d.cap && !d.upper && COMPASS.has(d.lower) && !ctx.headline[end] && !ctx.toks[end + 1]?.cap ? end + 1 : end;
}

/** "di Cirebon , Kuningan , …", "West Allis , Wisconsin": a run listed after a place is a place. */
export function inPlaceList(ctx: Ctx, i: number, end: number): boolean {
  const prev = ctx.toks[i - 1];
  const last = ctx.out[ctx.out.length - 1];
  if (!prev || !last || ctx.toks[i - 2]?.end !== last.end) return false;
  // "Wirasaba ( Purwokerto )": a name in brackets right after a place is its other name or its town.
  if (prev.text === '(' && last.type === 'place' && ctx.toks[end]?.text === ')') return true;
  // "di Kyiv dan Odesa": after a place (not a country, often a political actor), "dan" lists another.
  const joined = prev.text === ',' ? last.type === 'place' || last.type === 'country' : ['dan', 'and'].includes(prev.lower) && last.type === 'place';
  if (!joined) return false;
  const next = ctx.toks[end];
  // "Syahbandar Pelabuhan Obi, | Arif Wicaksono | , menyebut": after a title and its place, a name in commas is the title's holder.
  if (prev.text === ',' && next?.text === ',' && titledPlace(ctx, last) && nextIsVerb(ctx, end + 1)) return false;
  return !next || [',', '.', ')', 'dan', 'and', 'atau', 'or'].includes(next.lower);
}

/** Whether a title ends right before the place mention m: "Syahbandar | Pelabuhan Obi", "Camat | Kecamatan X". */
function titledPlace(ctx: Ctx, m: Mention): boolean {
  const { toks } = ctx;
  const p = toks.findIndex((t) => t.start === m.start);
  for (let q = p - 1; q >= Math.max(0, p - 3); q--) {
    const r = lookup(toks, q, ctx.lang, (kind) => kind === 'role');
    if (r && r.end === p) return true;
  }
  return false;
}

/** Whether a verb (or a speech verb) stands at k: "…, menyebut", "…, said". */
function nextIsVerb(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return t !== undefined && (isVerbLike(ctx, t) || ctx.words.speechAfter.has(t.lower));
}

/**
 * "Pangkalan Udara Halim Perdanakusuma": a capitalised air base and its name
 * are a place; a known body inside ("Pangkalan Udara TNI AU Iswahjudi") is
 * its own organization, and the name after it the place.
 */
export function airBase(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  if (ctx.lang !== 'id' || !t.cap || t.lower !== 'pangkalan' || toks[i + 1]?.lower !== 'udara' || !toks[i + 1]!.cap) return undefined;
  const org = lookup(toks, i + 2, ctx.lang, (k) => k === 'organization');
  // placeByHead reads the name after the token it is given, which here is the head's last word.
  const from = org ? org.end : i + 2;
  const end = placeByHead(ctx, from - 1);
  if (end === undefined) return org ? undefined : i + 2;
  if (org) ctx.out.push(fromEntry(ctx, i + 2, org.end, org.entry, 'organization'));
  ctx.out.push(span(ctx, org ? from : i, end, 'place'));
  return end;
}

/** The English facility tails, each as its lower-cased words, longest first. */
const FACILITY_TAILS = FACILITY_TAILS_EN.map((t) => t.split(' ')).sort((a, b) => b.length - a.length);

/** End of an English facility tail ("Industrial Park", "Power Plant") starting capitalised at k. */
function facilityTailAt(toks: Token[], k: number): number | undefined {
  for (const words of FACILITY_TAILS) {
    if (words.every((w, n) => toks[k + n]?.isWord && toks[k + n]!.cap && toks[k + n]!.lower === w)) return k + words.length;
  }
  return undefined;
}

/**
 * End of a facility named by an English tail, from i: capitalised words (a
 * leading country or place included) closed by a tail that no capitalised
 * word follows: "Indonesia Morowali Industrial Park", "Batang Industrial
 * Estate", "Paiton Power Plant". Undefined when no such run starts at i.
 */
export function facilityByTailEnd(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  if (!toks[i]?.cap || ctx.headline[i]) return undefined;
  let k = i;
  while (k < toks.length && k - i < 6) {
    const t = toks[k]!;
    if (!t.isWord || !t.cap || CALENDAR.has(t.lower) || startsWithDigit(t.text)) return undefined;
    if (k > i) {
      const tail = facilityTailAt(toks, k);
      if (tail !== undefined) {
        const n = toks[tail];
        return n?.isWord && n.cap ? undefined : tail;
      }
    }
    if (ctx.words.stop.has(t.lower) && !NAME_PART.has(t.lower)) return undefined;
    if (lookup(toks, k, ctx.lang, (kind) => kind === 'role' || kind === 'organization' || kind === 'weapon')) return undefined;
    const lex = lookup(toks, k, ctx.lang, (kind) => kind === 'place' || kind === 'country');
    k = lex ? lex.end : k + 1;
  }
  return undefined;
}

/**
 * "kawasan industri Indonesia Morowali Industrial Park (IMIP)", "Paiton
 * Power Plant": a run closed by an English facility tail is one place, or
 * one organization with the acronym it is introduced by. Never a person.
 */
export function facilityByTail(ctx: Ctx, i: number): number | undefined {
  const end = facilityByTailEnd(ctx, i);
  if (end === undefined) return undefined;
  const acr = withAcronym(ctx, end);
  ctx.out.push(span(ctx, i, acr, acr > end || ctx.pendingAcronym ? 'organization' : 'place'));
  return acr;
}


/** Compromise's tags for given names: "Michael Bay" is a person, not a bay. */
const GIVEN_NAME_TAGS = /MaleName|FemaleName|FirstName/;

/**
 * "Second Thomas Shoal", "Mischief Reef", "Gobi Desert", "Kiel Canal": a run
 * of capitalised words (known places inside included) closed by a
 * geographic tail, with no capitalised word after it, is a natural feature,
 * a place, even when its words are ordinary English or a person's. A known
 * place that spans the whole run is left to the lexicon. Returns the end.
 */
export function geoFeatureEnd(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  if (!t.cap || t.upper || ctx.headline[i] || GEO_TAILS_EN.has(t.lower)) return undefined;
  let k = i;
  while (k < toks.length && k - i < 6) {
    const x = toks[k]!;
    if (!x.isWord || !x.cap || x.upper || CALENDAR.has(x.lower) || startsWithDigit(x.text)) return undefined;
    if (k > i && GEO_TAILS_EN.has(x.lower)) {
      const e = k + 1;
      if (toks[e]?.isWord && toks[e]!.cap) return undefined;
      const whole = lookup(toks, i, ctx.lang, (kind) => kind === 'place' || kind === 'country');
      if (whole && whole.end >= e) return undefined;
      const tag = EN_LEXICON[t.lower];
      if (e - i === 2 && GIVEN_NAME_TAGS.test(Array.isArray(tag) ? tag.join() : (tag ?? ''))) return undefined;
      return e;
    }
    if (ctx.words.stop.has(x.lower) && !NAME_PART.has(x.lower)) return undefined;
    if (lookup(toks, k, ctx.lang, (kind) => kind === 'role' || kind === 'organization' || kind === 'weapon' || kind === 'demonym')) return undefined;
    const lex = lookup(toks, k, ctx.lang, (kind) => kind === 'place' || kind === 'country');
    k = lex ? lex.end : k + 1;
  }
  return undefined;
}

/** A natural feature by its geographic tail, as a place: "Second Thomas Shoal", "Gobi Desert". */
export function geoFeature(ctx: Ctx, i: number): number | undefined {
  const end = geoFeatureEnd(ctx, i);
  if (end === undefined) return undefined;
  ctx.out.push(span(ctx, i, end, 'place'));
  return end;
}

/**
 * "Banjir melanda | Penajam Paser Utara", "Gempa mengguncang | Palu": after a
 * common noun opening the sentence and its verb, a capitalised run that ends
 * on a direction word (`pe` past `end`) or names a place found earlier in the
 * text is a place. Returns the place's end, or undefined.
 */
export function placeAfterCommonSubject(ctx: Ctx, i: number, end: number, pe: number): number | undefined {
  const { toks } = ctx;
  const verb = toks[i - 1];
  const subject = toks[i - 2];
  if (ctx.lang !== 'id' || !verb?.isWord || verb.cap || !isVerbLike(ctx, verb) || !subject?.cap) return undefined;
  if (!sentenceInitial(ctx, i - 2) || !(COMMON_ID.has(subject.lower) || isCommonWord(ctx, subject))) return undefined;
  if (pe > end) return pe;
  const text = ctx.text.slice(toks[i]!.start, toks[end - 1]!.end);
  return ctx.out.some((m) => m.type === 'place' && m.text === text) ? end : undefined;
}
