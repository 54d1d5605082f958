// Typed entity mentions by rules over one left-to-right token pass: closed
// classes come from the lexicons (countries, places, organizations, roles,
// weapons); people and unknown places and organizations come from
// capitalisation, titles, head words and the words around a name.
import nlp from 'compromise';
import type { EntityType, Lang } from '../graph/types.js';
import { lookup, portfolioEnd, type Entry, type EntryKind, type Match } from './lexicon/index.js';
import { tokenize, type Token } from './lexicon/tokens.js';
import { WEAPON_CLASS_AFTER_EN, WEAPON_HEADS } from './lexicon/weapons.js';
import { NOBLE_TITLES } from './lexicon/roles.js';
import {
  CALENDAR,
  COMPANY_BEFORE_EN,
  COMPANY_BEFORE_ID,
  COMPANY_PLURALS,
  COMPANY_TAILS_EN,
  FACILITY_QUALIFIERS_ID,
  NAME_PARTICLES,
  ORG_CONNECTORS,
  ORG_HEADS_EN,
  ORG_HEADS_ID,
  ORG_TAILS_EN,
  COMMON_ID,
  COMMON_ACRONYMS_ID,
  PLACE_ACRONYMS_ID,
  PLACE_TAILS,
  PLACE_AFTER_EN,
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
  NATIONAL_TEAM_HEADS,
  FACILITY_HEADS_ID,
  TEAM_BEFORE,
  TEAM_BEFORE_2,
  SCHOOL_HEADS_ID,
  CLUB_PREFIXES,
  CLUB_TAILS,
  ORG_KIND_ID,
  WORK_TAILS,
  ADMIN_HEADS_ID,
  BARE_DEMONYMS_EN,
  HALL_BREAKS,
  HALL_HEADS,
  ORG_END_EN,
  ORG_JOINERS_EN,
  ORG_START_EN,
  TECH_TOKENS,
  COMPANY_BEFORE_2,
  SHARE_NOUNS_EN,
  FINANCE_TAILS,
  TITLE_PARTS_ID,
  TITLE_FIELDS_ID,
  MARKET_KINDS_ID,
  UNIT_HEADS_ID,
  SUBUNIT_HEADS_ID,
  MARKAS_HEADS_ID,
  AREA_WORDS_ID,
  LOCATIVE_ID,
  LOCATIVE_EN,
  UNIT_ROLES_ID,
  PAIR_BEFORE,
} from './lexicon/words.js';
import { PROVINCE_NAMES } from './lexicon/places.js';
import type { Mention } from './types.js';

export { canonicalCountry } from './lexicon/index.js';

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

const MAX_NAME_TOKENS = 5;

/** Designations with a hyphen and a number ("Hwasong-11", "KN-23", "F-16", "S-400"). */
const WEAPON_DESIGNATION = /^\p{Lu}[\p{L}]{0,9}-\d{1,4}[\p{L}]{0,3}$/u;
/** Hyphen-number forms that are diseases, laws or groupings, not weapons. */
const NOT_WEAPONS = new Set(['covid', 'sars', 'mers', 'g', 'pasal', 'uu', 'ke', 'pp', 'perpres']);

/** Titles of a region's office, whose owner is a place ("Gubernur Jawa Tengah", "Bupati Demak"). */
const REGIONAL_ROLES = new Set([
  'gubernur', 'wakil gubernur', 'wagub', 'bupati', 'wakil bupati', 'wali kota', 'walikota', 'wakil wali kota',
  'camat', 'lurah', 'kepala desa', 'kades', 'kapolda', 'kapolres', 'kapolsek', 'pangdam', 'governor', 'mayor',
]);

/** Indonesian verbs with a voice prefix and -kan ("Diperkirakan", "Menyampaikan"); never names. */
const PREFIXED_VERB = /^(me|di|ber|ter|per)\p{L}{3,}kan$/u;

/** Indonesian derived nouns (pe-…-an, per-…-an, ke-…-an): "Perguruan", "Kepunahan"; never names. */
const DERIVED_NOUN = /^(pe[rmn]?g?|ke)\p{L}{3,}an$/u;

/** Compass and rank words that belong inside a place's or body's name ("Jawa Tengah", "Jakarta Pusat"). */
const NAME_PART = new Set(['utara', 'selatan', 'timur', 'barat', 'tengah', 'pusat', 'raya', 'negeri', 'tinggi']);

/** "al-Qassam", "el-Sisi": a lower-case Arabic article joined to a capitalised name. */
const ARABIC_ARTICLE = /^(al|el|ad|ar|as|asy|at|az|an)-\p{Lu}/u;

/** Indonesian verbs by their prefixes, which a title-case headline capitalises. */
const HEADLINE_VERB = /^(ber|be|me[mnr]?|meng|meny|di|ter|per)\p{L}{3,}$/u;

/** Legal forms in brackets after a company: "PT Pertamina (Persero)". */
const LEGAL_FORMS = new Set(['persero', 'tbk']);

/** Company heads whose names may hold a country or city: "PT Indonesia Transport Tbk". */
const COMPANY_HEADS = new Set(['pt', 'cv', 'pt.']);

/** Heads of a ministry's name, which ends with its portfolio: "Kementerian Pertahanan", "Departemen Luar Negeri". */
const MINISTRY_HEADS = new Set(['kementerian', 'kementrian', 'departemen', 'kemenko', 'kemenkop']);

/** Minister titles that a portfolio after them extends: "Menteri Angkatan Bersenjata", "Wakil Menteri Pertanian". */
const MINISTER_ROLES = new Set(['menteri', 'wakil menteri', 'wamen', 'menteri koordinator', 'menko', 'minister', 'deputy minister', 'secretary']);

/** Branches of the armed forces after a country or demonym: "US Air Force", "Indian Navy". */
const BRANCHES_EN = new Map<string, number>([
  ['air force', 2], ['navy', 1], ['army', 1], ['marine corps', 2], ['marines', 1], ['coast guard', 2], ['space force', 2],
  ['national guard', 2], ['armed forces', 2], ['special forces', 2], ['naval forces', 2], ['ground forces', 2],
  ['aerospace forces', 2], ['air defence forces', 3], ['air defense forces', 3], ['defence forces', 2], ['defense forces', 2],
]);

/**
 * Words that belong to a body's name rather than to a person's: "Nasional",
 * "Indonesia", "Rakyat". Where a body's name runs into a person's after a
 * title, the body ends at the last of these.
 */
const ORG_NAME_WORDS = new Set([
  'nasional', 'negara', 'negeri', 'daerah', 'umum', 'pusat', 'republik', 'rakyat', 'internasional', 'raya', 'utama',
  'bersama', 'bangsa', 'dunia', 'indonesia', 'ri', 'nusantara', 'persero', 'tbk', 'perjuangan', 'demokrasi', 'sejahtera',
  'keadilan', 'persatuan', 'amanat', 'karya', 'bulan', 'bintang', 'hati', 'nurani', 'islam', 'sosial', 'energi',
  'khusus', 'kabinet', 'presiden', 'istana', 'kepresidenan', 'strategis', 'terpadu', 'mandiri', 'agung', 'tinggi',
]);

/** Body tails after which a capitalised run may go on into a person's name ("Defence Ministry Rico Sirait"). */
const BODY_TAILS = new Set(['ministry', 'department', 'agency', 'council', 'commission', 'office', 'bureau', 'command', 'corporation', 'group', 'company']);

/** Words right after a sentence's first word that make it a common noun, not a name: "Kontrak tersebut …". */
const DETERMINER_AFTER_ID = new Set(['tersebut', 'ini', 'itu', 'dari', 'untuk', 'dengan', 'pun', 'baru', 'lain']);
const DETERMINER_AFTER_EN = new Set(['of', 'for', 'with', 'that', 'which', 'this', 'these', 'those', 'from']);

/** Directions that, after a known place, name a part of it ("Jakarta Pusat", "Inggris timur"). */
const COMPASS = new Set(['utara', 'selatan', 'timur', 'barat', 'tengah', 'pusat', 'tenggara']);

/** Buildings and compounds named after the body they house: "Gedung DPR", "kompleks Kemhan". */
const BUILDING_HEADS = new Set(['gedung', 'kompleks', 'komplek', 'wisma', 'graha']);

/** Currency amounts and symbols: "Rp", "Rp80", "US$". */
const CURRENCY = /^(rp|usd|us|idr)\.?\d*$/i;

/** Roman numerals ("Komisi III", "Hamengku Buwono X") number things; they are not names. */
const ROMAN = /^[IVXLC]+$/;

/** Mixed-case brands with a capital inside after lower-case letters: "GoTo", "ByteDance", "PayPal", "OpenAI". */
const MIXED_BRAND = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u;
/** Surname prefixes before a capital, which make a person's name, not a brand: "McCain", "DiCaprio", "LeBron". */
const NAME_PREFIX = /^(Mc|Mac|De|Di|Da|Du|Del|Della|Dos|La|Le|Lo|Van|Von|Fitz|Al|El|Abu|Ibn|Bin|St)\p{Lu}/u;

/** Organizations that keep the country they serve in their name: "Bulan Sabit Merah Mesir", "Egyptian Red Crescent". */
const HUMANITARIAN = new Set(['Red Cross', 'Red Crescent']);

/** Sentence-ending punctuation, after which a capital letter says nothing. */
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '|', '"', '“', '”', '—', '–', '-', '(', '[']);

/** English common words from compromise's lexicon: the tags that mark a name rather than a word. */
const NAME_TAGS = /Name|Person|Place|City|Country|Region|Organization|ProperNoun|Demonym/;
const EN_LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

interface Ctx {
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
}

/** Typed entity mentions in text, sorted by start, never overlapping. */
export function findMentions(text: string, lang: Lang): Mention[] {
  const ctx: Ctx = { text, toks: tokenize(text), lang, words: WORDS[lang], out: [], names: new Set(), headline: [], regions: new Set() };
  ctx.headline = headlineFlags(ctx.text, ctx.toks);
  ctx.regions = regionsOf(ctx);
  let i = 0;
  while (i < ctx.toks.length) i = Math.max(i + 1, step(ctx, i));
  return ctx.out;
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

/** First words of the regional titles, to find them cheaply before a full lookup. */
const REGIONAL_FIRST = new Set([...REGIONAL_ROLES].map((r) => r.split(' ')[0]!));

/**
 * "Bupati Sidoarjo Ahmad Muhdlor Ali": a regional title, one unknown word
 * and a full name make that word a region. Collected for the whole text
 * first, so that the same word elsewhere ("KPK Tahan Bupati Sidoarjo",
 * "di Sidoarjo") is the region too, never a person.
 */
function regionsOf(ctx: Ctx): Set<string> {
  const { toks } = ctx;
  const out = new Set<string>();
  if (ctx.lang !== 'id') return out;
  for (let i = 0; i < toks.length; i++) {
    if (!REGIONAL_FIRST.has(toks[i]!.lower)) continue;
    const role = lookup(toks, i, ctx.lang, (k) => k === 'role');
    if (!role || !REGIONAL_ROLES.has(role.entry.canonical)) continue;
    const j = role.end;
    const t = toks[j];
    if (!t?.cap || ctx.headline[j] || !isNameToken(ctx, j) || lookup(toks, j, ctx.lang, () => true)) continue;
    if (nameFrom(ctx, j) - j >= 3) out.add(t.lower);
  }
  return out;
}

const DIGIT_START = /^\p{N}/u;
function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : DIGIT_START.test(s);
}

/** Recognises whatever starts at token i, emits it, and returns the next token to look at. */
function step(ctx: Ctx, i: number): number {
  const t = ctx.toks[i]!;
  const acr = ctx.pendingAcronym;
  if (acr && i >= acr.start) {
    ctx.pendingAcronym = undefined;
    if (i === acr.start) {
      ctx.out.push(span(ctx, acr.start, acr.end, 'organization'));
      return acr.end;
    }
  }
  if (!t.isWord) return i + 1;
  return (
    humanitarian(ctx, i) ??
    team(ctx, i) ??
    titled(ctx, i) ??
    markas(ctx, i) ??
    headed(ctx, i) ??
    lexical(ctx, i) ??
    designation(ctx, i) ??
    demonymBeforeNoun(ctx, i) ??
    namedBeforeWeapon(ctx, i) ??
    unknownRun(ctx, i) ??
    i + 1
  );
}

// ---------------------------------------------------------------- teams, clubs and bands

/** Age groups of a national team: "U-23", "U23", "U-17". */
const AGE_GROUP = /^U-?\d{2}$/;

interface TeamSpan {
  /** First token of the organization's span (after a generic "klub", at a "Timnas"). */
  start: number;
  end: number;
  canonical?: string;
}

/** "Timnas Indonesia", "klub Persib Bandung", "band Noah": a team, club or band as an organization. */
function team(ctx: Ctx, i: number): number | undefined {
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
function teamAt(ctx: Ctx, i: number): TeamSpan | undefined {
  const { toks } = ctx;
  const t = toks[i];
  if (!t?.isWord) return undefined;
  const two = toks[i + 1]?.isWord ? `${t.lower} ${toks[i + 1]!.lower}` : '';
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

/** An all-capitals acronym of three or more letters in mixed-case text ("PSSI", "PLN"), not a Roman numeral. */
function isAcronymTok(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t?.isWord || !t.upper || ROMAN.test(t.text)) return false;
  if (t.text.replace(/[^\p{L}]/gu, '').length < 3) return false;
  // In a line written in capitals every word is upper case.
  return !(ctx.toks[k - 1]?.upper && ctx.toks[k + 1]?.upper);
}

/**
 * "PSSI Erick Thohir": an acronym right before a capitalised name (which it
 * never belongs to). Without a title before it (`untitled`) the name must be
 * two to four person words, as "PSMS Medan", "BPH Migas" and "PTS Litera" name bodies.
 */
function acronymBeforeName(ctx: Ctx, k: number, untitled = false): boolean {
  const t = ctx.toks[k];
  if (!t || !isAcronymTok(ctx, k) || ctx.words.stop.has(t.lower) || CALENDAR.has(t.lower)) return false;
  // "AKP Budi Santoso", "AKBP …": a rank before a name is no body.
  if (rankAt(ctx, k) !== undefined) return false;
  if (ctx.lang === 'id' && COMMON_ACRONYMS_ID.has(t.lower)) return false;
  const n = ctx.toks[k + 1];
  if (n === undefined || !n.cap || n.upper) return false;
  // "PSMS Medan", "BAE Systems", "DKI Jakarta": a place or a body's word after it continues the acronym's name.
  if (isPersonWord(ctx, k + 1)) {
    // The name runs to the end of the capitalised words: "PETA Pembela Tanah Air" is one body's name.
    let e = k + 1;
    while (e < ctx.toks.length && e - k <= 4 && isPersonWord(ctx, e)) e++;
    const n = e - k - 1;
    return n >= (untitled ? 2 : 1) && n <= 4 && !ctx.toks[e]?.cap;
  }
  // "Kapolda PMJ Irjen Karyoto", "Rektor UGM Prof. Ova Emilia": a rank or honorific may stand between.
  const rank = rankAt(ctx, k + 1);
  return rank !== undefined && isPersonWord(ctx, rank);
}

/** Ranks and honorifics between a title's body and the name: "Irjen", "Jenderal", "Prof.", "dr.". */
const RANKS = new Set([
  'jenderal', 'jendral', 'letnan jenderal', 'letjen', 'mayor jenderal', 'mayjen', 'brigadir jenderal', 'brigjen', 'laksamana',
  'laksamana madya', 'marsekal', 'kolonel', 'letnan kolonel', 'mayor', 'kapten', 'komisaris jenderal', 'komjen', 'inspektur jenderal',
  'irjen', 'ajun komisaris besar', 'akbp', 'kombes', 'komisaris besar', 'letkol', 'kompol', 'komisaris polisi', 'akp',
  'ajun komisaris polisi', 'iptu', 'inspektur polisi satu', 'ipda', 'inspektur polisi dua', 'aiptu', 'aipda', 'bripka', 'brigadir',
  'brigadir polisi', 'briptu', 'bripda', 'bharada', 'bharatu', 'bharaka', 'lettu', 'letda', 'letnan satu', 'letnan dua', 'serma',
  'serka', 'sertu', 'serda', 'pelda', 'peltu', 'praka', 'pratu', 'prada', 'kopda', 'koptu', 'kopka', 'laksda', 'laksma', 'marsda',
  'marsma', 'marsdya', 'general', 'gen.', 'lieutenant general', 'lt. gen.',
  'major general', 'maj. gen.', 'brigadier general', 'admiral', 'adm.', 'colonel', 'col.',
]);

/** End of a rank or honorific at k, if one starts there. */
function rankAt(ctx: Ctx, k: number): number | undefined {
  const r = lookup(ctx.toks, k, ctx.lang, (kind) => kind === 'role');
  return r && (RANKS.has(r.entry.canonical) || r.entry.honorific) ? r.end : undefined;
}

// ---------------------------------------------------------------- people by title

const isOwnerKind = (k: EntryKind): boolean => k === 'country' || k === 'organization' || k === 'place';

/**
 * "Presiden Rusia Vladimir Putin", "Juru Bicara Kremlin, Dmitry Peskov",
 * "Russian Foreign Minister Sergei Lavrov", "Kremlin spokesman Dmitry Peskov".
 * The person is the name after the title; the title's country or
 * organization, before or after it, is its own mention and the roleOf.
 */
function titled(ctx: Ctx, i: number): number | undefined {
  const { toks, lang } = ctx;
  // English puts the owner first: a country, demonym or organization right before the title.
  let before: Match | undefined;
  let at = i;
  let portfolioRole: Match | undefined;
  if (lang === 'en') {
    before = lookup(toks, i, lang, (k) => isOwnerKind(k) || k === 'demonym');
    // "ByteDance CEO Liang Rubo": a mixed-case brand before a title owns it.
    if (!before && isBrandTok(ctx, i) && lookup(toks, brandEnd(ctx, i), lang, (k) => k === 'role')) {
      before = { entry: headedEntry('organization'), end: brandEnd(ctx, i) };
    }
    if (before && (before.entry.kind === 'country' || before.entry.kind === 'demonym')) {
      // "French Armed Forces Minister Sebastien Lecornu": the portfolio is part of the title.
      const pf = portfolioEnd(toks, before.end, lang);
      const pr = pf !== undefined && toks[before.end]!.cap ? lookup(toks, pf, lang, (k) => k === 'role') : undefined;
      if (pr && MINISTER_ROLES.has(pr.entry.canonical)) portfolioRole = pr;
      // "US Air Force", "Indian Navy": a country's armed service is one body.
      const branch = portfolioRole ? undefined : branchEnd(ctx, before.end);
      if (branch !== undefined) {
        ctx.out.push(span(ctx, i, branch, 'organization'));
        return branch;
      }
    }
    if (portfolioRole) at = before!.end;
    else if (before && before.entry.kind !== 'role') {
      const body = lookup(toks, before.end, lang, (k) => k === 'role') ? undefined : bodyByTail(ctx, before.end);
      if (body !== undefined) {
        // "Chinese Foreign Ministry spokesman Wang Wenbin": the owner is the country's body.
        before = { entry: headedEntry('organization'), end: body };
        at = body;
      } else if (!lookup(toks, before.end, lang, (k) => k === 'role')) before = undefined;
      else at = before.end;
    }
  }
  let role = portfolioRole ?? lookup(toks, at, lang, (k) => k === 'role');
  if (!role) return undefined;
  if (lang === 'id' && MINISTER_ROLES.has(role.entry.canonical) && toks[role.end]?.cap) {
    // "Menteri Angkatan Bersenjata Prancis", "Wakil Menteri Pertanian": the portfolio belongs to the title.
    const pf = portfolioEnd(toks, role.end, lang);
    if (pf !== undefined) role = { entry: role.entry, end: pf };
  }
  if (lang === 'id') {
    // "Kepala Eksekutif Pengawas Pasar Modal OJK Inarno Djajadi": a long title runs on to its body's acronym.
    const long = longTitleEnd(ctx, role.end);
    if (long !== undefined) role = { entry: role.entry, end: long };
    // "Kabid Binpres PP PBSI Ricky Soebagdja", "Kasat Narkoba Polres Langkat AKP …": a unit's short name belongs to the title.
    else if (UNIT_ROLES_ID.has(role.entry.canonical)) {
      const field = unitFieldEnd(ctx, role.end);
      if (field !== undefined) role = { entry: role.entry, end: field };
    }
  }
  // A title alone is no mention ("Pemimpin itu…"); it counts only when a name follows.
  let j = role.end;
  // "Ketua DPD Partai Demokrat Bali I Made Mudharta": the owner may be a chain of bodies and places.
  const chain: Array<Match & { start: number }> = [];
  const regional = REGIONAL_ROLES.has(role.entry.canonical);
  for (let o = before ? undefined : owner(ctx, j, regional); o && chain.length < 3; o = owner(ctx, j, o.entry.kind === 'organization')) {
    chain.push(o);
    j = o.end;
  }
  // "Governor Thomas J Whitfield": a middle initial after the first word makes it a first name, not a region.
  const initialNext = toks[j + 1] !== undefined && /^\p{Lu}\.?$/u.test(toks[j + 1]!.text) && middleInitial(ctx, j + 1);
  if (regional && chain.length === 0 && toks[j]?.cap && !initialNext) {
    // "Bupati Sidoarjo Ahmad Muhdlor Ali": a regional title's first word is its region when a full name follows
    // (or when the text shows it so elsewhere: "KPK Tahan Bupati Sidoarjo Terkait …").
    const run = nameFrom(ctx, j);
    // "Kapolda Metro Jaya Irjen Karyoto": a rank after the words closes the region.
    const ranked = run > j && run - j <= 3 && rankAt(ctx, run) !== undefined && nameFrom(ctx, rankAt(ctx, run)!) > rankAt(ctx, run)!;
    if (ranked) {
      chain.push({ entry: { ...headedEntry('place'), kind: 'place' }, start: j, end: run });
      j = run;
    } else if (run - j >= 3 || (run > j && ctx.regions.has(toks[j]!.lower))) {
      const dir = toks[j + 1];
      // "Bupati Lampung Selatan": a direction after the region is part of it.
      const end = dir && COMPASS.has(dir.lower) && dir.cap && run - j >= 4 ? j + 2 : j + 1;
      chain.push({ entry: { ...headedEntry('place'), kind: 'place' }, start: j, end });
      j = end;
    } else if (run - j === 1 && ctx.headline[j]) {
      // A headline capitalises every word: "Tahan Bupati Sidoarjo Terkait …" may name the region or the person.
      return run;
    }
  }
  const last = chain[chain.length - 1];
  if (last && last.entry.kind === 'organization') {
    // "Ketua Umum Partai Persatuan Pembangunan (PPP), Suryadharma Ali": the acronym belongs to the body.
    const withAcr = withAcronym(ctx, last.end);
    ctx.pendingAcronym = undefined;
    if (withAcr > last.end) last.end = j = withAcr;
  }
  const after = chain[0];
  const paren = after ? parenthetical(ctx, j) : undefined;
  if (paren) j = paren.end + 1;
  if (toks[j]?.text === ',' && toks[j + 1]?.cap) j++;
  // "Kapolda Metro Jaya Irjen Karyoto", "Kapolri Jenderal Listyo Sigit": a rank after the office stays out of the name.
  const rank = j > role.end || !role.entry.honorific ? rankAt(ctx, j) : undefined;
  if (rank !== undefined && nameFrom(ctx, rank) > rank) j = rank;
  let nameEnd = nameFrom(ctx, j, true);
  if (nameEnd === j) {
    // "President Sultan al-Jaber": a royal word before a particle name is the person's given name.
    const royal = lookup(toks, j, ctx.lang, (kind) => kind === 'role');
    if (royal && royal.end === j + 1 && ROYAL_GIVEN.has(royal.entry.canonical) && toks[j]!.cap && leadParticle(ctx, j + 1)) {
      nameEnd = nameFrom(ctx, j + 1, true);
    }
  }
  // "Aktor Terbaik", "Keputusan Menteri Nomor 12": a lone common word after a title is no name.
  if (nameEnd === j + 1 && ctx.lang === 'id' && COMMON_ID.has(toks[j]!.lower)) nameEnd = j;
  // "General Electric": a title word opening a company's name.
  if (nameEnd > j && ORG_TAILS_EN.has(toks[nameEnd - 1]!.lower) && chain.length === 0 && !before && toks[i]!.cap) {
    ctx.out.push(span(ctx, i, nameEnd, 'organization'));
    return nameEnd;
  }
  if (chain.length === 0 && !before && nameEnd - j >= 4 && !ctx.headline[j]) {
    // "Penyerang Persija Jakarta Marko Simic": after a title, a name holding a known place
    // ("Jakarta") with a full name after it is a body from that place, then the person.
    for (let p = j + 1; p < nameEnd - 2; p++) {
      const pl = lookup(toks, p, ctx.lang, (kind) => kind === 'place');
      if (!pl || pl.end > nameEnd - 2 || nameEnd - pl.end > 3) continue;
      let q = pl.end;
      while (q < nameEnd && isPersonWord(ctx, q)) q++;
      if (q !== nameEnd) break;
      ctx.out.push(span(ctx, j, pl.end, 'organization'));
      const person: Mention = span(ctx, pl.end, nameEnd, 'person');
      person.role = ctx.text.slice(toks[at]!.start, toks[role.end - 1]!.end);
      person.roleOf = ctx.text.slice(toks[j]!.start, toks[pl.end - 1]!.end);
      pushPerson(ctx, person, pl.end, nameEnd);
      return nameEnd;
    }
  }
  if (nameEnd === j && last && last.entry.canonical === '' && !ctx.headline[last.start]) {
    // "Kepala Badan Gizi Nasional Dadan Hindayana": the body's name ran into the person's.
    const split = bodySplit(ctx, last.start, last.end);
    if (split !== undefined) {
      last.end = split;
      j = split;
      nameEnd = nameFrom(ctx, split);
    }
  }
  if (nameEnd === j) {
    // No name: the title is no mention, but its owner still stands as one.
    if (before) return undefined;
    if (!after) return role.end;
    for (const o of chain) emitOwner(ctx, o.start, o);
    if (paren) emitOwner(ctx, paren.start, paren);
    return j;
  }
  const ownerMatch = before ?? after;
  const ownerStart = before ? i : role.end;
  if (before) emitOwner(ctx, i, before);
  for (const o of chain) emitOwner(ctx, o.start, o);
  if (paren) emitOwner(ctx, paren.start, paren);
  const roleText = ctx.text.slice(toks[at]!.start, toks[role.end - 1]!.end);
  // "Pangeran Diponegoro": a title of nobility is part of the name (but not "Presiden", "Haji").
  const noble = !before && at === i && role.end === j && NOBLE_TITLES.has(role.entry.canonical) && toks[i]!.cap;
  const person: Mention = span(ctx, noble ? i : j, nameEnd, 'person');
  person.role = roleText;
  if (ownerMatch) person.roleOf = ctx.text.slice(toks[ownerStart]!.start, toks[ownerMatch.end - 1]!.end);
  pushPerson(ctx, person, j, nameEnd);
  return nameEnd;
}

/**
 * Where a head-word body that ran on into a person's name ends: after its
 * last body word ("Partai Garuda Baru | Andi Surya"), or, with none, two
 * words before the end of a long run ("PT Sinar Baja Abadi | Budi Santoso").
 */
function bodySplit(ctx: Ctx, start: number, end: number): number | undefined {
  const { toks } = ctx;
  let k = end;
  while (k > start + 1 && isPersonWord(ctx, k - 1)) k--;
  const n = end - k;
  if (n === 0) return undefined;
  if (k > start + 1 && n <= 4) {
    // The body ends on a body word; one name word needs a verb or a comma after it.
    if (n >= 2) return k;
    const next = toks[end];
    return next && (next.text === ',' || isVerbLike(ctx, next) || ctx.words.speechAfter.has(next.lower)) ? k : undefined;
  }
  if (end - start < 4) return undefined;
  return isNameToken(ctx, end - 2) && isNameToken(ctx, end - 1) ? end - 2 : undefined;
}

/** A capitalised word that could be part of a person's name but not of a body's. */
function isPersonWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  if (!isNameToken(ctx, k) || t.upper) return false;
  if (ctx.regions.has(t.lower)) return false;
  if (ORG_NAME_WORDS.has(t.lower) || COMMON_ID.has(t.lower) || NAME_PART.has(t.lower) || ORG_TAILS_EN.has(t.lower)) return false;
  if (ctx.words.orgHeads.has(t.lower) || ctx.words.placeHeads.has(t.lower) || isEnglishWord(t)) return false;
  return !lookup(ctx.toks, k, ctx.lang, (kind) => kind === 'place');
}

/** End of an armed service's name at j ("Air Force", "Navy"), capitalised, if one starts there. */
function branchEnd(ctx: Ctx, j: number): number | undefined {
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
function bodyByTail(ctx: Ctx, j: number): number | undefined {
  const { toks } = ctx;
  let k = j;
  while (k < toks.length && k - j < 4 && toks[k]!.cap && toks[k]!.isWord && !lookup(toks, k, ctx.lang, (kind) => kind === 'role')) k++;
  if (k === j || !ORG_TAILS_EN.has(toks[k - 1]!.lower)) return undefined;
  return lookup(toks, k, ctx.lang, (kind) => kind === 'role') ? k : undefined;
}

/** A school named by its level at k ("SMA Negeri 4 Yogyakarta"): its span, if one starts there. */
function schoolAt(ctx: Ctx, k: number): { start: number; end: number } | undefined {
  const t = ctx.toks[k];
  if (!t?.upper || !SCHOOL_HEADS_ID.has(t.lower)) return undefined;
  const end = orgByHead(ctx, k);
  return end === undefined ? undefined : { start: k, end };
}

/** A title's country or organization right after it: a lexicon entry or a head-word organization. */
function owner(ctx: Ctx, j: number, placeToo: boolean): (Match & { start: number }) | undefined {
  // Places only for regional titles and after a body ("Ketua DPD Partai Demokrat Bali"):
  // "Presiden Rusia Vladimir Putin" has a city's name in the person's.
  let lex = lookup(ctx.toks, j, ctx.lang, (k) => k === 'country' || k === 'organization' || (placeToo && k === 'place'));
  // "Governor Thomas J Whitfield": a town's name before a middle initial is a first name.
  const init = lex && lex.entry.kind === 'place' ? ctx.toks[lex.end] : undefined;
  if (init && /^\p{Lu}\.?$/u.test(init.text) && middleInitial(ctx, lex!.end)) lex = undefined;
  if (!lex && ctx.lang === 'id' && BOARD_PREFIX.test(ctx.toks[j]?.text ?? '') && isAcronymTok(ctx, j + 1) && !COMMON_ACRONYMS_ID.has(ctx.toks[j + 1]!.lower)) {
    // "PP PBSI", "PB HMI": a federation's central board (Pengurus Pusat, Pengurus Besar) is the federation.
    return { entry: headedEntry('organization'), start: j, end: j + 2 };
  }
  if (!lex) {
    // "Pelatih Timnas Indonesia", "Pemain klub Persib Bandung": a team is the title's body.
    const tm = teamAt(ctx, j);
    if (tm) return { entry: { ...headedEntry('organization'), canonical: tm.canonical ?? '' }, start: tm.start, end: tm.end };
    // "Ketua Umum PSSI Erick Thohir": an acronym before a name is the body, never part of the name.
    if (acronymBeforeName(ctx, j)) {
      const kind: EntryKind = PLACE_ACRONYMS_ID.has(ctx.toks[j]!.lower) ? 'place' : 'organization';
      return { entry: headedEntry(kind), start: j, end: j + 1 };
    }
  }
  if (lex && lex.entry.kind === 'organization' && HUMANITARIAN.has(lex.entry.canonical)) {
    // "Ketua Bulan Sabit Merah Mesir …": the country it serves belongs to the body's name.
    const end = humanitarianEnd(ctx, lex.end);
    if (end > lex.end) return { entry: headedEntry('organization'), start: j, end };
  }
  if (!lex && isBrandTok(ctx, j)) {
    // "Direktur Utama GoTo Patrick Walujo": a mixed-case brand is the title's body, never part of the name.
    return { entry: headedEntry('organization'), start: j, end: brandEnd(ctx, j) };
  }
  // "Analis Mirae Asset Sekuritas Christopher Rusli": a company closed by a financial tail, then the name.
  const tailed = lex ? undefined : tailCompany(ctx, j);
  if (tailed) return { entry: headedEntry('organization'), start: j, end: tailed.orgEnd };
  // "Kepala Sekolah SMP Negeri 1 Blora": the school, without the generic "Sekolah", is a place.
  const school = ctx.lang === 'id' && !lex ? schoolAt(ctx, ctx.toks[j]?.lower === 'sekolah' ? j + 1 : j) : undefined;
  if (school) return { entry: headedEntry('place'), ...school };
  const org = lex ? undefined : orgByHead(ctx, j);
  if (org) {
    return { entry: headedEntry('organization'), end: org, start: j };
  }
  if (lex && lex.entry.kind === 'place' && ctx.toks[lex.end]?.cap && COMPASS.has(ctx.toks[lex.end]!.lower)) {
    // "Bupati Lampung Selatan Nanang Ermanto": a direction after the region names a part of it.
    return { entry: { ...headedEntry('place'), country: lex.entry.country }, end: lex.end + 1, start: j };
  }
  return lex ? { ...lex, start: j } : undefined;
}

/** Boards that head a federation or mass organisation: "PP PBSI" (Pengurus Pusat), "PB HMI" (Pengurus Besar). */
const BOARD_PREFIX = /^(PP|PB)$/;

/**
 * "Kabid | Binpres | PP PBSI Ricky …", "Kasubdit | III Ditresnarkoba | Polda
 * Metro Jaya AKBP …": after a unit role's abbreviation, up to three
 * capitalised words (a field, a unit's short name, a Roman number) belong to
 * the title when the owning body (or a rank) follows them. Returns the
 * title's new end: the first place from which a body or a rank stands.
 */
function unitFieldEnd(ctx: Ctx, k0: number): number | undefined {
  const { toks } = ctx;
  for (let q = k0 + 1; q <= k0 + 3 && q < toks.length; q++) {
    const f = toks[q - 1]!;
    if (!f.isWord || !f.cap || ctx.words.stop.has(f.lower) || CALENDAR.has(f.lower) || ctx.headline[q - 1]) return undefined;
    if (lookup(toks, q - 1, ctx.lang, (kind) => kind !== 'weapon') || ctx.words.orgHeads.has(f.lower) || rankAt(ctx, q - 1) !== undefined) return undefined;
    if (f.upper && !ROMAN.test(f.text) && !BOARD_PREFIX.test(f.text) && isAcronymTok(ctx, q - 1)) return undefined;
    const t = toks[q];
    if (!t?.isWord || !t.cap) return undefined;
    const body =
      lookup(toks, q, ctx.lang, (kind) => kind === 'organization') !== undefined ||
      orgByHead(ctx, q) !== undefined ||
      UNIT_HEADS_ID.has(t.lower) ||
      (BOARD_PREFIX.test(t.text) && isAcronymTok(ctx, q + 1)) ||
      (isAcronymTok(ctx, q) && !COMMON_ACRONYMS_ID.has(t.lower) && !lookup(toks, q, ctx.lang, () => true));
    if (body || rankAt(ctx, q) !== undefined) return q;
  }
  return undefined;
}

/** Royal words that are also given names: "Sultan al-Jaber", "Emir bin …". */
const ROYAL_GIVEN = new Set(['sultan', 'emir', 'sheikh', 'syekh', 'syeikh']);
/** Particles that may open a name right after a title: "General de Gaulle", "President al-Jaber". */
const LEAD_PARTICLES = new Set(['bin', 'binti', 'ibn', 'van', 'von', 'de', 'da', 'du', 'del', 'della', 'dos', 'der', 'den']);

/** Whether a lower-case particle name starts at k: "al-Jaber", "de Gaulle", "bin Salman". */
function leadParticle(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t?.isWord || t.cap) return false;
  if (ARABIC_ARTICLE.test(t.text)) return true;
  const n = ctx.toks[k + 1];
  return LEAD_PARTICLES.has(t.lower) && n !== undefined && t.end + 1 === n.start && isNameToken(ctx, k + 1);
}

/**
 * "Mapolda Sumut", "Mapolres Langkat", "Mako Brimob Kelapa Dua": a
 * command's headquarters, written as one word with "Ma-", and the command's
 * region or name after it are a place (the compound).
 */
function markas(ctx: Ctx, i: number): number | undefined {
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

/** "(Korut)" or "(PBB)" right after a name: the short form, as a mention of its own; `end` is its last token's successor, before ")". */
function parenthetical(ctx: Ctx, j: number): (Match & { start: number }) | undefined {
  const { toks } = ctx;
  if (toks[j]?.text !== '(') return undefined;
  const inner = lookup(toks, j + 1, ctx.lang, isOwnerKind);
  if (inner && toks[inner.end]?.text === ')') return { ...inner, start: j + 1, end: inner.end };
  return undefined;
}

function emitOwner(ctx: Ctx, start: number, m: Match): void {
  if (m.entry.kind === 'demonym' || m.entry.kind === 'role') return;
  const type: EntityType = m.entry.kind === 'organization' ? 'organization' : m.entry.kind === 'country' ? 'country' : 'place';
  ctx.out.push(fromEntry(ctx, start, m.end, m.entry, type));
}

function headedEntry(kind: EntryKind): Entry {
  return { kind, canonical: '', form: [], exact: false, anyCase: true };
}

// ---------------------------------------------------------------- names

/** The end of a person's name starting at token j (j itself when there is none). */
function nameFrom(ctx: Ctx, j: number, lead = false): number {
  const { toks } = ctx;
  let k = j;
  let words = 0;
  while (k < toks.length && words < MAX_NAME_TOKENS) {
    const t = toks[k]!;
    // After a title a name may open on a lower-case particle: "President al-Jaber", "General de Gaulle".
    if (lead && words === 0 && k === j && leadParticle(ctx, k)) {
      if (ARABIC_ARTICLE.test(t.text)) {
        k++;
        words++;
      } else k++;
      continue;
    }
    // In a headline every word is capitalised: a verb there ends the name ("Retno | Bertemu Blinken").
    if (words > 0 && ctx.headline[k] && HEADLINE_VERB.test(t.lower)) break;
    // "Pegawai | Badan Pelayanan Pajak Daerah": a body's head word opens a body, not a person's next name.
    if (words > 0 && ctx.lang === 'id' && ctx.words.orgHeads.has(t.lower) && toks[k + 1]?.cap) break;
    // "Prajurit | Korem 132/Tadulako": a command's head opens the command.
    if (words > 0 && ctx.lang === 'id' && (UNIT_HEADS_ID.has(t.lower) || SUBUNIT_HEADS_ID.has(t.lower)) && toks[k + 1] && startsWithDigit(toks[k + 1]!.text)) break;
    // "Produksi | Tambang Batu Hijau": a facility's head opens a place.
    if (words > 0 && ctx.lang === 'id' && FACILITY_HEADS_ID.has(t.lower) && toks[k + 1]?.cap) break;
    // "Ratu , | Kabupaten Mukomuko": an administrative head opens a place, never a person's name.
    if (ctx.lang === 'id' && ADMIN_HEADS_ID.has(t.lower) && toks[k + 1]?.cap) break;
    // An acronym before a name is a body's, never part of the person's: "PSSI | Erick Thohir".
    if (words === 0 && acronymBeforeName(ctx, k, true)) break;
    if (isNameToken(ctx, k) || (words > 0 && ARABIC_ARTICLE.test(t.text)) || (words === 0 && t.text === 'I' && isNameToken(ctx, k + 1))) {
      k++;
      words++;
      continue;
    }
    // Particles only inside a name: "Abdurrachman bin Ali", "Ludwig van Beethoven".
    if (words > 0 && NAME_PARTICLES.has(t.lower) && !t.cap && isNameToken(ctx, k + 1)) {
      k++;
      continue;
    }
    // "George W Bush", "Johnny G Plate": a lone capital between two name words is a middle initial.
    if (words > 0 && /^\p{Lu}$/u.test(t.text) && middleInitial(ctx, k)) {
      k++;
      continue;
    }
    // "Stephen R . Covey", "Grace O ' Neil": a spaced initial or an O' inside a name (tokenised copy).
    if (words > 0 && /^\p{Lu}$/u.test(t.text) && (toks[k + 1]?.text === '.' || toks[k + 1]?.text === "'") && isNameToken(ctx, k + 2)) {
      k += 2;
      continue;
    }
    // "Yoon Eun - Hye": a spaced hyphen between two short syllables joins a Korean or Chinese given name.
    if (words > 0 && t.text === '-' && cjkSyllable(toks[k - 1]!, true) && toks[k + 1] && cjkSyllable(toks[k + 1]!, false)) {
      const n = toks[k + 1]!;
      if (toks[k - 1]!.end + 1 === t.start && t.end + 1 === n.start && toks[k + 2]?.text !== '-') {
        k += 2;
        words++;
        continue;
      }
    }
    break;
  }
  if (words >= 2) {
    // "Harold Belafonte , Jr .", "Paul Kevin Jonas II": a generational suffix belongs to the name.
    let q = toks[k]?.text === ',' ? k + 1 : k;
    const g = toks[q];
    if (g && (GENERATION.has(g.lower) || (q === k && /^(II|III|IV)$/.test(g.text) && !toks[q + 1]?.cap))) {
      q++;
      if (toks[q]?.text === '.' && !g.lower.endsWith('.') && GENERATION.has(g.lower)) q++;
      k = q;
    }
  }
  return k;
}

/** Balinese birth-order names, which an "I" (or "Ni") opens: "I Made Mudharta", "I Gusti Ngurah Rai". */
const BALINESE_NAMES = new Set(['made', 'wayan', 'nyoman', 'ketut', 'putu', 'gede', 'komang', 'kadek', 'nengah', 'gusti', 'ida', 'dewa', 'anak', 'luh']);

/**
 * Whether the lone capital at k (with or without its full stop) is a middle
 * initial before a name word: "George W Bush", "Johnny G. Plate". English "I"
 * and "A" are words; a Balinese "I" opens the next person's name.
 */
function middleInitial(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  const letter = t.text[0]!;
  if (ctx.lang === 'en' && (letter === 'I' || letter === 'A') && t.text.length === 1) return false;
  const n = ctx.toks[k + 1];
  if (letter === 'I' && n && BALINESE_NAMES.has(n.lower)) return false;
  return isNameToken(ctx, k + 1);
}

/** Generational suffixes after a full name: "Jr.", "Sr.". */
const GENERATION = new Set(['jr', 'jr.', 'sr', 'sr.']);

/** A romanised Korean or Chinese syllable of a given name: "Eun", "Hye", "Suk", "un" (lower case only after the hyphen). */
function cjkSyllable(t: Token, before: boolean): boolean {
  return t.isWord && (before ? /^\p{Lu}\p{Ll}{1,3}$/u : /^\p{L}\p{Ll}{0,3}$/u).test(t.text) && !CALENDAR.has(t.lower);
}

/** A capitalised word that can be part of a name: not a function word, date, title or known entity. */
function isNameToken(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t?.isWord || !t.cap) return false;
  if (startsWithDigit(t.text) || ROMAN.test(t.text) || CURRENCY.test(t.text)) return false;
  // A lone capital is a name only as an initial with its full stop ("M. Nasir").
  if (t.text.length === 1) return false;
  if (ctx.words.stop.has(t.lower) || CALENDAR.has(t.lower)) return false;
  if (isReduplication(t.text)) return false;
  if (isBrandTok(ctx, k)) return false;
  // "Saab Gripen fighter jets": a system's name before a weapon class is no part of a person's.
  if (ctx.lang === 'en' && beforeWeaponClass(ctx, k + 1) && (!isEnglishWord(t) || lookup(ctx.toks, k, ctx.lang, (kind) => kind === 'weapon'))) return false;
  if (ctx.lang === 'id' && (DERIVED_NOUN.test(t.lower) || PREFIXED_VERB.test(t.lower))) return false;
  if (lookup(ctx.toks, k, ctx.lang, (kind) => kind === 'country' || kind === 'organization' || kind === 'role' || kind === 'demonym')) {
    return false;
  }
  // "Local Korean groceries": a regional demonym before a lower-case noun describes it.
  const n = ctx.toks[k + 1];
  if (ctx.lang === 'en' && BARE_DEMONYMS_EN.has(t.lower) && n?.isWord && !n.cap) return false;
  return true;
}

/** "Mesin-mesin", "Negara-negara": Indonesian plurals, never names. */
function isReduplication(word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.toLowerCase().split('-');
  return parts.length === 2 && parts[0] === parts[1];
}

// ---------------------------------------------------------------- head words

/** "Kementerian Luar Negeri Rusia", "Partai Golkar", "Ministry of Defence", "Kabupaten Pati". */
function headed(ctx: Ctx, i: number): number | undefined {
  const t = ctx.toks[i]!;
  const lex = lookup(ctx.toks, i, ctx.lang, (k) => k !== 'role' && k !== 'demonym');
  // "Balai Kota", "Balai Sidang Jakarta": a hall, where "Balai Besar Karantina" is an agency.
  // "Pangkalan Udara Halim Perdanakusuma": an air base with a name is a place, not the body that runs it.
  const base = airBase(ctx, i);
  if (base !== undefined) return base;
  const hallNotBody = t.lower === 'balai' && BALAI_HALLS.has(ctx.toks[i + 1]?.lower ?? '') && ctx.toks[i + 1]!.cap;
  const org = lex || hallNotBody ? undefined : orgByHead(ctx, i);
  if (org !== undefined) {
    // "Perusahaan Naval Group": a generic company noun before a foreign company's name stays outside it.
    if (COMPANY_BEFORE_ID.has(t.lower) && ORG_TAILS_EN.has(ctx.toks[org - 1]!.lower)) return i + 1;
    // "Pemerintah Kabupaten Wakatobi", "Kantor Kecamatan Talang": a region's government or office names the region.
    if (ctx.lang === 'id' && (t.lower === 'pemerintah' || t.lower === 'kantor') && ADMIN_HEADS_ID.has(ctx.toks[i + 1]?.lower ?? '') && ctx.toks[i + 1]!.cap) return i + 1;
    // "Kepala Sekolah SMP Negeri 1 Blora": the generic "Sekolah" stays outside the school's name.
    if (t.lower === 'sekolah' && ctx.lang === 'id' && ctx.toks[i + 1]?.upper && SCHOOL_HEADS_ID.has(ctx.toks[i + 1]!.lower)) return i + 1;
    // "SMA Negeri 4 Yogyakarta": a school named by its level is a place.
    if (ctx.lang === 'id' && t.upper && SCHOOL_HEADS_ID.has(t.lower)) {
      ctx.out.push(span(ctx, i, org, 'place'));
      return org;
    }
    const end = withAcronym(ctx, org);
    ctx.out.push(span(ctx, i, end, 'organization'));
    return end;
  }
  // "Lantamal", "pihak Polres": a command's head alone is the command.
  if (ctx.lang === 'id' && t.cap && !t.upper && (UNIT_HEADS_ID.has(t.lower) || SUBUNIT_HEADS_ID.has(t.lower)) && !ctx.headline[i]) {
    ctx.out.push(span(ctx, i, i + 1, 'organization'));
    return i + 1;
  }
  // "di kawasan | Pelabuhan Belawan": a lower-case area word before a capitalised place head is no part of the place.
  const nx = ctx.toks[i + 1];
  if (ctx.lang === 'id' && !t.cap && AREA_WORDS_ID.has(t.lower) && nx?.cap && (ctx.words.placeHeads.has(nx.lower) || HALL_HEADS.has(nx.lower) || MARKAS_HEADS_ID.has(nx.lower))) return i + 1;
  const facility = facilityByHead(ctx, i);
  if (facility !== undefined) {
    ctx.out.push(span(ctx, i, facility, 'place'));
    return facility;
  }
  const hall = t.cap && HALL_HEADS.has(t.lower);
  if (!ctx.words.placeHeads.has(t.lower) && !hall) return undefined;
  // "Pasar Modal", "pasar uang": a financial market, not a marketplace; no mention.
  if (t.lower === 'pasar' && ctx.lang === 'id' && MARKET_KINDS_ID.has(ctx.toks[i + 1]?.lower ?? '')) return i + 2;
  const tech = technologyAfterHead(ctx, i);
  if (tech !== undefined) return tech;
  const place = placeByHead(ctx, i);
  if (place === undefined || (lex && lex.end >= place)) return undefined;
  const inner = lookup(ctx.toks, i + 1, ctx.lang, (k) => k === 'place' || k === 'country');
  // "wilayah Indonesia": a lower-case head before a country is description, not name.
  if (inner?.entry.kind === 'country' && !t.cap && inner.end === place) return undefined;
  const m = span(ctx, i, place, 'place');
  if (inner && inner.end === place) Object.assign(m, placeDetails(inner.entry));
  ctx.out.push(m);
  return place;
}

/** Words after "Balai" that make it a hall rather than an agency: "Balai Kota", "Balai Desa", "Balai Sidang". */
const BALAI_HALLS = new Set(['kota', 'desa', 'sidang', 'pertemuan', 'warga', 'rakyat', 'agung', 'pemuda', 'kartini', 'sarbini', 'budaya', 'kampung', 'nagari', 'adat', 'kelurahan', 'prajurit']);

/** Lower-case heads that a code names as often as a name does: "bandara YIA", "stasiun MRT", "jalan …". */
const CODED_HEADS = new Set(['bandara', 'pelabuhan', 'stasiun', 'terminal', 'jalan', 'jl', 'jalur', 'bandar', 'kota', 'kabupaten', 'provinsi']);

/**
 * "menara BTS 4G", "kilang LNG di …": after a lower-case head an unknown
 * acronym followed by a number, a technology ("4G", "5G") or lower-case
 * words is the facility's kind or technology, not its name. No mention;
 * returns the token after the acronym (and its technology).
 */
function technologyAfterHead(ctx: Ctx, i: number): number | undefined {
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
function facilityByHead(ctx: Ctx, i: number): number | undefined {
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

/** Heads of a facility that a body runs, named after it: "Rumah Tahanan KPK", "Rutan KPK", "Kantor BPN". */
const FACILITY_ORG_HEADS = new Set(['rumah', 'rutan', 'lapas', 'kantor', 'markas', 'pangkalan']);
/** Words for a body's branch, which its acronym closes: "Rumah Tahanan Cabang KPK", "Kantor Perwakilan BI". */
const BRANCH_WORDS = new Set(['cabang', 'perwakilan', 'wilayah']);

/** End of an organization opened by a capitalised head word at i, if one is. */
function orgByHead(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const head = toks[i];
  if (!head?.cap || !ctx.words.orgHeads.has(head.lower)) return undefined;
  // English puts a body's head word first only before "of"/"for" ("Ministry of Defence"); "Ministry Rico" is no name.
  if (ctx.lang === 'en' && toks[i + 1]?.isWord && toks[i + 1]!.cap) return undefined;
  if (MINISTRY_HEADS.has(head.lower) && ctx.lang === 'id') {
    // "Kementerian Pertahanan | Dahnil Anzar": the portfolio ends the ministry's name, a country may follow.
    const pf = portfolioEnd(toks, i + 1, 'id');
    if (pf !== undefined && toks[i + 1]!.cap) {
      const lex = lookup(toks, pf, ctx.lang, (kind) => kind === 'country');
      return lex ? lex.end : pf;
    }
  }
  let k = i + 1;
  let end = i + 1;
  while (k < toks.length) {
    const t = toks[k]!;
    const lex = lookup(toks, k, ctx.lang, (kind) => kind === 'country' || kind === 'place' || kind === 'organization');
    if (lex) {
      // "PT Indonesia Transport Tbk": a company's name may hold a country's.
      if (COMPANY_HEADS.has(head.lower) && lex.entry.kind !== 'organization' && toks[lex.end]?.cap) {
        k = end = lex.end;
        continue;
      }
      // A known body's acronym after the name is a second body ("Badan Pemenangan Pemilu | PPP"),
      // except after a facility or branch, which is the body's own: "Rumah Tahanan Cabang KPK", "Rutan KPK".
      const own = FACILITY_ORG_HEADS.has(head.lower) || BRANCH_WORDS.has(toks[k - 1]!.lower);
      if (lex.entry.kind === 'organization' && toks[k]!.upper && lex.end === k + 1 && !own) break;
      // A known name closes the organization's: "Kementerian Luar Negeri Rusia | Maria Zakharova",
      // unless religion or nation words and a country go on: "Korps Garda Revolusi Islam Iran (IRGC)".
      end = (lex.entry.kind === 'organization' ? bodyCountryEnd(ctx, lex.end, false) : undefined) ?? lex.end;
      // "Pengadilan Negeri Jakarta Selatan", "Polres Jakarta Barat": a direction after the place is part of it.
      const dir = toks[end];
      if (lex.entry.kind !== 'organization' && dir?.cap && COMPASS.has(dir.lower)) end++;
      break;
    }
    if (t.isWord && (t.cap || startsWithDigit(t.text)) && !CALENDAR.has(t.lower)) {
      if (lookup(toks, k, ctx.lang, (kind) => kind === 'role')) break;
      // "Direktorat Reserse Narkoba | Polda Sumatera Utara": a command's head opens the command the unit belongs to.
      if (ctx.lang === 'id' && t.cap && UNIT_HEADS_ID.has(t.lower) && !UNIT_HEADS_ID.has(head.lower)) break;
      end = ++k;
      continue;
    }
    // "Korem 042/Garuda Putih": a command's number and its name joined by a slash.
    if (t.text === '/' && startsWithDigit(toks[k - 1]!.text) && toks[k + 1]?.cap && toks[k - 1]!.end === t.start && t.end === toks[k + 1]!.start) {
      k++;
      continue;
    }
    // "Kementerian Keuangan dan Universitas …" are two bodies, not one.
    // "Lantamal I dan | Mabes TNI": a known body or a command after the connector is another body.
    const nextBody = toks[k + 1] !== undefined && (UNIT_HEADS_ID.has(toks[k + 1]!.lower) || lookup(toks, k + 1, ctx.lang, (kind) => kind === 'organization') !== undefined);
    if (ORG_CONNECTORS.has(t.lower) && toks[k + 1]?.cap && !ctx.words.orgHeads.has(toks[k + 1]!.lower) && !nextBody) {
      k++;
      continue;
    }
    break;
  }
  return end > i + 1 ? end : undefined;
}

/** Titles kept in the names of places that honour someone: "Bandara Sultan Hasanuddin", "Stadion Gelora Bung Karno". */
const HONOURED_TITLES = new Set(['sultan', 'raja', 'ratu', 'pangeran', 'bung', 'haji', 'kh', 'k.h.', 'kh.', 'ki', 'nyi', 'raden', 'raden mas', 'raden ajeng', 'kiai', 'kyai', 'dr.', 'dr', 'prof.', 'prof', 'ir.', 'ir']);

/** End of a place opened by a place head word at i ("Kosmodrom Vostochny", "kota Bandung"). */
function placeByHead(ctx: Ctx, i: number): number | undefined {
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

// ---------------------------------------------------------------- lexicon entities

function lexical(ctx: Ctx, i: number): number | undefined {
  const m = lookup(ctx.toks, i, ctx.lang, (k) => k !== 'role' && k !== 'demonym');
  if (!m) return hyphenCompound(ctx, i);
  const { entry } = m;
  if (entry.kind === 'weapon') {
    if (entry.needsContext && !afterWeaponNoun(ctx, i) && !(ctx.lang === 'en' && beforeWeaponClass(ctx, m.end))) return undefined;
    ctx.out.push(fromEntry(ctx, i, m.end, entry, 'weapon'));
    return namedAfterWeapon(ctx, m.end) ?? m.end;
  }
  const type: EntityType = entry.kind === 'organization' ? 'organization' : entry.kind === 'country' ? 'country' : 'place';
  if (type === 'place' && (companyNoun(ctx, i) || ownedCompany(ctx, i, m.end))) {
    // "Instagram milik Meta", "saham Apple": where a name is both a place and a company, company context picks the company.
    const org = lookup(ctx.toks, i, ctx.lang, (k) => k === 'organization');
    if (org && org.end === m.end) {
      ctx.out.push(fromEntry(ctx, i, m.end, org.entry, 'organization'));
      return m.end;
    }
  }
  const clubTail = ctx.toks[m.end];
  if (type !== 'organization' && clubTail?.cap && CLUB_TAILS.has(clubTail.lower) && clubTail.start === ctx.toks[m.end - 1]!.end + 1) {
    // "Valencia CF", "Leeds United": a town and a club's tail name the town's club.
    ctx.out.push(span(ctx, i, m.end + 1, 'organization'));
    return m.end + 1;
  }
  if (type === 'place') {
    // "Aceh Barat , Nagan Raya , Aceh Jaya , Aceh Besar": in a list of places a known name may open a longer one.
    const ext = listMemberEnd(ctx, m.end);
    if (ext > m.end && inPlaceList(ctx, i, ext) && ctx.toks[m.end]!.start === ctx.toks[m.end - 1]!.end + 1) {
      ctx.out.push(span(ctx, i, ext, 'place'));
      return ext;
    }
  }
  const dir = ctx.toks[m.end];
  if (type !== 'organization' && dir && (COMPASS.has(dir.lower) || dir.text === 'City') && dir.start === ctx.toks[m.end - 1]!.end + 1) {
    // "Jakarta Pusat", "Sumatera selatan", "Inggris timur": a direction after a place names a part of it.
    const part = span(ctx, i, m.end + 1, 'place');
    const head = ctx.text.slice(part.start, ctx.toks[m.end - 1]!.end);
    part.canonical = `${head} ${dir.text[0]!.toUpperCase()}${dir.lower.slice(1)}`;
    if (entry.kind === 'country') part.country = entry.canonical;
    else if (entry.country) part.country = entry.country;
    ctx.out.push(part);
    return m.end + 1;
  }
  if (type === 'organization') {
    // "Samsung Electronics", "Samsung Heavy Industries": a known brand's name runs on to a company tail.
    const tail = companyTail(ctx, m.end);
    if (tail !== undefined) {
      const end = withAcronym(ctx, tail);
      ctx.out.push({ ...span(ctx, i, end, 'organization'), canonical: ctx.text.slice(ctx.toks[i]!.start, ctx.toks[tail - 1]!.end) });
      return end;
    }
    // "Garda Revolusi Islam Iran (IRGC)": a religion or nation word and a country before a bracketed acronym belong to the body.
    const land = bodyCountryEnd(ctx, m.end, true);
    if (land !== undefined) {
      const end = withAcronym(ctx, land);
      ctx.out.push(fromEntry(ctx, i, end, entry, type));
      return end;
    }
  }
  const end = type === 'organization' && m.end - i > 1 ? withAcronym(ctx, m.end) : m.end;
  ctx.out.push(fromEntry(ctx, i, end, entry, type));
  return end;
}

/** End of a company tail run after a known organization's name at j ("Electronics", "Heavy Industries"), if one follows. */
function companyTail(ctx: Ctx, j: number): number | undefined {
  const { toks } = ctx;
  let best: number | undefined;
  for (let k = j; k < j + 3 && k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.isWord || !t.cap || t.upper || ctx.headline[k] || (k > j && toks[k - 1]!.end + 1 !== t.start)) break;
    if (CALENDAR.has(t.lower) || lookup(toks, k, ctx.lang, () => true)) break;
    if (ctx.words.stop.has(t.lower) && !COMPANY_TAILS_EN.has(t.lower)) break;
    if (COMPANY_TAILS_EN.has(t.lower)) best = k + 1;
  }
  if (best === undefined || toks[j]!.start !== toks[j - 1]!.end + 1) return undefined;
  return best;
}

/** Religion and nation words inside a body's name before its country: "Garda Revolusi Islam Iran". */
const FAITH_WORDS = new Set(['islam', 'islamic', 'kristen', 'katolik', 'protestan', 'hindu', 'buddha', 'muslim', 'yahudi', 'arab', 'syiah', 'sunni', 'revolusi', 'rakyat', 'nasional']);

/**
 * Where a body's name that reached a known body (or its own words) at j runs
 * on through religion or nation words into a country: "… Islam Iran". With
 * `acronymOnly`, only when a bracketed acronym follows the country ("(IRGC)");
 * otherwise also when no person's name follows it.
 */
function bodyCountryEnd(ctx: Ctx, j: number, acronymOnly: boolean): number | undefined {
  const { toks } = ctx;
  let q = j;
  while (q < j + 3 && toks[q]?.cap && toks[q]!.isWord && (FAITH_WORDS.has(toks[q]!.lower) || ORG_NAME_WORDS.has(toks[q]!.lower)) && !lookup(toks, q, ctx.lang, (k) => k === 'country')) q++;
  const land = lookup(toks, q, ctx.lang, (k) => k === 'country' || k === 'demonym');
  if (!land || land.entry.kind !== 'country') return undefined;
  const e = land.end;
  const bracketed = toks[e]?.text === '(' && toks[e + 1]?.upper === true && toks[e + 2]?.text === ')';
  if (bracketed) return e;
  if (acronymOnly || q === j) return undefined;
  return toks[e]?.cap && isNameToken(ctx, e) ? undefined : e;
}

/**
 * "Mahkamah Konstitusi (MK)": an organization's name and its acronym in
 * brackets are one mention of one body. (Countries keep theirs apart, as
 * "Korea Utara (Korut)" is two forms the resolver pairs.)
 */
function withAcronym(ctx: Ctx, end: number): number {
  const { toks } = ctx;
  const open = toks[end];
  const inner = toks[end + 1];
  const close = toks[end + 2];
  if (open?.text !== '(' || !inner || !(inner.upper || LEGAL_FORMS.has(inner.lower)) || close?.text !== ')') return end;
  // "Mahkamah Konstitusi (MK)" is one mention; a spaced "( MK )" (tokenised copy) leaves the short form its own.
  if (open.end === inner.start && inner.end === close.start) return end + 3;
  if (inner.isWord && !ctx.words.stop.has(inner.lower)) ctx.pendingAcronym = { start: end + 1, end: end + 2 };
  return end;
}

/** "Korea-Rusia", "AS-Indonesia": a hyphenated pair of countries or places, each its own mention. */
function hyphenCompound(ctx: Ctx, i: number): number | undefined {
  const t = ctx.toks[i]!;
  if (!t.cap || !t.text.includes('-')) return undefined;
  const found: Mention[] = [];
  let offset = t.start;
  for (const part of t.text.split('-')) {
    const sub = tokenize(part);
    const m = lookup(sub, 0, ctx.lang, (k) => k === 'country' || k === 'place');
    if (!m || m.end !== sub.length) return undefined;
    const type: EntityType = m.entry.kind === 'country' ? 'country' : 'place';
    found.push({ start: offset, end: offset + part.length, type, text: part, canonical: m.entry.canonical, ...placeDetails(m.entry) });
    offset += part.length + 1;
  }
  ctx.out.push(...found);
  return i + 1;
}

function afterWeaponNoun(ctx: Ctx, i: number): boolean {
  const prev = ctx.toks[i - 1];
  const last = ctx.out[ctx.out.length - 1];
  return (prev !== undefined && WEAPON_HEADS.has(prev.lower)) || (last?.type === 'weapon' && last.end === prev?.end);
}

/** "rudal balistik antarbenua Hwasong": a capitalised name right after a weapon class is the system. */
function namedAfterWeapon(ctx: Ctx, j: number): number | undefined {
  const t = ctx.toks[j];
  if (!t?.cap || ctx.words.stop.has(t.lower)) return undefined;
  const known = lookup(ctx.toks, j, ctx.lang, (k) => k === 'weapon');
  if (known) {
    ctx.out.push(fromEntry(ctx, j, known.end, known.entry, 'weapon'));
    return known.end;
  }
  if (lookup(ctx.toks, j, ctx.lang, (k) => k !== 'weapon')) return undefined;
  if (!WEAPON_DESIGNATION.test(t.text) && t.upper) return undefined;
  ctx.out.push({ ...span(ctx, j, j + 1, 'weapon'), canonical: t.text });
  return j + 1;
}

/** "Hwasong-11", "KN-23", "F-16", "Su-35", "Shahed-136". */
function designation(ctx: Ctx, i: number): number | undefined {
  const t = ctx.toks[i]!;
  if (!WEAPON_DESIGNATION.test(t.text)) return undefined;
  if (NOT_WEAPONS.has(t.lower.split('-')[0]!)) return undefined;
  ctx.out.push({ ...span(ctx, i, i + 1, 'weapon'), canonical: t.text });
  return i + 1;
}

// ---------------------------------------------------------------- demonyms

/**
 * "five North Korean drones", "Korean officials": an English demonym before
 * a lower-case noun describes the noun; it is no mention (a title after it,
 * "Russian President …", was read already) and never a person's name.
 */
function demonymBeforeNoun(ctx: Ctx, i: number): number | undefined {
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

// ---------------------------------------------------------------- English bodies in title case

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
function englishBody(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  if (ctx.lang !== 'en' || ctx.headline[i]) return undefined;
  let k = i;
  let end = i;
  let words = 0;
  let joined = false;
  while (k < toks.length && k - i < 10) {
    const t = toks[k]!;
    if (t.isWord && t.cap && !t.upper) {
      const w = t.lower;
      const bodyWord = ORG_START_EN.has(w) || ORG_END_EN.has(w);
      if (!bodyWord && (STOP_EN.has(w) || !isEnglishish(t))) break;
      if (CALENDAR.has(w) || lookup(toks, k, ctx.lang, (kind) => kind !== 'weapon')) break;
      words++;
      end = ++k;
      continue;
    }
    // "Joint Chiefs of Staff", "Department of the Treasury": a joiner (and "the" after "of") between capitalised words.
    if (words > 0 && ORG_JOINERS_EN.has(t.lower) && !t.cap) {
      let q = k + 1;
      if (toks[q]?.lower === 'the' && !toks[q]!.cap && t.lower === 'of') q++;
      if (toks[q]?.isWord && toks[q]!.cap) {
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
  if (ORG_END_EN.has(last) || (ORG_START_EN.has(first) && hasJoiner)) {
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

// ---------------------------------------------------------------- unknown capitalised runs

/**
 * A capitalised run no lexicon or head word explains. Context decides:
 * after "di"/"in" a place, next to a speech verb a person, an English
 * organization tail makes an organization, an unknown acronym is an
 * organization, and any other run of name-like words is a person.
 */
function unknownRun(ctx: Ctx, i: number): number | undefined {
  const { toks, words } = ctx;
  const t = toks[i]!;
  if (!t.cap) return undefined;
  // "TikTok milik ByteDance", "OpenAI": a mixed-case brand is an organization.
  if (isBrandTok(ctx, i)) {
    const end = brandEnd(ctx, i);
    ctx.out.push(span(ctx, i, end, 'organization'));
    return end;
  }
  const owned = ownedPrefix(ctx, i);
  if (owned) {
    ctx.out.push(owned);
    return i + 1;
  }
  const body = englishBody(ctx, i);
  if (body !== undefined) return body;
  const initial = sentenceInitial(ctx, i);
  // "Macron kembali ke Paris.": a word of a person's name met earlier is that person, even opening a sentence.
  const corefers = ctx.names.has(t.lower);
  if (initial && isCommonWord(ctx, t) && !corefers) return undefined;
  const companyBefore = ctx.lang === 'id' ? COMPANY_BEFORE_ID : COMPANY_BEFORE_EN;
  // "Maskapai Pelita Air Service": a generic noun opening the sentence is not part of the name after it.
  if (initial && companyBefore.has(t.lower) && toks[i + 1]?.cap) return i + 1;
  // "Kontrak tersebut …", "Skema pun …": a sentence's first word before a determiner is a common noun.
  const after1 = toks[i + 1];
  if (initial && after1 && !after1.cap && (ctx.lang === 'id' ? DETERMINER_AFTER_ID : DETERMINER_AFTER_EN).has(after1.lower) && !ctx.names.has(t.lower)) {
    return i + 1;
  }
  if (t.upper && !isNameToken(ctx, i)) return undefined;
  if (t.upper && (toks[i + 1]?.cap !== true || acronymBeforeName(ctx, i, true))) {
    if (ctx.words.stop.has(t.lower) || CALENDAR.has(t.lower)) return undefined;
    if (ctx.lang === 'id' && COMMON_ACRONYMS_ID.has(t.lower)) return i + 1;
    if (ctx.lang === 'id' && PLACE_ACRONYMS_ID.has(t.lower)) {
      ctx.out.push(span(ctx, i, i + 1, 'place'));
      return i + 1;
    }
    ctx.out.push(span(ctx, i, i + 1, 'organization'));
    return i + 1;
  }
  let end = nameFrom(ctx, i);
  if (end === i) return undefined;
  // "di Sidoarjo", "KPK Tahan Bupati Sidoarjo": a word the text shows to be a region is a place.
  if (end - i === 1 && ctx.regions.has(t.lower)) {
    ctx.out.push(span(ctx, i, end, 'place'));
    return end;
  }
  // "the Mediterranean city of El Alamein", "the port of Hodeidah": a settlement's name after "of".
  if (ctx.lang === 'en' && toks[i - 1]?.lower === 'of' && SETTLEMENT_OF_EN.has(toks[i - 2]?.lower ?? '') && !toks[i - 2]!.cap) {
    ctx.out.push(span(ctx, i, end, 'place'));
    return end;
  }
  // "the Defence Ministry", "Ukrainian Armed Forces": a capitalised body tail the name stopped at closes a body.
  const tail = toks[end];
  if (tail?.cap && tail.isWord && ORG_TAILS_EN.has(tail.lower) && ctx.words.stop.has(tail.lower)) end++;
  // A headline capitalises every word: only a name already met, or the body's, counts there.
  if (ctx.headline[i] && !toks.slice(i, end).some((x) => ctx.names.has(x.lower))) return i + 1;
  // "Mirae Asset Sekuritas Christopher Rusli menilai": a financial tail inside the run ends the company.
  const tailed = tailCompany(ctx, i);
  if (tailed && tailed.nameEnd === end) {
    ctx.out.push(span(ctx, i, tailed.orgEnd, 'organization'));
    pushPerson(ctx, span(ctx, tailed.orgEnd, end, 'person'), tailed.orgEnd, end);
    return end;
  }
  // "the Defence Ministry Rico Sirait": a body's tail inside the run ends the body; a name follows it.
  for (let k = i + 1; k <= end - 3; k++) {
    if (!BODY_TAILS.has(toks[k]!.lower)) continue;
    let p = k + 1;
    while (p < end && isPersonWord(ctx, p)) p++;
    if (p !== end || end - k - 1 > 4) break;
    ctx.out.push(span(ctx, i, k + 1, 'organization'));
    pushPerson(ctx, span(ctx, k + 1, end, 'person'), k + 1, end);
    return end;
  }
  const prev = toks[i - 1];
  const next = toks[end];
  const last = toks[end - 1]!;
  // A quoted capitalised phrase is the title of a work (a song, a film, a book).
  if (prev && next && QUOTES.has(prev.text) && QUOTES.has(next.text)) return end;
  // "General Electric", "Hamburger SV": an organization's tail closes its name;
  // "produsen pesawat Dassault", "aircraft maker Dassault": a company noun opens it.
  if ((end - i > 1 && ORG_TAILS_EN.has(last.lower)) || companyNoun(ctx, i) || coordinatedCompany(ctx, i) || ownedCompany(ctx, i, end)) {
    ctx.out.push(span(ctx, i, end, 'organization'));
    return end;
  }
  // "Best New Artist", "Road House": ordinary English words, capitalised as a title.
  if (end - i > 1 && toks.slice(i, end).every(isEnglishWord)) return end;
  // "Aceh Barat , Nagan Raya , Pidie": a list member's name may end on words a person's never holds.
  const listEnd = listMemberEnd(ctx, end);
  if (inPlaceList(ctx, i, listEnd)) {
    ctx.out.push(span(ctx, i, listEnd, 'place'));
    return listEnd;
  }
  // "Nepean River", "Clarke Quay": an English place tail closes a place's name.
  if (end - i > 1 && PLACE_TAILS.has(last.lower)) {
    ctx.out.push(span(ctx, i, end, 'place'));
    return end;
  }
  // English company and agency names turn up in Indonesian copy too.
  if (end - i > 1 && ORG_TAILS_EN.has(last.lower)) {
    ctx.out.push(span(ctx, i, end, 'organization'));
    return end;
  }
  const after2 = toks[end + 1];
  if (ctx.lang === 'en' && next && !next.cap && (PLACE_AFTER_EN.has(next.lower) || (next.isWord && after2 && !after2.cap && PLACE_AFTER_EN.has(after2.lower)))) {
    ctx.out.push(span(ctx, i, end, 'place'));
    return end;
  }
  const known = toks.slice(i, end).some((x) => ctx.names.has(x.lower));
  // "dari Penang, Malaysia", "in Ipoh, Malaysia", "di Tarutung, Sumatera Utara": a name after a preposition of
  // place and before a comma and a country (or an Indonesian province) is a place in it.
  const within = !known && prev && !prev.cap ? locatedIn(ctx, prev, end) : undefined;
  if (within !== undefined) {
    ctx.out.push({ ...span(ctx, i, end, 'place'), country: within });
    return end;
  }
  // "Fajar Alfian/Muhammad Rian Ardianto", "Liang Weikeng/Wang Chang": a doubles pair, one person each side of the slash.
  if (slashPair(ctx, i, end)) {
    pushPerson(ctx, span(ctx, i, end, 'person'), i, end);
    return end;
  }
  if (prev && words.placeBefore.has(prev.lower) && !speechAfter(ctx, end) && !known) {
    ctx.out.push(span(ctx, i, end, 'place'));
    return end;
  }
  const said = (prev !== undefined && words.speechBefore.has(prev.lower)) || speechAfter(ctx, end);
  // "Arema Indonesia", "Semen Padang": one or two unknown words and a country's name are a body
  // (a person's name never ends with a country's), unless they speak or were met as a person.
  const land = ctx.lang === 'id' && !said && !known && end - i <= 2 && !initial ? lookup(toks, end, ctx.lang, (k) => k === 'country') : undefined;
  if (land && next!.start === last.end + 1 && !toks[land.end]?.cap && toks.slice(i, end).every((_, k) => isPersonWord(ctx, i + k))) {
    ctx.out.push(span(ctx, i, land.end, 'organization'));
    return land.end;
  }
  if (ctx.lang === 'en' && !said) {
    const type = englishType(toks.slice(i, end));
    if (type !== 'person' && type !== undefined) {
      ctx.out.push(span(ctx, i, end, type));
      return end;
    }
  }
  // "Anies Baswedan-Muhaimin Iskandar": two full names joined by a hyphen are a ticket of two people.
  if (!said && pairSplit(ctx, i, end)) {
    pushPerson(ctx, span(ctx, i, end, 'person'), i, end);
    return end;
  }
  // "Hole adalah sebuah band rock": what a sentence says is a band, a club or a company is an organization.
  if (ctx.lang === 'id' && !known && isOrgKindAfter(ctx, end)) {
    ctx.out.push(span(ctx, i, end, 'organization'));
    return end;
  }
  // A lone capitalised word opening a sentence is a name only when it acts like one (or was met as one).
  if (initial && end - i === 1 && !said && !known && !(next && (next.text === ',' || isVerbLike(ctx, next)))) return undefined;
  // Without a title, a name needs evidence: a speech verb, a name already met, a verb
  // right after it, or the shape of a personal name. Unknown words default to nothing.
  if (!said && !personEvidence(ctx, i, end)) return end;
  pushPerson(ctx, span(ctx, i, end, 'person'), i, end);
  return end;
}

/** The country of a "<Name>, <Country>" (or "<Name>, <Province>") after a preposition of place, if the run at `end` has one. */
function locatedIn(ctx: Ctx, prev: Token, end: number): string | undefined {
  const { toks } = ctx;
  if (!(ctx.lang === 'id' ? LOCATIVE_ID : LOCATIVE_EN).has(prev.lower) || toks[end]?.text !== ',') return undefined;
  const land = toks[end + 1]?.cap ? lookup(toks, end + 1, ctx.lang, (k) => k === 'country' || k === 'place') : undefined;
  if (!land) return undefined;
  if (land.entry.kind === 'country') return land.entry.canonical;
  return PROVINCE_NAMES.has(land.entry.canonical) ? land.entry.country : undefined;
}

/**
 * Whether the run [i, end) is one side of a slash-joined doubles pair: the
 * other side a person just found ("Liang Weikeng/ | Wang Chang"), or a name
 * after the slash ("Fajar Alfian | /Muhammad …"). Both sides are name words;
 * single-word sides ("Fajar/Rian") need a pair word before them ("ganda putra", "pasangan").
 */
function slashPair(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  if (toks.slice(i, end).some((x, n) => !isNameToken(ctx, i + n) || x.upper)) return false;
  const before = toks[i - 1];
  const last = ctx.out[ctx.out.length - 1];
  if (before?.text === '/' && before.end === toks[i]!.start && last?.type === 'person' && last.end === before.start) return true;
  const slash = toks[end];
  if (slash?.text !== '/' || slash.start !== toks[end - 1]!.end || toks[end + 1]?.start !== slash.end) return false;
  const other = nameFrom(ctx, end + 1);
  if (other === end + 1) return false;
  if (end - i >= 2 && other - end - 1 >= 2) return true;
  for (let k = Math.max(0, i - 3); k < i; k++) if (PAIR_BEFORE.has(toks[k]!.lower)) return true;
  return false;
}

/** Whether "adalah/merupakan (sebuah|salah satu) band/klub/perusahaan …" follows token `end`. */
function isOrgKindAfter(ctx: Ctx, end: number): boolean {
  const { toks } = ctx;
  const v = toks[end];
  if (!v || !['adalah', 'merupakan', 'ialah'].includes(v.lower)) return false;
  let k = end + 1;
  if (toks[k]?.lower === 'sebuah' || toks[k]?.lower === 'suatu') k++;
  else if (toks[k]?.lower === 'salah' && toks[k + 1]?.lower === 'satu') k += 2;
  const n = toks[k];
  return n !== undefined && !n.cap && ORG_KIND_ID.has(n.lower);
}

/** Lower-case nouns before "of" and a settlement's name: "the city of El Alamein", "the port of Aden". */
const SETTLEMENT_OF_EN = new Set(['city', 'town', 'port', 'village', 'province', 'region', 'district', 'county', 'island', 'state', 'capital', 'hamlet', 'township', 'municipality', 'enclave', 'suburb']);

/** Whether a generic company noun stands right before token i ("produsen pesawat", "maskapai", "defense firm"). */
function companyNoun(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  const before = ctx.lang === 'id' ? COMPANY_BEFORE_ID : COMPANY_BEFORE_EN;
  const p1 = toks[i - 1];
  if (!p1?.isWord) return false;
  if (before.has(p1.lower)) return true;
  const p0 = toks[i - 2];
  // "anak usaha Tokopedia", "shares of Nvidia", "parent company Alphabet".
  if (p0?.isWord && !p1.cap && COMPANY_BEFORE_2.has(`${p0.lower} ${p1.lower}`)) return true;
  // "produsen pesawat Dassault", "raksasa teknologi Nvidia": one lower-case word may qualify the noun.
  const p2 = toks[i - 2];
  return !p1.cap && p2 !== undefined && p2.isWord && before.has(p2.lower) && p1.end + 1 === toks[i]!.start;
}

function pushPerson(ctx: Ctx, m: Mention, from: number, to: number): void {
  const pair = pairSplit(ctx, from, to);
  if (pair && m.start <= pair.at) {
    // "Ganjar Pranowo-Mahfud MD": one person each side of the hyphen; a title goes with the first.
    const first: Mention = { ...m, end: pair.at, text: ctx.text.slice(m.start, pair.at) };
    const second: Mention = { start: pair.at + 1, end: m.end, type: 'person', text: ctx.text.slice(pair.at + 1, m.end) };
    ctx.out.push(first, second);
    for (const part of ctx.toks[pair.k]!.lower.split('-')) if (part.length > 2) ctx.names.add(part);
  } else ctx.out.push(m);
  for (let k = from; k < to; k++) if (ctx.toks[k]!.isWord && ctx.toks[k]!.text.length > 2) ctx.names.add(ctx.toks[k]!.lower);
}

/**
 * "Anies Baswedan-Muhaimin Iskandar", "Ganjar Pranowo-Mahfud MD": a hyphen
 * inside a run, followed by a capital, with at least two name words on each
 * side, joins two people. Korean given names ("Kim Jong-un", "Yoon Suk-Yeol")
 * have a single word on one side and stay whole. `at` is the hyphen's offset.
 */
function pairSplit(ctx: Ctx, from: number, to: number): { k: number; at: number } | undefined {
  const { toks } = ctx;
  for (let k = from + 1; k < to - 1; k++) {
    const t = toks[k]!;
    const h = t.text.indexOf('-');
    if (h < 2 || t.text.indexOf('-', h + 1) >= 0 || !/^\p{Lu}\p{L}/u.test(t.text.slice(h + 1))) continue;
    const at = t.start + h;
    const sides = [ctx.text.slice(toks[from]!.start, at), ctx.text.slice(at + 1, toks[to - 1]!.end)];
    if (sides.every((side) => nameLike(ctx, side))) return { k, at };
  }
  return undefined;
}

/** Whether a side of a hyphenated pair reads as a person's full name: capitalised words, none a known entity or a body's word. */
function nameLike(ctx: Ctx, side: string): boolean {
  const sub = tokenize(side);
  if (sub.length < 2) return false;
  for (let k = 0; k < sub.length; k++) {
    const t = sub[k]!;
    if (!t.isWord || !t.cap || t.text.length < 2 || startsWithDigit(t.text)) return false;
    if (ctx.words.stop.has(t.lower) || CALENDAR.has(t.lower) || COMMON_ID.has(t.lower) || NAME_PART.has(t.lower)) return false;
    if (ORG_NAME_WORDS.has(t.lower) || ORG_TAILS_EN.has(t.lower) || PLACE_TAILS.has(t.lower)) return false;
    // "Muhaimin Iskandar": a person's name may hold a town's, never a country's or a body's.
    if (lookup(sub, k, ctx.lang, (kind) => kind !== 'place')) return false;
  }
  const whole = lookup(sub, 0, ctx.lang, (kind) => kind === 'place');
  return !whole || whole.end < sub.length;
}

/**
 * "tech firms FPT and Viettel", "perusahaan Adaro dan Medco": after a plural
 * company noun, each name coordinated with the companies before it is one too.
 */
function coordinatedCompany(ctx: Ctx, i: number): boolean {
  const { toks, out } = ctx;
  let k = i - 1;
  for (let hops = 0; hops < 8; hops++) {
    const c = toks[k];
    if (!c || !['and', 'or', ',', 'dan', 'serta', 'atau', '&'].includes(c.lower)) return false;
    const before = toks[k - 1];
    const m = before && out.length > 0 ? out[out.length - 1 - hops] : undefined;
    if (!before || !m || m.type !== 'organization' || m.end !== before.end) return false;
    let s = k - 1;
    while (s > 0 && toks[s]!.start > m.start) s--;
    if (toks[s]!.start !== m.start) return false;
    const p = toks[s - 1];
    if (p && !p.cap && COMPANY_PLURALS.has(p.lower)) return true;
    // "produsen chip Samsung, SK Hynix dan Micron": a lower-case qualifier may stand after the noun.
    const p2 = toks[s - 2];
    if (p && p2 && !p.cap && p.isWord && !p2.cap && COMPANY_PLURALS.has(p2.lower)) return true;
    k = s - 1;
  }
  return false;
}

/** Words before a name that speak of a person: "oleh Hanung", "kepada Sjahril", "bersama Rossa". */
const PERSON_BEFORE_ID = new Set(['oleh', 'kepada', 'bersama', 'bernama', 'sebagai', 'sdr', 'saudara', 'putra', 'putri', 'istri', 'suami', 'anak']);
const PERSON_BEFORE_EN = new Set(['by', 'with', 'named', 'called']);

/** Whether an untitled capitalised run at [i, end) acts or looks like a person's name. */
function personEvidence(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  // Initials' stops, hyphens and generational suffixes ("R .", "- Hye", ", Jr .") do not count as name words.
  const run = toks.slice(i, end).filter((t) => t.isWord && t.text.length > 1 && !GENERATION.has(t.lower) && !/^(II|III|IV)$/.test(t.text));
  if (run.length === 0) return false;
  if (run.length === 1 && COMMON_ID.has(run[0]!.lower)) return false;
  // Coreference: "Sjahril" after "Sjahril Djohan", "Putin" after "Vladimir Putin".
  if (ctx.names.has(run[0]!.lower) || ctx.names.has(run[run.length - 1]!.lower)) return true;
  if (run.some((t) => t.upper)) return false;
  // "Filmfare Award", "Prison Break Series": the name of an award or a work.
  if (WORK_TAILS.has(run[run.length - 1]!.lower)) return false;
  const next = toks[end];
  const prev = toks[i - 1];
  const verbAfter = next !== undefined && isVerbLike(ctx, next);
  if (run.length === 1) {
    if (verbAfter) return true;
    const before = ctx.lang === 'id' ? PERSON_BEFORE_ID : PERSON_BEFORE_EN;
    return prev !== undefined && before.has(prev.lower) && !!next && (next.text === ',' || next.text === '.' || !next.isWord || verbAfter);
  }
  // Two to four tokens shaped like a personal name: no everyday English words, no Indonesian derived words.
  if (run.length > 4) return false;
  if ((isEnglishWord(run[0]!) && !notEnglishHere(ctx, i, end)) || run.some((t) => ORG_TAILS_EN.has(t.lower) || PLACE_TAILS.has(t.lower) || ctx.words.stop.has(t.lower) || COMMON_ID.has(t.lower))) return false;
  return !(ctx.lang === 'id' && run.some((t) => DERIVED_NOUN.test(t.lower) || PREFIXED_VERB.test(t.lower)));
}

/**
 * Whether an Indonesian run whose first word is also an English word
 * ("Jay Idzes") stands where a person's name does: after a verb
 * ("dikawal Jay Idzes", "diperkuat …"), after a word that names a person
 * ("oleh", "sebagai"), or coordinated with a person ("Jay Idzes dan Rizky
 * Ridho", "Rizky Ridho dan Jay Idzes"). Titles of works ("The Fame", "Ghost
 * Whisperer") start with an English function word or hold two English words.
 */
function notEnglishHere(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  if (ctx.lang !== 'id' || STOP_EN.has(toks[i]!.lower) || toks.slice(i + 1, end).some(isEnglishWord)) return false;
  const prev = toks[i - 1];
  if (!prev?.isWord || prev.cap) return false;
  if (PERSON_BEFORE_ID.has(prev.lower) || (isVerbLike(ctx, prev) && !SUBJECT_FOLLOWERS.has(prev.lower))) return true;
  const last = ctx.out[ctx.out.length - 1];
  if (['dan', 'serta'].includes(prev.lower) && last?.type === 'person' && last.end === toks[i - 2]?.end) return true;
  const next = toks[end];
  return next !== undefined && ['dan', 'serta'].includes(next.lower) && nameFrom(ctx, end + 1) - (end + 1) >= 2;
}

/** Words that follow a sentence's subject: "Prasetyo tak …", "Lavrov yang …". */
const SUBJECT_FOLLOWERS = new Set(['enggan', 'adalah', 'merupakan', 'punya', 'saat', 'kini', 'tampil', 'lebih', 'segera', 'langsung', 'terus', 'tak', 'tidak', 'telah', 'sudah', 'akan', 'sedang', 'belum', 'masih', 'yang', 'pun', 'juga', 'lalu', 'kemudian', 'pernah', 'bisa', 'harus']);

/** Indonesian words that look prefixed like a verb but are not ("Lini belakang", "Rumah besar"). */
const NOT_VERBS_ID = new Set(['belakang', 'besar', 'benar', 'berat', 'beberapa', 'betul', 'dini', 'dinas', 'merah', 'medan', 'terbesar', 'terakhir', 'tertinggi', 'terbaru', 'terbaik']);

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '`']);

/** An English dictionary word that compromise does not know as a name ("Best", "Dancing"). */
function isEnglishWord(t: Token): boolean {
  const tag = EN_LEXICON[t.lower];
  if (tag === undefined) return false;
  return !NAME_TAGS.test(Array.isArray(tag) ? tag.join() : tag);
}

/** End of a listed place's name from `end`: up to two more capitalised words no lexicon knows ("Nagan | Raya", "Aceh | Besar"). */
function listMemberEnd(ctx: Ctx, end: number): number {
  const { toks } = ctx;
  let k = end;
  while (k < end + 2 && toks[k]?.isWord && toks[k]!.cap && !toks[k]!.upper && !CALENDAR.has(toks[k]!.lower) && !startsWithDigit(toks[k]!.text)) {
    if (lookup(toks, k, ctx.lang, () => true)) break;
    k++;
  }
  return k;
}

/** "di Cirebon , Kuningan , …", "West Allis , Wisconsin": a run listed after a place is a place. */
function inPlaceList(ctx: Ctx, i: number, end: number): boolean {
  const prev = ctx.toks[i - 1];
  const last = ctx.out[ctx.out.length - 1];
  if (!prev || !last || ctx.toks[i - 2]?.end !== last.end) return false;
  // "Wirasaba ( Purwokerto )": a name in brackets right after a place is its other name or its town.
  if (prev.text === '(' && last.type === 'place' && ctx.toks[end]?.text === ')') return true;
  // "di Kyiv dan Odesa": after a place (not a country, often a political actor), "dan" lists another.
  const joined = prev.text === ',' ? last.type === 'place' || last.type === 'country' : ['dan', 'and'].includes(prev.lower) && last.type === 'place';
  if (!joined) return false;
  const next = ctx.toks[end];
  return !next || [',', '.', ')', 'dan', 'and', 'atau', 'or'].includes(next.lower);
}

function speechAfter(ctx: Ctx, end: number): boolean {
  let n = ctx.toks[end];
  if (n?.text === ',') n = ctx.toks[end + 1];
  return n !== undefined && ctx.words.speechAfter.has(n.lower);
}

/** Indonesian verbs carry their voice prefix: me-, ber-, di-, ter-; English ones are in compromise's lexicon. */
function isVerbLike(ctx: Ctx, t: Token): boolean {
  if (t.cap) return false;
  if (ctx.lang === 'id') return (/^(me|be[rl]?|di|ter)\p{L}{3,}/u.test(t.lower) && !NOT_VERBS_ID.has(t.lower)) || SUBJECT_FOLLOWERS.has(t.lower);
  const tag = EN_LEXICON[t.lower];
  const tags = Array.isArray(tag) ? tag.join() : (tag ?? '');
  return /Verb|Modal|Copula|Auxiliary/.test(tags) || /(ed|s)$/.test(t.lower);
}

/** Whether the token opens a sentence, a headline line or a quotation. */
function sentenceInitial(ctx: Ctx, i: number): boolean {
  const prev = ctx.toks[i - 1];
  if (!prev) return true;
  if (SENTENCE_END.has(prev.text)) return true;
  return ctx.text.slice(prev.end, ctx.toks[i]!.start).includes('\n');
}

/** A capitalised word that is an ordinary word of the language (only decisive at a sentence start). */
function isCommonWord(ctx: Ctx, t: Token): boolean {
  if (ctx.words.stop.has(t.lower) || CALENDAR.has(t.lower)) return true;
  if (ctx.lang === 'en') {
    const tag = EN_LEXICON[t.lower];
    if (tag === undefined) return false;
    const tags = Array.isArray(tag) ? tag.join() : tag;
    return !NAME_TAGS.test(tags);
  }
  // Derived Indonesian words (per-…-an, ke-…-an, -nya, -kan) are common nouns and adverbs, not names.
  return /^(pe[rmn]?|ke|se)\p{L}{3,}an$|nya$|kan$|lah$/u.test(t.lower);
}

/** English type hints from compromise's lexicon for a run the rules leave open. */
function englishType(run: Token[]): EntityType | undefined {
  for (const t of run) {
    const tag = EN_LEXICON[t.lower];
    const tags = Array.isArray(tag) ? tag.join() : (tag ?? '');
    if (/Name|Person/.test(tags)) return 'person';
    if (/City|Country|Region|Place/.test(tags)) return 'place';
    if (/Organization/.test(tags)) return 'organization';
  }
  return undefined;
}

// ---------------------------------------------------------------- building mentions

function span(ctx: Ctx, from: number, to: number, type: EntityType): Mention {
  const start = ctx.toks[from]!.start;
  const end = ctx.toks[to - 1]!.end;
  return { start, end, type, text: ctx.text.slice(start, end) };
}

function fromEntry(ctx: Ctx, from: number, to: number, entry: Entry, type: EntityType): Mention {
  const m = span(ctx, from, to, type);
  if (entry.canonical) m.canonical = entry.canonical;
  return Object.assign(m, placeDetails(entry));
}

function placeDetails(entry: Entry): Partial<Mention> {
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

// ---------------------------------------------------------------- brands, companies and long titles

/** A mixed-case brand token ("GoTo", "ByteDance", "PayPal", "OpenAI"); not "iPhone", not "McCain". */
function isBrandTok(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return t !== undefined && t.isWord && t.text.length >= 4 && MIXED_BRAND.test(t.text) && !NAME_PREFIX.test(t.text);
}

/** End of a brand's name at k: the brand and any company tails right after it ("ByteDance Group"). */
function brandEnd(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  let e = k + 1;
  while (e < k + 3 && toks[e]?.isWord && toks[e]!.cap && toks[e]!.start === toks[e - 1]!.end + 1) {
    const w = toks[e]!.lower;
    if (!COMPANY_TAILS_EN.has(w) && !FINANCE_TAILS.has(w)) break;
    e++;
  }
  return e;
}

/**
 * "Mirae Asset Sekuritas | Christopher Rusli": from j, capitalised words up
 * to a financial or industry tail (and the tails and a country right after
 * it) make a company when two or three person words and then no capital
 * follow. Returns the company's end and the name's end.
 */
function tailCompany(ctx: Ctx, j: number): { orgEnd: number; nameEnd: number } | undefined {
  const { toks } = ctx;
  const first = toks[j];
  if (!first?.isWord || !first.cap || ctx.headline[j] || FINANCE_TAILS.has(first.lower)) return undefined;
  for (let k = j + 1; k < j + 5 && k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.isWord || !t.cap || CALENDAR.has(t.lower) || (ctx.words.stop.has(t.lower) && !FINANCE_TAILS.has(t.lower))) return undefined;
    if (!FINANCE_TAILS.has(t.lower)) {
      if (lookup(toks, k, ctx.lang, (kind) => kind === 'role')) return undefined;
      continue;
    }
    let e = k + 1;
    while (toks[e]?.cap && FINANCE_TAILS.has(toks[e]!.lower)) e++;
    const land = lookup(toks, e, ctx.lang, (kind) => kind === 'country');
    if (land && toks[e]!.cap) e = land.end;
    let p = e;
    while (p < toks.length && p - e < 4 && isPersonWord(ctx, p)) p++;
    const n = p - e;
    if (n >= 2 && n <= 3 && !toks[p]?.cap) return { orgEnd: e, nameEnd: p };
  }
  return undefined;
}

/** Regulators' title fields by first word, each as its lower-cased tokens, longest first. */
const TITLE_FIELDS = new Map<string, string[][]>();
for (const f of TITLE_FIELDS_ID) {
  const words = tokenize(f).map((t) => t.lower);
  const list = TITLE_FIELDS.get(words[0]!) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  TITLE_FIELDS.set(words[0]!, list);
}

/** End of a title field ("Pasar Modal", "Industri Keuangan Non-Bank") starting capitalised at k. */
function fieldEnd(toks: Token[], k: number): number | undefined {
  const t = toks[k];
  if (!t?.isWord || !t.cap) return undefined;
  for (const words of TITLE_FIELDS.get(t.lower) ?? []) {
    if (words.every((w, n) => toks[k + n]?.lower === w && (toks[k + n]!.cap || w === 'dan'))) return k + words.length;
  }
  return undefined;
}

/**
 * "Kepala | Eksekutif Pengawas Pasar Modal | OJK Inarno Djajadi": title
 * words and fields after a title, when a body's acronym (or a known body)
 * and a name follow, belong to the title. Returns the title's new end.
 */
function longTitleEnd(ctx: Ctx, k0: number): number | undefined {
  const { toks } = ctx;
  let k = k0;
  while (k < toks.length && k - k0 < 10) {
    const f = fieldEnd(toks, k);
    if (f !== undefined) {
      k = f;
      continue;
    }
    const t = toks[k]!;
    if (t.isWord && t.cap && !t.upper && TITLE_PARTS_ID.has(t.lower)) {
      k++;
      continue;
    }
    break;
  }
  if (k === k0) return undefined;
  const org = lookup(toks, k, ctx.lang, (kind) => kind === 'organization');
  const acronym = isAcronymTok(ctx, k) && !COMMON_ACRONYMS_ID.has(toks[k]!.lower) && !lookup(toks, k, ctx.lang, () => true);
  const orgEnd = org ? org.end : acronym ? k + 1 : undefined;
  if (orgEnd === undefined) return undefined;
  let n = toks[orgEnd]?.text === ',' ? orgEnd + 1 : orgEnd;
  n = rankAt(ctx, n) ?? n;
  return nameFrom(ctx, n) > n ? k : undefined;
}

/**
 * "Pangkalan Udara Halim Perdanakusuma": a capitalised air base and its name
 * are a place; a known body inside ("Pangkalan Udara TNI AU Iswahjudi") is
 * its own organization, and the name after it the place.
 */
function airBase(ctx: Ctx, i: number): number | undefined {
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

/** End of a humanitarian body's name run on through the country it serves ("… Merah Mesir", "… Crescent Society"). */
function humanitarianEnd(ctx: Ctx, end: number): number {
  const { toks } = ctx;
  let e = end;
  const land = toks[e]?.cap ? lookup(toks, e, ctx.lang, (k) => k === 'country') : undefined;
  if (land) e = land.end;
  if (toks[e]?.cap && (toks[e]!.lower === 'society' || toks[e]!.lower === 'societies')) e++;
  return e;
}

/**
 * "Bulan Sabit Merah Mesir", "Palang Merah Indonesia", "Palestinian Red
 * Crescent": a Red Cross or Red Crescent body with the country (or
 * demonym) it serves is one organization. The bare body is left to the lexicon.
 */
function humanitarian(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const w = toks[i]!.lower;
  const redNext = toks[i + 1]?.lower === 'red' || toks[i + 2]?.lower === 'red';
  if (w !== 'bulan' && w !== 'palang' && w !== 'red' && !redNext) return undefined;
  const isBody = (m: Match | undefined): boolean => m !== undefined && HUMANITARIAN.has(m.entry.canonical);
  let m = lookup(toks, i, ctx.lang, (k) => k === 'organization');
  let pre = false;
  if (!isBody(m)) {
    const land = toks[i]!.cap ? lookup(toks, i, ctx.lang, (k) => k === 'country' || k === 'demonym') : undefined;
    if (!land) return undefined;
    m = lookup(toks, land.end, ctx.lang, (k) => k === 'organization');
    if (!isBody(m)) return undefined;
    pre = true;
  }
  const end = humanitarianEnd(ctx, m!.end);
  if (!pre && end === m!.end) return undefined;
  const e = withAcronym(ctx, end);
  ctx.out.push(span(ctx, i, e, 'organization'));
  return e;
}

/** Whether an English weapon class ("fighter jets", "tanks", "air defence systems") starts at token j, in lower case. */
function beforeWeaponClass(ctx: Ctx, j: number): boolean {
  const { toks } = ctx;
  let key = '';
  for (let k = j; k < j + 3 && k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.isWord || t.cap) return false;
    key = key ? `${key} ${t.lower}` : t.lower;
    if (WEAPON_CLASS_AFTER_EN.has(key)) return true;
  }
  return false;
}

/**
 * "four more Gripen fighter jets", "Archer howitzers": in English, an
 * unknown capitalised word right before a weapon class names the system
 * (a country, demonym, body or place there describes the class instead).
 */
function namedBeforeWeapon(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  if (ctx.lang !== 'en' || !t.cap || t.upper || t.text.length < 3 || t.text.includes('-')) return undefined;
  if (!beforeWeaponClass(ctx, i + 1)) return undefined;
  if (STOP_EN.has(t.lower) || CALENDAR.has(t.lower) || BARE_DEMONYMS_EN.has(t.lower) || ctx.names.has(t.lower) || isEnglishWord(t)) return undefined;
  if (lookup(toks, i, ctx.lang, () => true)) return undefined;
  const prev = toks[i - 1];
  if (prev?.isWord && prev.cap && !sentenceInitial(ctx, i - 1)) return undefined;
  ctx.out.push({ ...span(ctx, i, i + 1, 'weapon'), canonical: t.text });
  return i + 1;
}

/** "Tencent-owned", "ByteDance-owned": the owner before "-owned" is a company (not a country or demonym). */
function ownedPrefix(ctx: Ctx, i: number): Mention | undefined {
  const t = ctx.toks[i]!;
  if (ctx.lang !== 'en' || !/-owned$/i.test(t.text)) return undefined;
  const name = t.text.slice(0, -'-owned'.length);
  if (name.includes('-') || name.length < 2 || ctx.names.has(name.toLowerCase())) return undefined;
  const sub = tokenize(name);
  if (sub.length !== 1 || lookup(sub, 0, ctx.lang, (k) => k === 'country' || k === 'demonym' || k === 'place')) return undefined;
  if (STOP_EN.has(sub[0]!.lower) || isEnglishWord(sub[0]!)) return undefined;
  return { start: t.start, end: t.start + name.length, type: 'organization', text: name };
}

/**
 * Owners and shareholdings that make a name a company: "TikTok milik
 * ByteDance", "Instagram, owned by Meta" (a company right before the owner
 * word), "Nvidia's shares". A person met before is never one.
 */
function ownedCompany(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  if (end - i > 3 || toks.slice(i, end).some((x) => ctx.names.has(x.lower))) return false;
  const poss = toks[end];
  if (ctx.lang === 'en' && poss && /^['’]s$/.test(poss.text) && SHARE_NOUNS_EN.has(toks[end + 1]?.lower ?? '')) return true;
  const p1 = toks[i - 1];
  let w: number;
  if (ctx.lang === 'id' && p1?.lower === 'milik') w = i - 1;
  else if (ctx.lang === 'en' && p1?.lower === 'by' && toks[i - 2]?.lower === 'owned') w = i - 2;
  else return false;
  let b = w - 1;
  if (toks[b]?.text === ',') b--;
  const before = toks[b];
  const last = ctx.out[ctx.out.length - 1];
  return before !== undefined && last !== undefined && last.type === 'organization' && last.end === before.end;
}
