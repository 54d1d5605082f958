// The last step: a capitalised run no lexicon or head word explains, typed by
// the words around it, or left out when nothing shows what it is.
import { lookup } from '../lexicon/index.js';
import {
  CALENDAR,
  COMPANY_BEFORE_EN,
  COMPANY_BEFORE_ID,
  ORG_TAILS_EN,
  COMMON_ACRONYMS_ID,
  PLACE_ACRONYMS_ID,
  PLACE_TAILS,
  PLACE_AFTER_EN,
  ORG_KIND_ID,
  COMMON_ID,
  RELATION_NOUNS_ID,
  RELATION_NAMES_ID,
} from '../lexicon/words.js';
import { type Ctx, span } from './context.js';
import { englishBody, englishType, isEnglishWord, ownedPrefix } from './english.js';
import { EVENT_VERBS_ID, SUBJECT_FOLLOWERS, brandEnd, isBrandTok, isCommonWord, isVerbLike, sentenceInitial, speechAfter } from './token-kinds.js';
import { acronymBeforeName, isNameToken, isPersonWord, nameFrom } from './name-runs.js';
import { nicknamePair, pairSplit, personAcronym, personEvidence, pushPerson, slashPair } from './people.js';
import { companyNoun, coordinatedCompany, knownCompany, metOrganizationEnd, ownedCompany, tailCompany } from './organizations.js';
import { compassEnd, inPlaceList, listMemberEnd, listedBeforeRegion, locatedIn, placeAfterCommonSubject } from './places.js';

/** Body tails after which a capitalised run may go on into a person's name ("Defence Ministry Rico Sirait"). */
const BODY_TAILS = new Set(['ministry', 'department', 'agency', 'council', 'commission', 'office', 'bureau', 'command', 'corporation', 'group', 'company']);

/** Words that announce a person's initials: "berinisial RS", "inisial AB", "initials JD". */
const INITIALS_BEFORE = new Set(['berinisial', 'inisial', 'initials', 'initialed', 'initialled']);

/** Words right after a sentence's first word that make it a common noun, not a name: "Kontrak tersebut …". */
const DETERMINER_AFTER_ID = new Set(['tersebut', 'ini', 'itu', 'dari', 'untuk', 'dengan', 'pun', 'baru', 'lain']);
const DETERMINER_AFTER_EN = new Set(['of', 'for', 'with', 'that', 'which', 'this', 'these', 'those', 'from']);

/**
 * A capitalised run no lexicon or head word explains. Context decides:
 * after "di"/"in" a place, next to a speech verb a person, an English
 * organization tail makes an organization, an unknown acronym is an
 * organization, and any other run of name-like words is a person.
 */
export function unknownRun(ctx: Ctx, i: number): number | undefined {
  const { toks, words } = ctx;
  const t = toks[i]!;
  if (!t.cap) return undefined;
  // "TikTok milik ByteDance", "OpenAI": a mixed-case brand is an organization.
  if (isBrandTok(ctx, i)) {
    const end = brandEnd(ctx, i);
    ctx.out.push(span(ctx, i, end, 'organization'));
    return end;
  }
  // "… memperkuat Arema Indonesia … oleh Arema Indonesia": a body found earlier in the text is that body again.
  const met = metOrganizationEnd(ctx, i);
  if (met !== undefined) {
    ctx.out.push(span(ctx, i, met, 'organization'));
    return met;
  }
  const owned = ownedPrefix(ctx, i);
  if (owned) {
    ctx.out.push(owned);
    return i + 1;
  }
  const body = englishBody(ctx, i);
  if (body !== undefined) return body;
  // "pasangan Jokowi-JK": two nicknames of a ticket, one person each.
  const pair = nicknamePair(ctx, i);
  if (pair !== undefined) return pair;
  const initial = sentenceInitial(ctx, i);
  // "Macron kembali ke Paris.": a word of a person's name met earlier is that person, even opening a sentence.
  const corefers = ctx.names.has(t.lower);
  if (initial && isCommonWord(ctx, t) && !corefers) return undefined;
  // "Rival Bobby, Edy Rahmayadi, …", "Istri Anies …": a relation noun opening the sentence is no part of the name after it.
  if (initial && ctx.lang === 'id' && relationNoun(ctx, i)) return i + 1;
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
    // "tersangka berinisial RS": a person's initials, which say nothing of who it is and are no body.
    if (INITIALS_BEFORE.has(toks[i - 1]?.lower ?? '')) return i + 1;
    if (ctx.lang === 'id' && COMMON_ACRONYMS_ID.has(t.lower)) return i + 1;
    // "SBY" after "Susilo Bambang Yudhoyono": the initials of a person met are that person.
    if (personAcronym(ctx, i)) {
      pushPerson(ctx, span(ctx, i, i + 1, 'person'), i, i + 1);
      return i + 1;
    }
    if (ctx.lang === 'id' && PLACE_ACRONYMS_ID.has(t.lower)) {
      ctx.out.push(span(ctx, i, i + 1, 'place'));
      return i + 1;
    }
    ctx.out.push(span(ctx, i, i + 1, 'organization'));
    return i + 1;
  }
  let end = nameFrom(ctx, i);
  if (end === i) return undefined;
  // "Commuter Line Bandung Raya", "Best Friends Forever": in Indonesian copy a run opening on two ordinary
  // English words is a service's, product's or work's name, never a person's.
  if (ctx.lang === 'id' && end - i >= 2 && !toks.slice(i, end).some((x) => ctx.names.has(x.lower))) {
    let e = i;
    while (e < end && isEnglishWord(toks[e]!) && !toks[e]!.upper) e++;
    // A quoted title is a work's name whole ("So What Gitu Loh"); otherwise the words after the English ones are read again.
    if (e - i >= 2) return QUOTES.has(toks[i - 1]?.text ?? '') && QUOTES.has(toks[end]?.text ?? '') ? end : e;
  }
  // "di Sidoarjo", "KPK Tahan Bupati Sidoarjo": a word the text shows to be a region is a place.
  if (end - i === 1 && ctx.regions.has(t.lower)) {
    ctx.out.push(span(ctx, i, end, 'place'));
    return end;
  }
  // "Tesla" after "Tesla Inc": a company met with its legal suffix is the same company, bare.
  if (!toks.slice(i, end).some((x) => ctx.names.has(x.lower)) && knownCompany(ctx, i, end)) {
    ctx.out.push(span(ctx, i, end, 'organization'));
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
  // A quoted capitalised phrase is the title of a work (a song, a film, a book), or a character's name in one.
  if (prev && next && QUOTES.has(prev.text) && QUOTES.has(next.text)) {
    if (ctx.lang === 'id' && characterName(ctx, i, end)) pushPerson(ctx, span(ctx, i, end, 'person'), i, end);
    return end;
  }
  // "General Electric", "Hamburger SV": an organization's tail closes its name;
  // "produsen pesawat Dassault", "aircraft maker Dassault": a company noun opens it.
  if ((end - i > 1 && ORG_TAILS_EN.has(last.lower)) || companyNoun(ctx, i) || coordinatedCompany(ctx, i) || ownedCompany(ctx, i, end)) {
    ctx.out.push(span(ctx, i, end, 'organization'));
    return end;
  }
  // "The Virgin merilis album", "The Abdabs": in Indonesian copy a run opening on "The" names a band, a medium or
  // a work, never a person; it is a body when it acts.
  if (ctx.lang === 'id' && t.lower === 'the' && end - i >= 2) {
    const acts = next !== undefined && (isVerbLike(ctx, next) || SUBJECT_FOLLOWERS.has(next.lower) || speechAfter(ctx, end));
    if (acts) ctx.out.push(span(ctx, i, end, 'organization'));
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
  // "…, Boyolali, Jawa Tengah": between commas and before a province, a place in it.
  // "di Penajam Paser Utara": a direction after the run is the place's.
  const pe = known ? end : compassEnd(ctx, end);
  const within = known || !prev ? undefined : prev.text === ',' ? listedBeforeRegion(ctx, i, pe) : !prev.cap ? locatedIn(ctx, prev, pe) : undefined;
  if (within !== undefined) {
    ctx.out.push({ ...span(ctx, i, pe, 'place'), country: within });
    return pe;
  }
  // "Banjir melanda Penajam Paser Utara": after a common-noun subject and its verb, a run ending on a direction.
  const struck = known ? undefined : placeAfterCommonSubject(ctx, i, end, pe);
  if (struck !== undefined) {
    ctx.out.push(span(ctx, i, struck, 'place'));
    return struck;
  }
  // "Fajar Alfian/Muhammad Rian Ardianto", "Liang Weikeng/Wang Chang": a doubles pair, one person each side of the slash.
  if (slashPair(ctx, i, end)) {
    pushPerson(ctx, span(ctx, i, end, 'person'), i, end);
    return end;
  }
  // "at the Elysee", "in the Donbas": an English article between the preposition and the name.
  const prep = ctx.lang === 'en' && prev?.lower === 'the' ? toks[i - 2] : prev;
  if (prep && words.placeBefore.has(prep.lower) && !speechAfter(ctx, pe) && !known) {
    ctx.out.push(span(ctx, i, pe, 'place'));
    return pe;
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
  if (ctx.lang === 'id' && !known && kindAfter(ctx, end, ORG_KIND_ID)) {
    ctx.out.push(span(ctx, i, end, 'organization'));
    return end;
  }
  // "Wuwur adalah desa di …", "Seulawah adalah nama gunung": what a sentence says is a village, an island or a
  // mountain is a place.
  if (ctx.lang === 'id' && !known && kindAfter(ctx, end, PLACE_KIND_ID)) {
    ctx.out.push(span(ctx, i, end, 'place'));
    return end;
  }
  // A lone capitalised word opening a sentence is a name only when it acts like one (or was met as one).
  if (initial && end - i === 1 && !said && !known && !(next && (next.text === ',' || isVerbLike(ctx, next)))) return undefined;
  // "Vaksin dibagikan …", "Macet terjadi …": an ordinary noun, or any lone word before a verb whose subject is
  // an event or a thing, opening the sentence is no name without a speech verb or an earlier mention.
  if (initial && end - i === 1 && !said && !known && ctx.lang === 'id' && (COMMON_ID.has(t.lower) || (next?.text !== ',' && EVENT_VERBS_ID.has(next?.lower ?? '')))) {
    return end;
  }
  // Without a title, a name needs evidence: a speech verb, a name already met, a verb
  // right after it, or the shape of a personal name. Unknown words default to nothing.
  if (!said && !personEvidence(ctx, i, end)) return end;
  pushPerson(ctx, span(ctx, i, end, 'person'), i, end);
  return end;
}

/** Lower-case nouns for kinds of place that a sentence may say a name is: "adalah desa", "merupakan sebuah pulau". */
const PLACE_KIND_ID = new Set([
  'desa', 'kelurahan', 'kecamatan', 'kabupaten', 'kota', 'provinsi', 'kampung', 'dusun', 'distrik', 'pulau', 'gunung', 'sungai',
  'danau', 'pantai', 'teluk', 'selat', 'tanjung', 'lembah', 'bukit', 'negara', 'wilayah', 'daerah', 'kawasan',
]);

/** Whether "adalah/merupakan (sebuah|salah satu|nama) <kind>" follows token `end`, the kind one of `kinds`. */
function kindAfter(ctx: Ctx, end: number, kinds: Set<string>): boolean {
  const { toks } = ctx;
  const v = toks[end];
  if (!v || !['adalah', 'merupakan', 'ialah'].includes(v.lower)) return false;
  let k = end + 1;
  if (toks[k]?.lower === 'sebuah' || toks[k]?.lower === 'suatu' || toks[k]?.lower === 'nama') k++;
  else if (toks[k]?.lower === 'salah' && toks[k + 1]?.lower === 'satu') k += 2;
  const n = toks[k];
  return n !== undefined && !n.cap && kinds.has(n.lower);
}

/** Words right before a quoted character's name: "karakter \" Inui \"", "memerankan \" Dilan \"". */
const CHARACTER_BEFORE_ID = new Set(['karakter', 'tokoh', 'memerankan', 'diperankan']);
/** Verbs of playing a part before "sebagai": "berperan sebagai \" Dilan \"". */
const PLAYING_ID = new Set(['berperan', 'peran', 'perannya', 'memerankan', 'tampil', 'dikenal']);
/** What a character plays in, after "dalam": "\" Sara \" dalam \" Deep Love \"", "dalam film …". */
const WORK_KINDS_ID = new Set(['film', 'serial', 'sinetron', 'drama', 'series', 'anime', 'musikal', 'opera', 'novel', 'komik', 'episode']);

/**
 * Whether the quoted run [i, end) is a character's (a person's) name: after
 * "karakter"/"tokoh", after a verb of playing and "sebagai", or after
 * "sebagai" with the work it is played in next ("sebagai \" Sara \" dalam
 * \" … \""); one to three person words only ("sebagai \" Kota Pahlawan \"" is no one).
 */
function characterName(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  if (end - i > 3) return false;
  for (let k = i; k < end; k++) if (!isPersonWord(ctx, k)) return false;
  const before = toks[i - 2];
  if (!before?.isWord || before.cap) return false;
  if (CHARACTER_BEFORE_ID.has(before.lower)) return true;
  if (before.lower !== 'sebagai') return false;
  if (PLAYING_ID.has(toks[i - 3]?.lower ?? '')) return true;
  const inWork = toks[end + 1];
  const work = toks[end + 2];
  return inWork?.lower === 'dalam' && work !== undefined && (QUOTES.has(work.text) || WORK_KINDS_ID.has(work.lower));
}

/** Lower-case nouns before "of" and a settlement's name: "the city of El Alamein", "the port of Aden". */
const SETTLEMENT_OF_EN = new Set(['city', 'town', 'port', 'village', 'province', 'region', 'district', 'county', 'island', 'state', 'capital', 'hamlet', 'township', 'municipality', 'enclave', 'suburb']);

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '`']);

/**
 * A relation noun opening a sentence before a name: "Rival Bobby", "Rekan
 * Sinta". Words that are also given names ("Putri", "Putra", "Anak") count
 * only before a name already met or an apposition ("Putri Bobby, Kahiyang, …").
 */
function relationNoun(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  const t = toks[i]!;
  if (ctx.names.has(t.lower) || !toks[i + 1]?.cap || !isNameToken(ctx, i + 1)) return false;
  if (RELATION_NOUNS_ID.has(t.lower)) return true;
  if (!RELATION_NAMES_ID.has(t.lower)) return false;
  const end = nameFrom(ctx, i + 1);
  return ctx.names.has(toks[i + 1]!.lower) || (toks[end]?.text === ',' && nameFrom(ctx, end + 1) > end + 1);
}
