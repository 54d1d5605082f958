// What a single token is, whichever rule asks: a verb, a common word, a
// sentence start, an acronym, a mixed-case brand, a rank, or one of the word
// shapes (derived nouns, Roman numerals, compass words) that shape names.
import { lookup } from '../lexicon/index.js';
import type { Token } from '../lexicon/tokens.js';
import { CALENDAR, COMPANY_TAILS_EN, FINANCE_TAILS } from '../lexicon/words.js';
import type { Ctx } from './context.js';
import { EN_LEXICON, NAME_TAGS } from './english.js';

/** Indonesian verbs with a voice prefix and -kan ("Diperkirakan", "Menyampaikan"); never names. */
export const PREFIXED_VERB = /^(me|di|ber|ter|per)\p{L}{3,}kan$/u;

/** Indonesian derived nouns (pe-…-an, per-…-an, ke-…-an): "Perguruan", "Kepunahan"; never names. */
export const DERIVED_NOUN = /^(pe[rmn]?g?|ke)\p{L}{3,}an$/u;

/** Compass and rank words that belong inside a place's or body's name ("Jawa Tengah", "Jakarta Pusat"). */
export const NAME_PART = new Set(['utara', 'selatan', 'timur', 'barat', 'tengah', 'pusat', 'raya', 'negeri', 'tinggi']);

/** Indonesian verbs by their prefixes, which a title-case headline capitalises. */
export const HEADLINE_VERB = /^(ber|be|me[mnr]?|meng|meny|di|ter|per)\p{L}{3,}$/u;

/** Directions that, after a known place, name a part of it ("Jakarta Pusat", "Inggris timur"). */
export const COMPASS = new Set(['utara', 'selatan', 'timur', 'barat', 'tengah', 'pusat', 'tenggara']);

/** Roman numerals ("Komisi III", "Hamengku Buwono X") number things; they are not names. */
export const ROMAN = /^[IVXLC]+$/;

/** Mixed-case brands with a capital inside after lower-case letters: "GoTo", "ByteDance", "PayPal", "OpenAI". */
const MIXED_BRAND = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u;
/** Surname prefixes before a capital, which make a person's name, not a brand: "McCain", "DiCaprio", "LeBron". */
const NAME_PREFIX = /^(Mc|Mac|De|Di|Da|Du|Del|Della|Dos|La|Le|Lo|Van|Von|Fitz|Al|El|Abu|Ibn|Bin|St)\p{Lu}/u;

/** Sentence-ending punctuation, after which a capital letter says nothing. */
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '|', '"', '“', '”', '—', '–', '-', '(', '[']);

/** An all-capitals acronym of three or more letters in mixed-case text ("PSSI", "PLN"), not a Roman numeral. */
export function isAcronymTok(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t?.isWord || !t.upper || ROMAN.test(t.text)) return false;
  if (t.text.replace(/[^\p{L}]/gu, '').length < 3) return false;
  // In a line written in capitals every word is upper case.
  return !(ctx.toks[k - 1]?.upper && ctx.toks[k + 1]?.upper);
}

/** Ranks and honorifics between a title's body and the name: "Irjen", "Jenderal", "Prof.", "dr.". */
export const RANKS = new Set([
  'jenderal', 'jendral', 'letnan jenderal', 'letjen', 'mayor jenderal', 'mayjen', 'brigadir jenderal', 'brigjen', 'laksamana',
  'laksamana madya', 'marsekal', 'kolonel', 'letnan kolonel', 'mayor', 'kapten', 'komisaris jenderal', 'komjen', 'inspektur jenderal',
  'irjen', 'ajun komisaris besar', 'akbp', 'kombes', 'komisaris besar', 'letkol', 'kompol', 'komisaris polisi', 'akp',
  'ajun komisaris polisi', 'iptu', 'inspektur polisi satu', 'ipda', 'inspektur polisi dua', 'aiptu', 'aipda', 'bripka', 'brigadir',
  'brigadir polisi', 'briptu', 'bripda', 'bharada', 'bharatu', 'bharaka', 'lettu', 'letda', 'letnan satu', 'letnan dua', 'serma',
  'serka', 'sertu', 'serda', 'pelda', 'peltu', 'praka', 'pratu', 'prada', 'kopda', 'koptu', 'kopka', 'laksda', 'laksma', 'marsda',
  'marsma', 'marsdya', 'general', 'gen.', 'lieutenant general', 'lt. gen.',
  'major general', 'maj. gen.', 'brigadier general', 'admiral', 'adm.', 'colonel', 'col.',
]);

/** The police's and the navy's marks after a rank: "Irjen Pol", "Letkol Laut", "Kolonel Marinir". */
const POLICE_MARK = /^(Pol\.?|Laut|Marinir)$/;

/** End of a rank or honorific at k, if one starts there. */
export function rankAt(ctx: Ctx, k: number): number | undefined {
  const r = lookup(ctx.toks, k, ctx.lang, (kind) => kind === 'role');
  if (!r || !(RANKS.has(r.entry.canonical) || r.entry.honorific)) return undefined;
  // "Komjen Pol Budi …", "Irjen Pol. Andi …": the police's mark after a rank belongs to the rank.
  return policeMarkEnd(ctx, r.end);
}

/** After a rank ending at k, the end of a police mark there ("Pol", "Pol.") when a capitalised word follows it; else k. */
export function policeMarkEnd(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  const p = toks[k];
  if (!p || !POLICE_MARK.test(p.text)) return k;
  // "Letkol Laut (P) Budi …": a navy corps letter in brackets goes with the mark.
  if (toks[k + 1]?.text === '(' && /^\p{Lu}{1,3}$/u.test(toks[k + 2]?.text ?? '') && toks[k + 3]?.text === ')' && toks[k + 4]?.cap) return k + 4;
  return toks[k + 1]?.cap ? k + 1 : k;
}

/** Words that follow a sentence's subject: "Prasetyo tak …", "Lavrov yang …". */
export const SUBJECT_FOLLOWERS = new Set(['enggan', 'adalah', 'merupakan', 'punya', 'saat', 'kini', 'tampil', 'lebih', 'segera', 'langsung', 'terus', 'tak', 'tidak', 'telah', 'sudah', 'akan', 'sedang', 'belum', 'masih', 'yang', 'pun', 'juga', 'lalu', 'kemudian', 'pernah', 'bisa', 'harus']);

/** Indonesian words that look prefixed like a verb but are not ("Lini belakang", "Rumah besar"). */
const NOT_VERBS_ID = new Set(['belakang', 'besar', 'benar', 'berat', 'beberapa', 'betul', 'dini', 'dinas', 'merah', 'medan', 'terbesar', 'terakhir', 'tertinggi', 'terbaru', 'terbaik']);

/**
 * Indonesian verbs whose subject is an event or a thing, never a person:
 * "Macet terjadi …", "Banjir melanda …", "Debat digelar …". A lone word
 * opening a sentence before one of them is no name.
 */
export const EVENT_VERBS_ID = new Set([
  'terjadi', 'berlangsung', 'melanda', 'menerjang', 'merendam', 'menggenangi', 'mengguncang', 'menimpa', 'menghantam', 'meletus',
  'melonjak', 'anjlok', 'merosot', 'digelar', 'diselenggarakan', 'dilaksanakan', 'terlihat',
  'membubung', 'mewabah', 'disalurkan', 'dimulai', 'mengakibatkan', 'menyebabkan',
]);

export function speechAfter(ctx: Ctx, end: number): boolean {
  let n = ctx.toks[end];
  if (n?.text === ',') n = ctx.toks[end + 1];
  return n !== undefined && ctx.words.speechAfter.has(n.lower);
}

/** Indonesian verbs carry their voice prefix: me-, ber-, di-, ter-; English ones are in compromise's lexicon. */
export function isVerbLike(ctx: Ctx, t: Token): boolean {
  if (t.cap) return false;
  if (ctx.lang === 'id') return (/^(me|be[rl]?|di|ter)\p{L}{3,}/u.test(t.lower) && !NOT_VERBS_ID.has(t.lower)) || SUBJECT_FOLLOWERS.has(t.lower);
  const tag = EN_LEXICON[t.lower];
  const tags = Array.isArray(tag) ? tag.join() : (tag ?? '');
  return /Verb|Modal|Copula|Auxiliary/.test(tags) || /(ed|s)$/.test(t.lower);
}

/** Whether the token opens a sentence, a headline line or a quotation. */
export function sentenceInitial(ctx: Ctx, i: number): boolean {
  const prev = ctx.toks[i - 1];
  if (!prev) return true;
  if (SENTENCE_END.has(prev.text)) return true;
  return ctx.text.slice(prev.end, ctx.toks[i]!.start).includes('\n');
}

/** A capitalised word that is an ordinary word of the language (only decisive at a sentence start). */
export function isCommonWord(ctx: Ctx, t: Token): boolean {
  if (ctx.words.stop.has(t.lower) || CALENDAR.has(t.lower)) return true;
  if (ctx.lang === 'en') {
    const tag = EN_LEXICON[t.lower];
    if (tag === undefined) return false;
    const tags = Array.isArray(tag) ? tag.join() : tag;
    return !NAME_TAGS.test(tags);
  }
  // Derived Indonesian words (per-…-an, ke-…-an, ter-…-an, -nya, -kan) are common nouns and adverbs, not names.
  return /^(pe[rmn]?|ke|se|ter)\p{L}{3,}an$|nya$|kan$|lah$/u.test(t.lower);
}

/** A mixed-case brand token ("GoTo", "ByteDance", "PayPal", "OpenAI"); not "iPhone", not "McCain". */
export function isBrandTok(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  // `cap` is MIXED_BRAND's own first test (a leading \p{Lu}), read off the token before running the regexes.
  if (t === undefined || !t.isWord || !t.cap || t.text.length < 4) return false;
  return (ctx.brand[k] ??= MIXED_BRAND.test(t.text) && !NAME_PREFIX.test(t.text));
}

/** End of a brand's name at k: the brand and any company tails right after it ("ByteDance Group"). */
export function brandEnd(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  let e = k + 1;
  while (e < k + 3 && toks[e]?.isWord && toks[e]!.cap && toks[e]!.start === toks[e - 1]!.end + 1) {
    const w = toks[e]!.lower;
    if (!COMPANY_TAILS_EN.has(w) && !FINANCE_TAILS.has(w)) break;
    e++;
  }
  return e;
}
