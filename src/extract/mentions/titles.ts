// People by title ("Presiden Rusia Vladimir Putin"): how far a title runs,
// the chain of bodies and places that own it, where the name starts, and the
// regions that regional titles show across the text.
import type { EntityType } from '../../graph/types.js';
import { lookup, portfolioEnd, type EntryKind, type Match } from '../lexicon/index.js';
import { tokenize, type Token } from '../lexicon/tokens.js';
import { NOBLE_TITLES } from '../lexicon/roles.js';
import {
  CALENDAR,
  ORG_TAILS_EN,
  COMMON_ID,
  COMMON_ACRONYMS_ID,
  PLACE_ACRONYMS_ID,
  TITLE_PARTS_ID,
  TITLE_FIELDS_ID,
  FIELD_WORDS_ID,
  UNIT_HEADS_ID,
  UNIT_ROLES_ID,
} from '../lexicon/words.js';
import type { Mention } from '../types.js';
import { type Ctx, fromEntry, headedEntry, span, startsWithDigit } from './context.js';
import { bodyByTail, branchEnd, instituteEnd } from './english.js';
import { COMPASS, RANKS, ROMAN, brandEnd, isAcronymTok, isBrandTok, isVerbLike, policeMarkEnd, rankAt, sentenceInitial } from './token-kinds.js';
import { ORG_NAME_WORDS, ROYAL_GIVEN, acronymBeforeName, isNameToken, isPersonWord, leadParticle, middleInitial, nameFrom } from './name-runs.js';
import { FORMER, pushPerson } from './people.js';
import { teamAt } from './teams.js';
import { HUMANITARIAN, humanitarianEnd, orgByHead, partyBranchEnd, tailCompany, withAcronym } from './organizations.js';
import { facilityByTailEnd, placeBeforeName, placeByHeadPair, schoolAt } from './places.js';

/** Titles of a region's office, whose owner is a place ("Gubernur Jawa Tengah", "Bupati Demak"). */
const REGIONAL_ROLES = new Set([
  'gubernur', 'wakil gubernur', 'wagub', 'bupati', 'wakil bupati', 'wali kota', 'walikota', 'wakil wali kota',
  'camat', 'lurah', 'kepala desa', 'kades', 'kapolda', 'kapolres', 'kapolsek', 'pangdam', 'governor', 'mayor',
  'wakapolda', 'wakapolres', 'kapolresta', 'kapolrestabes', 'wakapolresta', 'kajati', 'kajari',
]);

/**
 * Regional commands by the title of their head: "Kapolda Jawa Barat" heads
 * "Polda Jawa Barat", "Pangdam Jaya" heads "Kodam Jaya". The region stays a
 * place mention (as the NER sets tag it); the person's roleOf is the command.
 */
const COMMAND_OF = new Map<string, string>([
  ['kapolda', 'Polda'], ['wakapolda', 'Polda'], ['kapolres', 'Polres'], ['wakapolres', 'Polres'], ['kapolresta', 'Polresta'],
  ['wakapolresta', 'Polresta'], ['kapolrestabes', 'Polrestabes'], ['kapolsek', 'Polsek'], ['pangdam', 'Kodam'],
  ['danrem', 'Korem'], ['dandim', 'Kodim'], ['danramil', 'Koramil'], ['danlantamal', 'Lantamal'], ['danlanud', 'Lanud'],
  ['kajati', 'Kejati'], ['kajari', 'Kejari'],
]);

/** Minister titles that a portfolio after them extends: "Menteri Angkatan Bersenjata", "Wakil Menteri Pertanian". */
const MINISTER_ROLES = new Set(['menteri', 'wakil menteri', 'wamen', 'menteri koordinator', 'menko', 'minister', 'deputy minister', 'secretary']);

/** First words of the regional titles, to find them cheaply before a full lookup. */
const REGIONAL_FIRST = new Set([...REGIONAL_ROLES].map((r) => r.split(' ')[0]!));

/**
 * "Bupati Sidoarjo Ahmad Muhdlor Ali": a regional title, one unknown word
 * and a full name make that word a region. Collected for the whole text
 * first, so that the same word elsewhere ("KPK Tahan Bupati Sidoarjo",
 * "di Sidoarjo") is the region too, never a person.
 */
export function regionsOf(ctx: Ctx): Set<string> {
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

const isOwnerKind = (k: EntryKind): boolean => k === 'country' || k === 'organization' || k === 'place';

/**
 * "Presiden Rusia Vladimir Putin", "Juru Bicara Kremlin, Dmitry Peskov",
 * "Russian Foreign Minister Sergei Lavrov", "Kremlin spokesman Dmitry Peskov".
 * The person is the name after the title; the title's country or
 * organization, before or after it, is its own mention and the roleOf.
 */
export function titled(ctx: Ctx, i: number): number | undefined {
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
      } else if (/^['’]s$/.test(toks[before.end]?.text ?? '') && lookup(toks, before.end + 1, lang, (k) => k === 'role')) {
        // "Ukraine's Commander-in-Chief Valeriy Zaluzhnyi": a possessive owner before the title.
        at = before.end + 1;
      } else if (!lookup(toks, before.end, lang, (k) => k === 'role') && !ledRole(ctx, before.end, true)) before = undefined;
      else at = before.end;
    }
  }
  let role = portfolioRole ?? lookup(toks, at, lang, (k) => k === 'role') ?? ledRole(ctx, at, before !== undefined);
  if (!role) return undefined;
  // "Ibu Kota Nusantara": a known place or body that opens on a title word is that place, no title.
  const known = before ? undefined : lookup(toks, at, lang, isOwnerKind);
  if (known && known.end > role.end) return undefined;
  // "Ibu Kota Jakarta", "Rumah Sakit …": a two-word place head opening on a title word is the place's.
  if (!before && placeByHeadPair(ctx, at) !== undefined) return undefined;
  if (lang === 'id' && MINISTER_ROLES.has(role.entry.canonical) && toks[role.end]?.cap) {
    // "Menteri Angkatan Bersenjata Prancis", "Wakil Menteri Pertanian": the portfolio belongs to the title.
    const pf = portfolioEnd(toks, role.end, lang);
    if (pf !== undefined) role = { entry: role.entry, end: pf };
  }
  if (lang === 'id') {
    // "Kepala Eksekutif Pengawas Pasar Modal OJK Inarno Djajadi": a long title runs on to its body's acronym.
    const long = longTitleEnd(ctx, role.end);
    if (long !== undefined) role = { entry: role.entry, end: long };
    // "Direktur Pencegahan dan Pengendalian Penyakit Menular | Imran Pambudi menyebut": a field without a body.
    else if (FIELD_TITLES_ID.has(role.entry.canonical) && toks[role.end]?.cap) {
      const field = fieldTitleEnd(ctx, role.end);
      if (field !== undefined) role = { entry: role.entry, end: field };
    }
    // "Kabid Binpres PP PBSI Ricky Soebagdja", "Kasat Narkoba Polres Langkat AKP …": a unit's short name belongs to the title.
    else if (UNIT_ROLES_ID.has(role.entry.canonical)) {
      const field = unitFieldEnd(ctx, role.end);
      if (field !== undefined) role = { entry: role.entry, end: field };
    }
  }
  if (lang === 'id' && !before) {
    // "Pengamat kebijakan publik | Universitas Trisakti Trubus …", "Dosen hukum tata negara | UGM …":
    // lower-case qualifiers after a role noun belong to the title when a body follows them.
    const q = qualifiedTitleEnd(ctx, role.end);
    if (q !== undefined) role = { entry: role.entry, end: q };
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
    } else if (run - j >= 3 || (run > j && ctx.regions.has(toks[j]!.lower)) || (run - j === 1 && appositionAt(ctx, at) && !toks[run]?.cap)) {
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
  // "Irjen Pol Andi …": the police's mark after a rank title stays out of the name.
  if (j === role.end && RANKS.has(role.entry.canonical)) j = policeMarkEnd(ctx, j);
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
  if (chain.length === 0 && !before && ctx.lang === 'id' && toks[j]?.cap && ctx.words.placeHeads.has(toks[j]!.lower)) {
    // "pengusaha Pantai Indah Kapuk Helena Lim sebagai saksi": a place head's run, then the person's two words.
    const cut = placeBeforeName(ctx, j, nameEnd);
    if (cut !== undefined) {
      ctx.out.push(span(ctx, j, cut, 'place'));
      const person: Mention = span(ctx, cut, nameEnd, 'person');
      person.role = roleTextOf(ctx, at, role);
      pushPerson(ctx, person, cut, nameEnd);
      return nameEnd;
    }
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
      person.role = roleTextOf(ctx, at, role);
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
  const roleText = roleTextOf(ctx, at, role);
  // "Pangeran Diponegoro": a title of nobility is part of the name (but not "Presiden", "Haji").
  // "Menteri Pertahanan Arab Saudi Pangeran Khalid bin Salman": after an office and its owner, the noble title is the
  // honorific of a foreign royal, no part of the name.
  const prev = toks[i - 1];
  const afterOffice = prev !== undefined && prev.cap && prev.isWord && prev.end + 1 === toks[i]!.start && !sentenceInitial(ctx, i - 1);
  const noble = !before && at === i && role.end === j && NOBLE_TITLES.has(role.entry.canonical) && toks[i]!.cap && !afterOffice;
  const person: Mention = span(ctx, noble ? i : j, nameEnd, 'person');
  person.role = roleText;
  if (ownerMatch) person.roleOf = ctx.text.slice(toks[ownerStart]!.start, toks[ownerMatch.end - 1]!.end);
  // "Kapolda Jawa Barat Irjen …": a regional commander's owner is the command of the region, not the region.
  const command = COMMAND_OF.get(role.entry.canonical);
  if (command && !before && chain.length === 1 && after!.entry.kind === 'place') person.roleOf = `${command} ${person.roleOf}`;
  pushPerson(ctx, person, j, nameEnd);
  return nameEnd;
}

/** Title-case words that qualify an English title before it: "Acting Defense Chief", "Senior Trade Negotiator". */
const ROLE_MODIFIERS_EN = new Set([
  'acting', 'interim', 'deputy', 'senior', 'junior', 'chief', 'executive', 'national', 'security', 'defense', 'defence',
  'trade', 'foreign', 'press', 'presidential', 'special', 'top', 'principal', 'assistant', 'associate', 'economic',
  'military', 'political', 'legal', 'health', 'finance', 'energy', 'justice', 'interior', 'labor', 'labour', 'transport',
  'agriculture', 'education', 'environment', 'maritime', 'naval', 'army', 'navy', 'police', 'intelligence', 'cabinet',
  'communications', 'public', 'affairs', 'policy', 'strategic', 'veterans', 'home', 'digital', 'science', 'industry', 'commerce', 'regional', 'provincial', 'state', 'federal', 'general', 'lead', 'permanent',
]);

/**
 * "Acting Defense Chief | Maria Santos", "National Maritime Council Spokesperson …":
 * in English, one to three title-case qualifiers before a title, with a name
 * after it, make one longer title. The match starts at k (its end is the
 * title's); undefined when the words before the title are no qualifiers.
 */
function ledRole(ctx: Ctx, k: number, owned = false): Match | undefined {
  const { toks } = ctx;
  if (ctx.lang !== 'en') return undefined;
  for (let r = k + 1; r <= k + 3 && r < toks.length; r++) {
    const q = toks[r - 1]!;
    // After an owner the qualifiers may be lower-case: "US | top trade negotiator | …".
    if (!q.isWord || (!q.cap && !owned) || q.upper || !ROLE_MODIFIERS_EN.has(q.lower) || ctx.headline[r - 1]) return undefined;
    const role = lookup(toks, r, ctx.lang, (kind) => kind === 'role');
    if (!role || role.entry.honorific) continue;
    return nameFrom(ctx, role.end, true) > role.end ? role : undefined;
  }
  return undefined;
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

/** A title's country or organization right after it: a lexicon entry or a head-word organization. */
function owner(ctx: Ctx, j: number, placeToo: boolean): (Match & { start: number }) | undefined {
  // Places only for regional titles and after a body ("Ketua DPD Partai Demokrat Bali"):
  // "Presiden Rusia Vladimir Putin" has a city's name in the person's.
  // "Ketua DPD Partai Gerindra Sumut …": a party's board (and its region) is one body.
  const board = partyBranchEnd(ctx, j);
  if (board !== undefined) return { entry: headedEntry('organization'), start: j, end: board };
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
  // "Ekonom Center of Reform on Economics (CORE) …": an English-named institute is the title's body.
  const inst = lex ? undefined : instituteEnd(ctx, j);
  if (inst !== undefined) return { entry: headedEntry('organization'), start: j, end: inst };
  // "Direktur Indonesia Morowali Industrial Park (IMIP) …": an estate or plant named by an English tail runs the title.
  const facility = facilityByTailEnd(ctx, j);
  if (facility !== undefined) return { entry: headedEntry('organization'), start: j, end: facility };
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

/** Function words that end a role's lower-case qualifiers ("pengamat | dari …"); content nouns ("kebijakan", "negara") do not. */
const QUALIFIER_BREAKS_ID = new Set([
  'di', 'ke', 'dari', 'yang', 'dan', 'atau', 'untuk', 'pada', 'dalam', 'itu', 'ini', 'tersebut', 'oleh', 'kepada', 'bahwa',
  'juga', 'serta', 'dengan', 'sebagai', 'asal', 'saat', 'ketika', 'sejak', 'bagi', 'para', 'sang', 'si', 'seorang', 'sebuah',
  'tak', 'tidak', 'sudah', 'telah', 'akan', 'masih', 'pun', 'lain', 'lainnya', 'mantan', 'eks', 'kini', 'sekaligus', 'antara',
]);

/**
 * "Pengamat | kebijakan publik | Universitas Trisakti …", "Peneliti | senior |
 * LIPI …": one to four lower-case content words after a role noun, then a
 * body (by lexicon or head word). Returns where the body starts, or
 * undefined when no body follows the words.
 */
function qualifiedTitleEnd(ctx: Ctx, k0: number): number | undefined {
  const { toks } = ctx;
  let k = k0;
  while (k < toks.length && k - k0 < 4) {
    const t = toks[k]!;
    if (!t.isWord || t.cap || QUALIFIER_BREAKS_ID.has(t.lower) || startsWithDigit(t.text) || isVerbLike(ctx, t)) break;
    k++;
  }
  if (k === k0 || !toks[k]?.cap) return undefined;
  const o = owner(ctx, k, false);
  if (!o || o.entry.kind !== 'organization') return undefined;
  // "anggota senior sayap militer Hamas, | Brigade …": after a comma only a person's name in apposition counts.
  if (toks[o.end]?.text === ',') {
    const n = nameFrom(ctx, o.end + 1);
    if (n === o.end + 1 || !toks.slice(o.end + 1, n).every((_, d) => isPersonWord(ctx, o.end + 1 + d))) return undefined;
    const after = toks[n];
    if (!after || !(after.text === ',' || isVerbLike(ctx, after) || ctx.words.speechAfter.has(after.lower))) return undefined;
  }
  return k;
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
  while (k < toks.length && k - k0 < 14) {
    const f = fieldEnd(toks, k);
    if (f !== undefined) {
      k = f;
      continue;
    }
    const t = toks[k]!;
    if (t.isWord && t.cap && !t.upper && TITLE_PARTS_ID.has(t.lower)) {
      k++;
      // "Deputi Bidang | Statistik Distribusi dan Jasa | BPS": after "Bidang" or "Urusan", the field's own words.
      if (FIELD_OPENERS_ID.has(t.lower)) k = freeFieldEnd(ctx, k);
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

/** Title words after which a field is named in free words: "Deputi Bidang Statistik Distribusi dan Jasa", "Asisten Deputi Urusan …". */
const FIELD_OPENERS_ID = new Set(['bidang', 'urusan']);

/**
 * End of a field named in free words from k: capitalised words that are no
 * acronym, title, body or date, maybe joined by "dan" or a comma, up to
 * eight tokens. The title ends there only if a body and a name follow (as
 * longTitleEnd checks).
 */
function freeFieldEnd(ctx: Ctx, k0: number): number {
  const { toks } = ctx;
  let k = k0;
  let end = k0;
  while (k < toks.length && k - k0 < 8) {
    const t = toks[k]!;
    if ((t.lower === 'dan' || t.text === ',' || t.text === '&') && end === k && k > k0) {
      k++;
      continue;
    }
    if (!t.isWord || !t.cap || t.upper || CALENDAR.has(t.lower) || ctx.headline[k]) break;
    if (lookup(toks, k, ctx.lang, (kind) => kind === 'organization' || kind === 'role')) break;
    end = ++k;
  }
  return end;
}


/** Titles a directorate's or bureau's field may follow: "Direktur …", "Deputi …", "Kepala Pusat …", "Sekretaris …". */
const FIELD_TITLES_ID = new Set([
  'direktur', 'direktur jenderal', 'dirjen', 'deputi', 'asisten deputi', 'kepala', 'wakil kepala', 'sekretaris',
  'sekretaris jenderal', 'sekretaris utama', 'direktur eksekutif',
]);

/**
 * "Direktur | Pencegahan dan Pengendalian Penyakit Menular | Imran Pambudi
 * menyebut": after a title, capitalised field words (joined by "dan", a comma
 * or "&") and then a name before a verb or a comma: the field belongs to the
 * title even with no body after it. The field must hold a joiner, a superior's
 * title after "pada" ("Direktur Penyidikan pada Jaksa Agung Muda Bidang
 * Tindak Pidana Khusus | Kuntadi") or be made of field words only; a body,
 * place or country in the run leaves the title as it was. Field words that are
 * also honorifics ("Haji dan Umrah") stay field words. After a long field
 * (two words or more) the name may be a single word, as many Indonesians have
 * one. Returns the title's new end (the name's start).
 */
function fieldTitleEnd(ctx: Ctx, k0: number): number | undefined {
  const { toks } = ctx;
  let k = k0;
  let lastJoin = -1;
  // The first token the name may start at: after a superior's title, all of it is the title's.
  let floor = k0 + 1;
  let superior = false;
  while (k < toks.length && k - k0 < 18) {
    const t = toks[k]!;
    if ((t.lower === 'dan' || t.text === ',' || t.text === '&' || t.lower === 'serta') && k > k0 && toks[k + 1]?.cap && toks[k + 1]!.isWord) {
      // A comma with a capitalised word after it may close the name instead: "…, Budi Santoso, mengatakan".
      if (t.text === ',' && !FIELD_WORDS_ID.has(toks[k + 1]!.lower) && !TITLE_FIELD_LIKE.test(toks[k + 1]!.lower)) break;
      lastJoin = k;
      k++;
      continue;
    }
    // "Direktur Penyidikan | pada | Jaksa Agung Muda …": the superior's title after "pada" is the title's too.
    if (t.lower === 'pada' && !t.cap && k > k0 && toks[k + 1]?.cap) {
      const sup = lookup(toks, k + 1, ctx.lang, (kind) => kind === 'role');
      if (!sup || sup.entry.honorific || RANKS.has(sup.entry.canonical)) break;
      k = sup.end;
      floor = k + (FIELD_OPENERS_ID.has(toks[k]?.lower ?? '') ? 1 : 0);
      superior = true;
      continue;
    }
    if (!t.isWord || !t.cap || t.upper || CALENDAR.has(t.lower) || ctx.headline[k]) break;
    if (ctx.words.stop.has(t.lower) && !FIELD_WORDS_ID.has(t.lower) && !TITLE_PARTS_ID.has(t.lower)) break;
    // "Kepala | Biro Hukum dan Humas", "Kepala | Pusat Data dan Informasi": a bureau's head word is the title's.
    const part = TITLE_PARTS_ID.has(t.lower) || t.lower === 'pusat' || FIELD_WORDS_ID.has(t.lower);
    if (!part && (ctx.words.orgHeads.has(t.lower) || lookup(toks, k, ctx.lang, (kind) => kind !== 'weapon'))) return undefined;
    // "… Bidang | Tindak Pidana Khusus": the field a "Bidang" opens is the title's, never the name's.
    if (FIELD_OPENERS_ID.has(t.lower)) floor = Math.max(floor, k + 2);
    k++;
  }
  const runEnd = k;
  const next = toks[runEnd];
  if (!next || !(next.text === ',' || isVerbLike(ctx, next) || ctx.words.speechAfter.has(next.lower))) return undefined;
  // The name: the last one to three words, person words no field holds, after the last joiner's field word.
  let n = runEnd;
  while (n > runEnd - 3 && n - 1 > lastJoin + 1 && n - 1 >= floor && isPersonWord(ctx, n - 1) && !FIELD_WORDS_ID.has(toks[n - 1]!.lower)) n--;
  if (n === runEnd) return undefined;
  if (nameFrom(ctx, n, true) !== runEnd) return undefined;
  const field = toks.slice(k0, n);
  const joined = lastJoin >= k0;
  const fieldOnly = field.every((t) => FIELD_WORDS_ID.has(t.lower) || TITLE_PARTS_ID.has(t.lower) || TITLE_FIELD_LIKE.test(t.lower) || ORG_NAME_WORDS.has(t.lower));
  if (!(joined || fieldOnly || superior)) return undefined;
  // A one-word name only after a long field: "Direktur Jenderal Pendidikan Islam | Suyitno, …".
  if (runEnd - n < 2 && (field.filter((t) => t.isWord).length < 2 || !FIELD_NAME_CLOSERS.test(next.text) && !isVerbLike(ctx, next) && !ctx.words.speechAfter.has(next.lower))) return undefined;
  return n;
}

/** What may follow a one-word name after a long field: a comma (or a verb, checked apart). */
const FIELD_NAME_CLOSERS = /^,$/;

/** Derived nouns that name a field of work: "Pencegahan", "Pengendalian", "Pelayanan", "Kesehatan". */
const TITLE_FIELD_LIKE = /^(pe[nmrl]?|ke)\p{L}{3,}an$/u;

/**
 * Whether the title at token `at` stands in apposition to a person just
 * found: "Surya, mantan Bupati Asahan", "Rudi, Wali Kota Binjai". The person
 * is that name, so a regional title's one word after it is the region.
 */
function appositionAt(ctx: Ctx, at: number): boolean {
  const { toks } = ctx;
  let k = at - 1;
  if (toks[k] && FORMER.has(toks[k]!.lower)) k--;
  if (toks[k]?.text !== ',') return false;
  const last = ctx.out[ctx.out.length - 1];
  return last !== undefined && last.type === 'person' && toks[k - 1] !== undefined && last.end === toks[k - 1]!.end;
}

/** A title as written, less the possessive clitic it may carry ("Perdana Menterinya" → "Perdana Menteri"). */
function roleTextOf(ctx: Ctx, at: number, role: { entry: { canonical: string }; end: number }): string {
  const text = ctx.text.slice(ctx.toks[at]!.start, ctx.toks[role.end - 1]!.end);
  return ctx.lang === 'id' && text.endsWith('nya') && !role.entry.canonical.endsWith('nya') ? text.slice(0, -3) : text;
}
