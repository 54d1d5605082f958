// Where a person's name runs from a token: which capitalised words may be in
// one (particles, initials, generational suffixes, romanised syllables
// included) and where a body's acronym or head word ends it.
import { lookup } from '../lexicon/index.js';
import type { Token } from '../lexicon/tokens.js';
import {
  CALENDAR,
  NAME_PARTICLES,
  ORG_TAILS_EN,
  COMMON_ID,
  COMMON_ACRONYMS_ID,
  FACILITY_HEADS_ID,
  ADMIN_HEADS_ID,
  BARE_DEMONYMS_EN,
  UNIT_HEADS_ID,
  SUBUNIT_HEADS_ID,
} from '../lexicon/words.js';
import { type Ctx, startsWithDigit } from './context.js';
import { isEnglishWord } from './english.js';
import { DERIVED_NOUN, HEADLINE_VERB, NAME_PART, PREFIXED_VERB, ROMAN, isAcronymTok, isBrandTok, rankAt } from './token-kinds.js';
import { beforeWeaponClass } from './weapons.js';

const MAX_NAME_TOKENS = 5;

/** Words for siblings after a family's name: "Mendur Bersaudara". */
export const SIBLINGS = new Set(['bersaudara', 'brothers', 'sisters']);

/** "al-Qassam", "el-Sisi": a lower-case Arabic article joined to a capitalised name. */
const ARABIC_ARTICLE = /^(al|el|ad|ar|as|asy|at|az|an)-\p{Lu}/u;

/**
 * Words that belong to a body's name rather than to a person's: "Nasional",
 * "Indonesia", "Rakyat". Where a body's name runs into a person's after a
 * title, the body ends at the last of these.
 */
export const ORG_NAME_WORDS = new Set([
  'nasional', 'negara', 'negeri', 'daerah', 'umum', 'pusat', 'republik', 'rakyat', 'internasional', 'raya', 'utama',
  'bersama', 'bangsa', 'dunia', 'indonesia', 'ri', 'nusantara', 'persero', 'tbk', 'perjuangan', 'demokrasi', 'sejahtera',
  'keadilan', 'persatuan', 'amanat', 'karya', 'bulan', 'bintang', 'hati', 'nurani', 'islam', 'sosial', 'energi',
  'khusus', 'kabinet', 'presiden', 'istana', 'kepresidenan', 'strategis', 'terpadu', 'mandiri', 'agung', 'tinggi',
]);

/** Currency amounts and symbols: "Rp", "Rp80", "US$". */
const CURRENCY = /^(rp|usd|us|idr)\.?\d*$/i;

/**
 * "PSSI Erick Thohir": an acronym right before a capitalised name (which it
 * never belongs to). Without a title before it (`untitled`) the name must be
 * two to four person words, as "PSMS Medan", "BPH Migas" and "PTS Litera" name bodies.
 */
export function acronymBeforeName(ctx: Ctx, k: number, untitled = false): boolean {
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

/** A capitalised word that could be part of a person's name but not of a body's. */
export function isPersonWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  if (!isNameToken(ctx, k) || t.upper) return false;
  if (ctx.regions.has(t.lower)) return false;
  if (ORG_NAME_WORDS.has(t.lower) || COMMON_ID.has(t.lower) || NAME_PART.has(t.lower) || ORG_TAILS_EN.has(t.lower)) return false;
  if (ctx.words.orgHeads.has(t.lower) || ctx.words.placeHeads.has(t.lower) || isEnglishWord(t)) return false;
  return !lookup(ctx.toks, k, ctx.lang, (kind) => kind === 'place');
}

/** Royal words that are also given names: "Sultan al-Jaber", "Emir bin …". */
export const ROYAL_GIVEN = new Set(['sultan', 'emir', 'sheikh', 'syekh', 'syeikh']);
/** Particles that may open a name right after a title: "General de Gaulle", "President al-Jaber". */
const LEAD_PARTICLES = new Set(['bin', 'binti', 'ibn', 'van', 'von', 'de', 'da', 'du', 'del', 'della', 'dos', 'der', 'den']);

/** Whether a lower-case particle name starts at k: "al-Jaber", "de Gaulle", "bin Salman". */
export function leadParticle(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t?.isWord || t.cap) return false;
  if (ARABIC_ARTICLE.test(t.text)) return true;
  const n = ctx.toks[k + 1];
  return LEAD_PARTICLES.has(t.lower) && n !== undefined && t.end + 1 === n.start && isNameToken(ctx, k + 1);
}

/** The end of a person's name starting at token j (j itself when there is none). */
export function nameFrom(ctx: Ctx, j: number, lead = false): number {
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
    // "Mendur | Bersaudara", "Wright | Brothers": a word for siblings after a family's name is no part of it.
    if (words > 0 && SIBLINGS.has(t.lower)) break;
    // "Abdullah Sitopan | BA": an academic degree after a name is no part of it.
    if (words > 0 && degreeEnd(ctx, k, false) !== undefined) break;
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
    // A royal word inside a name is one of its names: "Hassan Sheikh Mohamud", "Ahmed Sheikh Ali".
    if (words > 0 && t.cap && ROYAL_GIVEN.has(t.lower) && isNameToken(ctx, k + 1) && t.end + 1 === toks[k + 1]!.start) {
      k += 2;
      words += 2;
      continue;
    }
    // Two particles in a row: "Ursula von der Leyen", "Charles de la Cruz".
    const u = toks[k + 1];
    if (words > 0 && NAME_PARTICLES.has(t.lower) && !t.cap && u && NAME_PARTICLES.has(u.lower) && !u.cap && isNameToken(ctx, k + 2)) {
      k += 2;
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
  // "King Abdullah II", "Raja Charles III", "Pope Benedict XVI": a regnal number after a monarch's title.
  if (words === 1 && j > 0 && MONARCH.test(toks[j - 1]!.text) && /^(?:II|III|IV|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/.test(toks[k]?.text ?? '') && toks[k - 1]!.end + 1 === toks[k]!.start)
    return k + 1;
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

/**
 * Academic degrees written after a name, by their letters without stops:
 * "SH" / "S.H.", "S.Pd", "M.Si", "PhD", "MBA". Those that are also common
 * acronyms ("MA" the Supreme Court, "SE", "ST") count only after a comma.
 */
const DEGREES = new Set([
  'sh', 'mh', 'shi', 'spd', 'mpd', 'ssi', 'msi', 'ssos', 'msos', 'skom', 'mkom', 'skm', 'sked', 'skep', 'mkes', 'sag', 'mag',
  'shum', 'mhum', 'sth', 'mth', 'sip', 'se', 'st', 'mt', 'mm', 'ma', 'ba', 'bsc', 'msc', 'mba', 'phd', 'llb', 'llm',
]);
const DEGREES_AFTER_COMMA_ONLY = new Set(['se', 'st', 'mt', 'mm', 'ma', 'sip']);

/**
 * End of an academic degree starting at k ("SH", "S . Pd", "M.Si", "PhD"):
 * at most four letters, spread over up to three tokens with stops between.
 * `afterComma` says whether a comma stands before it.
 */
export function degreeEnd(ctx: Ctx, k: number, afterComma: boolean): number | undefined {
  const { toks } = ctx;
  const t = toks[k];
  if (!t?.isWord || !t.cap || t.text.length > 6) return undefined;
  let letters = '';
  let found: number | undefined;
  for (let e = k; e < k + 4 && e < toks.length; e++) {
    const x = toks[e]!;
    if (x.text === '.') continue;
    // Parts of one degree touch or stand one space apart and are short capitalised letters ("S . Pd").
    if (!x.isWord || (e > k && !x.cap) || (e > k && toks[e - 1]!.text !== '.' && !/\.$/.test(toks[e - 1]!.text))) break;
    letters += x.lower.replace(/\./g, '');
    if (letters.length > 4 || /[^a-z]/.test(letters)) break;
    if (DEGREES.has(letters) && (afterComma || !DEGREES_AFTER_COMMA_ONLY.has(letters))) found = e + 1;
  }
  return found;
}

/** Balinese birth-order names, which an "I" (or "Ni") opens: "I Made Mudharta", "I Gusti Ngurah Rai". */
const BALINESE_NAMES = new Set(['made', 'wayan', 'nyoman', 'ketut', 'putu', 'gede', 'komang', 'kadek', 'nengah', 'gusti', 'ida', 'dewa', 'anak', 'luh']);

/**
 * Whether the lone capital at k (with or without its full stop) is a middle
 * initial before a name word: "George W Bush", "Johnny G. Plate". English "I"
 * and "A" are words; a Balinese "I" opens the next person's name.
 */
export function middleInitial(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  const letter = t.text[0]!;
  if (ctx.lang === 'en' && (letter === 'I' || letter === 'A') && t.text.length === 1) return false;
  const n = ctx.toks[k + 1];
  if (letter === 'I' && n && BALINESE_NAMES.has(n.lower)) return false;
  return isNameToken(ctx, k + 1);
}

/** Titles of monarchs and popes, after which a single name takes its regnal number. */
const MONARCH = /^(?:King|Queen|Raja|Ratu|Sultan|Emperor|Kaisar|Pope|Paus|Prince|Pangeran)$/;

/** Generational suffixes after a full name: "Jr.", "Sr.". */
export const GENERATION = new Set(['jr', 'jr.', 'sr', 'sr.']);

/** A romanised Korean or Chinese syllable of a given name: "Eun", "Hye", "Suk", "un" (lower case only after the hyphen). */
function cjkSyllable(t: Token, before: boolean): boolean {
  return t.isWord && (before ? /^\p{Lu}\p{Ll}{1,3}$/u : /^\p{L}\p{Ll}{0,3}$/u).test(t.text) && !CALENDAR.has(t.lower);
}

/** A capitalised word that can be part of a name: not a function word, date, title or known entity. */
export function isNameToken(ctx: Ctx, k: number): boolean {
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
