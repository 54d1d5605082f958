// Organizations by shape: a head word and its name ("Kementerian Luar
// Negeri"), bracketed acronyms, companies by tail, noun, coordination or
// ownership, and humanitarian bodies with the country they serve.
import { lookup, portfolioEnd, type Match } from '../lexicon/index.js';
import {
  CALENDAR,
  COMPANY_BEFORE_EN,
  COMPANY_BEFORE_ID,
  COMPANY_PLURALS,
  COMPANY_TAILS_EN,
  ORG_CONNECTORS,
  COMPANY_BEFORE_2,
  SHARE_NOUNS_EN,
  FINANCE_TAILS,
  UNIT_HEADS_ID,
  COMMON_ACRONYMS_ID,
} from '../lexicon/words.js';
import { type Ctx, catchUp, type OutCursor, span, startsWithDigit } from './context.js';
import { COMPASS } from './token-kinds.js';
import { ORG_NAME_WORDS, isNameToken, isPersonWord } from './name-runs.js';

/** Legal forms in brackets after a company: "PT Pertamina (Persero)". */
const LEGAL_FORMS = new Set(['persero', 'tbk']);

/** Company heads whose names may hold a country or city: "PT Indonesia Transport Tbk". */
const COMPANY_HEADS = new Set(['pt', 'cv', 'pt.']);

/** Heads of a ministry's name, which ends with its portfolio: "Kementerian Pertahanan", "Departemen Luar Negeri". */
const MINISTRY_HEADS = new Set(['kementerian', 'kementrian', 'departemen', 'kemenko', 'kemenkop']);

/** Organizations that keep the country they serve in their name: "Bulan Sabit Merah Mesir", "Egyptian Red Crescent". */
export const HUMANITARIAN = new Set(['Red Cross', 'Red Crescent']);

/** Heads of a facility that a body runs, named after it: "Rumah Tahanan KPK", "Rutan KPK", "Kantor BPN". */
const FACILITY_ORG_HEADS = new Set(['rumah', 'rutan', 'lapas', 'kantor', 'markas', 'pangkalan']);
/** Words for a body's branch, which its acronym closes: "Rumah Tahanan Cabang KPK", "Kantor Perwakilan BI". */
const BRANCH_WORDS = new Set(['cabang', 'perwakilan', 'wilayah']);

/** End of an organization opened by a capitalised head word at i, if one is. */
export function orgByHead(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const head = toks[i];
  if (!head?.cap || !ctx.words.orgHeads.has(head.lower)) return undefined;
  // English puts a body's head word first only before "of"/"for" ("Ministry of Defence"); "Ministry Rico" is no name.
  if (ctx.lang === 'en' && toks[i + 1]?.isWord && toks[i + 1]!.cap) return undefined;
  if (MINISTRY_HEADS.has(head.lower) && ctx.lang === 'id') {
    // "Kementerian Pertahanan | Dahnil Anzar": the portfolio ends the ministry's name, a country may follow.
    const pf = listedPortfolioEnd(ctx, i + 1) ?? portfolioEnd(toks, i + 1, 'id');
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
      // "Partai Indonesia Baru", "Partai Indonesia Raya": a party's name may go on one word after its country.
      if (head.lower === 'partai' && lex.entry.kind === 'country' && toks[lex.end]?.cap && toks[lex.end]!.isWord && !toks[lex.end + 1]?.cap) {
        end = lex.end + 1;
        break;
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

/** End of a company tail run after a known organization's name at j ("Electronics", "Heavy Industries"), if one follows. */
export function companyTail(ctx: Ctx, j: number): number | undefined {
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
export function bodyCountryEnd(ctx: Ctx, j: number, acronymOnly: boolean): number | undefined {
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
export function withAcronym(ctx: Ctx, end: number): number {
  const { toks } = ctx;
  const open = toks[end];
  const inner = toks[end + 1];
  const close = toks[end + 2];
  if (open?.text !== '(' || !inner || !(inner.upper || LEGAL_FORMS.has(inner.lower)) || close?.text !== ')') return end;
  // "Mahkamah Konstitusi (MK)" is one mention; a spaced "( MK )" (tokenised copy) leaves the short form its own.
  if (open.end === inner.start && inner.end === close.start) return end + 3;
  // "PT Angkasa Pura II ( Persero )": a spaced legal form is the company's status, no body of its own.
  if (inner.isWord && !ctx.words.stop.has(inner.lower) && !LEGAL_FORMS.has(inner.lower)) ctx.pendingAcronym = { start: end + 1, end: end + 2 };
  return end;
}

/** Whether a generic company noun stands right before token i ("produsen pesawat", "maskapai", "defense firm"). */
export function companyNoun(ctx: Ctx, i: number): boolean {
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

/**
 * "tech firms FPT and Viettel", "perusahaan Adaro dan Medco": after a plural
 * company noun, each name coordinated with the companies before it is one too.
 */
export function coordinatedCompany(ctx: Ctx, i: number): boolean {
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

/**
 * "Mirae Asset Sekuritas | Christopher Rusli": from j, capitalised words up
 * to a financial or industry tail (and the tails and a country right after
 * it) make a company when two or three person words and then no capital
 * follow. Returns the company's end and the name's end.
 */
export function tailCompany(ctx: Ctx, j: number): { orgEnd: number; nameEnd: number } | undefined {
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

/** End of a humanitarian body's name run on through the country it serves ("… Merah Mesir", "… Crescent Society"). */
export function humanitarianEnd(ctx: Ctx, end: number): number {
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
export function humanitarian(ctx: Ctx, i: number): number | undefined {
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

/**
 * Owners and shareholdings that make a name a company: "TikTok milik
 * ByteDance", "Instagram, owned by Meta" (a company right before the owner
 * word), "Nvidia's shares". A person met before is never one.
 */
export function ownedCompany(ctx: Ctx, i: number, end: number): boolean {
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

/** A party's boards by level: central (DPP), provincial (DPD, DPW), city or regency (DPC). */
const PARTY_BOARDS = new Set(['DPP', 'DPD', 'DPW', 'DPC']);
/** Parties the lexicon names without "Partai": "PDI Perjuangan". */
const PARTY_CANONICAL = /^(Partai|PDI)\b/;

/**
 * "DPD Partai Gerindra Sumut", "DPP PDI Perjuangan", "DPC PKB Kota Malang":
 * a board's acronym before a party (and its region) is the party's board,
 * one organization, not the senate (DPD). Returns its end.
 */
export function partyBranchEnd(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  if (ctx.lang !== 'id' || !PARTY_BOARDS.has(toks[i]?.text ?? '')) return undefined;
  const lex = lookup(toks, i + 1, ctx.lang, (k) => k === 'organization');
  let end: number | undefined;
  if (lex && PARTY_CANONICAL.test(lex.entry.canonical)) end = lex.end;
  else if (toks[i + 1]?.lower === 'partai' && toks[i + 1]!.cap) end = orgByHead(ctx, i + 1);
  if (end === undefined) return undefined;
  // The region the board serves: "Sumut", "Jawa Timur", "Kota Malang", "Lampung Selatan".
  let region = lookup(toks, end, ctx.lang, (k) => k === 'place');
  if (!region && ['kota', 'kabupaten', 'provinsi'].includes(toks[end]?.lower ?? '') && toks[end]!.cap) {
    region = lookup(toks, end + 1, ctx.lang, (k) => k === 'place');
  }
  if (region) {
    end = region.end;
    if (toks[end]?.cap && COMPASS.has(toks[end]!.lower)) end++;
  }
  return end;
}

/** "DPD Partai Gerindra Sumut menggelar …": a party's board standing alone. */
export function partyBranch(ctx: Ctx, i: number): number | undefined {
  const end = partyBranchEnd(ctx, i);
  if (end === undefined) return undefined;
  const e = withAcronym(ctx, end);
  ctx.out.push(span(ctx, i, e, 'organization'));
  return e;
}

/** A company's legal suffixes and prefixes, which its later bare mentions leave out: "Tesla Inc" → "Tesla", "PT Vale Indonesia Tbk". */
const LEGAL_SUFFIXES = new Set(['inc', 'inc.', 'co', 'co.', 'corp', 'corp.', 'corporation', 'incorporated', 'ltd', 'ltd.', 'limited', 'llc', 'plc', 'ag', 'sa', 'nv', 'tbk', 'gmbh', 'bhd', 'berhad', 'pte', 'spa']);
const LEGAL_PREFIXES = new Set(['pt', 'pt.', 'cv']);

/**
 * Coreference for companies: "Tesla" after "Tesla Inc", "Vale" after "PT Vale
 * Tbk". Whether the run [i, end) is the bare name of a company with a legal
 * suffix or prefix found earlier in the text.
 */
export function knownCompany(ctx: Ctx, i: number, end: number): boolean {
  const run = ctx.toks.slice(i, end).map((t) => t.lower).join(' ');
  for (const c of legalNames(ctx)) {
    if (c.length <= run.length) continue;
    // "Vale" after "PT Vale Indonesia Tbk": the first word of a company's name, when it is no common word.
    if (c.bare === run || (end - i === 1 && c.bare.startsWith(`${run} `) && isPersonWord(ctx, i))) return true;
    // "penggabungan Gojek dan Tokopedia" after "PT GoTo Gojek Tokopedia Tbk": two words of a merged company's
    // name, coordinated, are the companies it was made of.
    if (end - i === 1 && c.words.includes(run) && c.words.length >= 3 && coordinatedWith(ctx, i, c.words)) return true;
  }
  return false;
}

/** The organizations found so far in each pass, by the lower-cased first word of their text. */
const orgTextIndex = new WeakMap<Ctx, OutCursor & { byFirst: Map<string, string[]> }>();

/**
 * Coreference for bodies: "Arema Indonesia" again after "Arema Indonesia"
 * was read as a body. The end of an organization found earlier in the text
 * whose words, as written, start at token i (the longest), if any.
 */
export function metOrganizationEnd(ctx: Ctx, i: number): number | undefined {
  let ix = orgTextIndex.get(ctx);
  if (!ix) orgTextIndex.set(ctx, (ix = { seen: 0, byFirst: new Map() }));
  const { byFirst } = ix;
  catchUp(ctx, ix, (m) => {
    if (m.type !== 'organization') return;
    const first = m.text.split(/\s/, 1)[0]!.toLowerCase();
    const list = byFirst.get(first);
    if (list) list.push(m.text);
    else byFirst.set(first, [m.text]);
  });
  const { toks, text } = ctx;
  const texts = byFirst.get(toks[i]!.lower);
  if (!texts) return undefined;
  let best: number | undefined;
  for (const t of texts) {
    if (!text.startsWith(t, toks[i]!.start)) continue;
    let e = i;
    while (e < toks.length && toks[e]!.end < toks[i]!.start + t.length) e++;
    if (toks[e]?.end === toks[i]!.start + t.length && (best === undefined || e + 1 > best)) best = e + 1;
  }
  return best;
}

/** An organization met with a legal prefix or suffix ("PT Vale Indonesia Tbk"), and its name without them. */
interface LegalName {
  /** Length of the mention's whole text. */
  length: number;
  /** Lower-cased words of the name without its legal affixes. */
  words: string[];
  bare: string;
}

/** The organizations of ctx.out written with a legal affix, kept per pass as the mentions grow. */
const legalNameIndex = new WeakMap<Ctx, OutCursor & { names: LegalName[] }>();

function legalNames(ctx: Ctx): LegalName[] {
  let ix = legalNameIndex.get(ctx);
  if (!ix) legalNameIndex.set(ctx, (ix = { seen: 0, names: [] }));
  const { names } = ix;
  catchUp(ctx, ix, (m) => {
    if (m.type !== 'organization') return;
    const name = legalName(m.text);
    if (name) names.push(name);
  });
  return names;
}

function legalName(text: string): LegalName | undefined {
  const words = text.toLowerCase().split(/\s+/);
  let a = 0;
  let b = words.length;
  while (b > a + 1 && LEGAL_SUFFIXES.has(words[b - 1]!.replace(/,$/, ''))) b--;
  while (a < b - 1 && LEGAL_PREFIXES.has(words[a]!)) a++;
  if (a === 0 && b === words.length) return undefined;
  const bareWords = words.slice(a, b);
  return { length: text.length, words: bareWords, bare: bareWords.join(' ') };
}

/** Whether the word at i is joined by "dan"/"and"/a comma to another of `words`: "Gojek dan Tokopedia". */
function coordinatedWith(ctx: Ctx, i: number, words: string[]): boolean {
  const { toks } = ctx;
  const join = (t: { text: string; lower: string } | undefined): boolean => t !== undefined && (t.text === ',' || ['dan', 'and', '&'].includes(t.lower));
  const other = (k: number): boolean => toks[k]?.cap === true && toks[k]!.lower !== toks[i]!.lower && words.includes(toks[k]!.lower);
  return (join(toks[i + 1]) && other(i + 2)) || (join(toks[i - 1]) && other(i - 2));
}

/**
 * "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi": a portfolio
 * written as a list, its commas left out of the match. Returns the end of
 * the longest such portfolio from j when it holds a comma, else undefined.
 */
function listedPortfolioEnd(ctx: Ctx, j: number): number | undefined {
  const { toks } = ctx;
  const at: number[] = [];
  for (let k = j; k < toks.length && k - j < 16; k++) {
    const t = toks[k]!;
    if (t.text === ',' && toks[k + 1]?.isWord) continue;
    if (!t.isWord) break;
    at.push(k);
  }
  if (at.length < 2 || at[at.length - 1]! - j + 1 === at.length) return undefined;
  const words = at.map((k) => toks[k]!);
  const end = portfolioEnd(words, 0, 'id');
  if (end === undefined) return undefined;
  const last = at[end - 1]!;
  return last - j + 1 > end ? last + 1 : undefined;
}

/** Kinds of exchange after "Bursa": "Bursa Efek", "Bursa Saham", "Bursa Berjangka". */
const EXCHANGE_KINDS_ID = new Set(['efek', 'saham', 'berjangka', 'komoditi', 'komoditas', 'kripto', 'karbon']);

/**
 * "Bursa Efek New York", "Bursa Saham Tokyo", "Bursa Efek Jakarta": an
 * exchange and the place or country it stands in are one organization (the
 * Turkish city "Bursa" is no part of it). A known exchange keeps the lexicon's name.
 */
export function exchange(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  const kind = toks[i + 1];
  if (ctx.lang !== 'id' || !t.cap || t.lower !== 'bursa' || !kind?.cap || !EXCHANGE_KINDS_ID.has(kind.lower)) return undefined;
  let end = i + 2;
  const land = lookup(toks, end, ctx.lang, (k) => k === 'place' || k === 'country');
  if (land && toks[end]!.cap) end = land.end;
  else while (end < i + 5 && isNameToken(ctx, end) && !toks[end]!.upper) end++;
  const known = lookup(toks, i, ctx.lang, (k) => k === 'organization');
  if (known && known.end >= end) return undefined;
  const e = withAcronym(ctx, end);
  ctx.out.push(span(ctx, i, e, 'organization'));
  return e;
}

/** Lower-case words that may stand inside a body's name before its acronym: "Komisi untuk Orang Hilang dan …". */
const ACRONYM_JOINERS = new Set(['dan', 'untuk', 'bagi', 'dari', 'of', 'for', 'and', 'the', 'on', '&']);

/**
 * Whether `acr` spells the words: each word gives a prefix of itself (maybe
 * none, for joiners and all but the first), the prefixes joined making the
 * acronym: "Walhi" = WAhana LIngkungan HIdup, "YLBHI" by initials. Only
 * prefixes count, so "Jokowi" never spells "Joko Widodo".
 */
function spells(acr: string, words: string[]): boolean {
  const go = (a: number, w: number): boolean => {
    if (a === acr.length) return w >= 2 || words.length === 1;
    if (w === words.length) return false;
    const word = words[w]!;
    for (let n = Math.min(word.length, acr.length - a); n >= 1; n--) {
      if (acr.slice(a, a + n) === word.slice(0, n) && go(a + n, w + 1)) return true;
    }
    return w > 0 && go(a, w + 1);
  };
  return go(0, 0);
}

/** Whether the letters of a appear in s in order. */
function subsequence(a: string, s: string): boolean {
  let p = 0;
  for (const c of s) if (c === a[p]) p++;
  return p === a.length;
}

/**
 * "Wahana Lingkungan Hidup Indonesia (Walhi)", "Yayasan Lembaga Bantuan Hukum
 * Indonesia (YLBHI)": a capitalised run (lower-case joiners allowed) followed
 * by a bracketed acronym that its words spell is an organization, never a
 * person. A run of person words spelt by their initials only ("Susilo Bambang
 * Yudhoyono (SBY)") is a person's nickname and left alone.
 */
export function acronymBody(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  if (!toks[i]!.cap || toks[i]!.upper || ctx.headline[i] || lookup(toks, i, ctx.lang, (kind) => kind !== 'role' && kind !== 'weapon')) return undefined;
  let k = i;
  while (k < toks.length && k - i < 10) {
    const t = toks[k]!;
    if (t.isWord && t.cap && !t.upper) k++;
    else if (k > i && t.isWord && !t.cap && ACRONYM_JOINERS.has(t.lower) && toks[k + 1]?.cap) k++;
    else break;
  }
  if (k - i < 2 || toks[k]?.text !== '(' || toks[k + 2]?.text !== ')') return undefined;
  const a = toks[k + 1]!;
  if (!a.isWord || !/^\p{Lu}/u.test(a.text) || a.text.length < 3) return undefined;
  // "Bahan Bakar Minyak (BBM)", "Perguruan Tinggi Swasta (PTS)": a common thing's short form names no body.
  if (ctx.lang === 'id' && COMMON_ACRONYMS_ID.has(a.lower)) return undefined;
  const words = toks.slice(i, k).map((t) => t.lower);
  const caps = toks.slice(i, k).filter((t) => t.cap).map((t) => t.lower);
  const acr = a.lower;
  const initialsOnly = acr === caps.map((w) => w[0]).join('');
  const personal = toks.slice(i, k).every((_, n) => isPersonWord(ctx, i + n));
  // "Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS)": a longer short form may take letters
  // from inside the words, in order, when the run is no person's name.
  const loose = !personal && acr.length >= 4 && acr[0] === words[0]![0] && subsequence(acr, words.join(''));
  if (!spells(acr, words) && !initialsOnly && !loose) return undefined;
  // "Susilo Bambang Yudhoyono (SBY)": a person's words by their initials are a nickname.
  if (personal && (a.upper || initialsOnly)) return undefined;
  if (personal && !a.upper) {
    // "Joko Widodo (Jokowi)" never spells by prefixes; a mixed-case one that does must take three words.
    if (k - i < 3) return undefined;
  }
  // As withAcronym: "Wahana Lingkungan Hidup Indonesia (Walhi)" unspaced is one mention; a spaced "( Walhi )" its own.
  if (toks[k]!.end === a.start && a.end === toks[k + 2]!.start) {
    ctx.out.push(span(ctx, i, k + 3, 'organization'));
    return k + 3;
  }
  ctx.out.push(span(ctx, i, k, 'organization'));
  ctx.pendingAcronym = { start: k + 1, end: k + 2 };
  return k + 1;
}
