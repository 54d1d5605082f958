// The head-word step: whether a head word opens a body, a school, a command,
// a facility, a hall or a place, and that mention.
import { lookup } from '../lexicon/index.js';
import {
  COMPANY_BEFORE_ID,
  ORG_TAILS_EN,
  SCHOOL_HEADS_ID,
  ADMIN_HEADS_ID,
  HALL_HEADS,
  MARKET_KINDS_ID,
  UNIT_HEADS_ID,
  SUBUNIT_HEADS_ID,
  MARKAS_HEADS_ID,
  AREA_WORDS_ID,
} from '../lexicon/words.js';
import { type Ctx, placeDetails, span } from './context.js';
import { instituteEnd } from './english.js';
import { orgByHead, withAcronym } from './organizations.js';
import { airBase, facilityByHead, facilityByTailEnd, placeBeforeName, placeByHead, placeByHeadPair, technologyAfterHead } from './places.js';
import { pushPerson } from './people.js';

/** "Kementerian Luar Negeri Rusia", "Partai Golkar", "Ministry of Defence", "Kabupaten Pati". */
export function headed(ctx: Ctx, i: number): number | undefined {
  const t = ctx.toks[i]!;
  const lex = lookup(ctx.toks, i, ctx.lang, (k) => k !== 'role' && k !== 'demonym');
  // "Balai Kota", "Balai Sidang Jakarta": a hall, where "Balai Besar Karantina" is an agency.
  // "Pangkalan Udara Halim Perdanakusuma": an air base with a name is a place, not the body that runs it.
  const base = airBase(ctx, i);
  if (base !== undefined) return base;
  // "Rumah Sakit Bhayangkara", "Pondok Pesantren Al Hikmah": a hospital or a boarding school is a place.
  const pair = lex ? undefined : placeByHeadPair(ctx, i);
  if (pair !== undefined) {
    ctx.out.push(span(ctx, i, pair, 'place'));
    return pair;
  }
  // "Center of Reform on Economics (CORE)": an English-named institute, in either language's copy.
  const inst = lex ? undefined : instituteEnd(ctx, i);
  if (inst !== undefined) {
    const end = withAcronym(ctx, inst);
    ctx.out.push(span(ctx, i, end, 'organization'));
    return end;
  }
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
  // "kawasan | Indonesia Halmera Industrial Park": a lower-case head stays outside a facility named by an English tail.
  if (!t.cap && facilityByTailEnd(ctx, i + 1) !== undefined) return i + 1;
  const tech = technologyAfterHead(ctx, i);
  if (tech !== undefined) return tech;
  const place = placeByHead(ctx, i);
  if (place === undefined || (lex && lex.end >= place)) return undefined;
  const inner = lookup(ctx.toks, i + 1, ctx.lang, (k) => k === 'place' || k === 'country');
  // "wilayah Indonesia": a lower-case head before a country is description, not name.
  if (inner?.entry.kind === 'country' && !t.cap && inner.end === place) return undefined;
  // "crazy rich Pantai Indah Kapuk Helena Lim sebagai saksi": the place's run ends on a person's name.
  const cut = placeBeforeName(ctx, i, place);
  if (cut !== undefined) {
    ctx.out.push(span(ctx, i, cut, 'place'));
    pushPerson(ctx, span(ctx, cut, place, 'person'), cut, place);
    return place;
  }
  const m = span(ctx, i, place, 'place');
  if (inner && inner.end === place) Object.assign(m, placeDetails(inner.entry));
  ctx.out.push(m);
  return place;
}

/** Words after "Balai" that make it a hall rather than an agency: "Balai Kota", "Balai Desa", "Balai Sidang". */
const BALAI_HALLS = new Set(['kota', 'desa', 'sidang', 'pertemuan', 'warga', 'rakyat', 'agung', 'pemuda', 'kartini', 'sarbini', 'budaya', 'kampung', 'nagari', 'adat', 'kelurahan', 'prajurit']);
