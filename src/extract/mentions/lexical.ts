// Mentions the lexicons know, and how context stretches or retypes them: a
// direction or a club's tail after a place, a company tail after a brand, a
// company context that picks the company, hyphenated pairs of countries.
import type { EntityType } from '../../graph/types.js';
import { lookup } from '../lexicon/index.js';
import { tokenize } from '../lexicon/tokens.js';
import { CALENDAR, CLUB_TAILS } from '../lexicon/words.js';
import type { Mention } from '../types.js';
import { type Ctx, fromEntry, placeDetails, span } from './context.js';
import { COMPASS } from './token-kinds.js';
import { afterWeaponNoun, beforeWeaponClass, militaryContext, namedAfterWeapon } from './weapons.js';
import { bodyCountryEnd, companyNoun, companyTail, ownedCompany, withAcronym } from './organizations.js';
import { inPlaceList, listMemberEnd } from './places.js';
import { isPersonWord } from './name-runs.js';

export function lexical(ctx: Ctx, i: number): number | undefined {
  const m = lookup(ctx.toks, i, ctx.lang, (k) => k !== 'role' && k !== 'demonym');
  if (!m) return hyphenCompound(ctx, i);
  const { entry } = m;
  if (entry.kind === 'weapon') {
    if (entry.needsContext && !afterWeaponNoun(ctx, i) && !(ctx.lang === 'en' && beforeWeaponClass(ctx, m.end))) return undefined;
    // "a rescue helicopter": a craft civilians fly too is a weapon only in a sentence about war.
    if (entry.needsMilitary && !militaryContext(ctx, i, m.end)) return m.end;
    ctx.out.push(fromEntry(ctx, i, m.end, entry, 'weapon'));
    return namedAfterWeapon(ctx, m.end) ?? m.end;
  }
  const type: EntityType = entry.kind === 'organization' ? 'organization' : entry.kind === 'country' ? 'country' : 'place';
  // "Vladimir Putin", "Florence Nightingale": a one-word town before a word that can only be part
  // of a person's name is that person's given name; the name rules read the run.
  if (entry.kind === 'place' && m.end === i + 1 && givenNameBefore(ctx, m.end)) return undefined;
  if (type === 'place' && (companyNoun(ctx, i) || ownedCompany(ctx, i, m.end))) {
    // "Instagram milik Meta", "saham Apple": where a name is both a place and a company, company context picks the company.
    const org = lookup(ctx.toks, i, ctx.lang, (k) => k === 'organization');
    if (org && org.end === m.end) {
      ctx.out.push(fromEntry(ctx, i, m.end, org.entry, 'organization'));
      return m.end;
    }
    // "perusahaan Java Industrial Film": after a company noun, a place's name that runs on into more capitalised
    // words opens the company's name.
    const run = companyNoun(ctx, i) ? capitalisedRunEnd(ctx, m.end) : m.end;
    if (run > m.end) {
      ctx.out.push(span(ctx, i, run, 'organization'));
      return run;
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
    // "Iran's Supreme National Security Council": a known body another country owns here is that country's own body.
    const own = foreignOwned(ctx, i, entry.canonical);
    if (own !== undefined) {
      ctx.out.push(span(ctx, own, m.end, 'organization'));
      return m.end;
    }
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

/** Whether the word at k, touching the one before, is a name word that no lexicon, head or tail explains. */
function givenNameBefore(ctx: Ctx, k: number): boolean {
  const next = ctx.toks[k];
  return next !== undefined && next.start === ctx.toks[k - 1]!.end + 1 && isPersonWord(ctx, k) && !COMPASS.has(next.lower);
}

/** End of up to three capitalised words, touching one another, from k (no dates, no function words). */
function capitalisedRunEnd(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  let e = k;
  while (e < k + 3 && toks[e]?.isWord && toks[e]!.cap && toks[e]!.start === toks[e - 1]!.end + 1) {
    const w = toks[e]!.lower;
    if (ctx.words.stop.has(w) || CALENDAR.has(w)) break;
    e++;
  }
  return e;
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

/**
 * "Iran's | Supreme | National Security Council", "Iranian National Security
 * Council": where a country's (or its city's) possessive or demonym (with up to two
 * capitalised words after it) stands before a known body whose canonical
 * name opens on another country ("US National Security Council"), the body
 * is the first country's own. Returns where that body starts (after the
 * owner), or undefined when the lexicon's body stands.
 */
function foreignOwned(ctx: Ctx, i: number, canonical: string): number | undefined {
  const { toks } = ctx;
  const first = tokenize(canonical);
  const home = lookup(first, 0, ctx.lang, (k) => k === 'country');
  if (!home || home.end >= first.length) return undefined;
  let k = i;
  while (k > i - 2 && toks[k - 1]?.isWord && toks[k - 1]!.cap && !toks[k - 1]!.upper && !ctx.words.stop.has(toks[k - 1]!.lower)) {
    if (lookup(toks, k - 1, ctx.lang, (kind) => kind === 'demonym' || kind === 'country')) break;
    k--;
  }
  // The words between must be free: no mention took them.
  const last = ctx.out[ctx.out.length - 1];
  if (k < i && last && last.end > toks[k]!.start) return undefined;
  let owner: string | undefined;
  const poss = toks[k - 1];
  if (poss && /^['’]s$/.test(poss.text)) {
    // "Iran's …", "Tehran's …": a country, or a place standing for its country.
    if (last && last.end === toks[k - 2]?.end) owner = last.type === 'country' ? last.canonical : last.type === 'place' ? last.country : undefined;
  } else if (last && toks[k - 1] && last.end === toks[k - 1]!.end && last.type === 'country') {
    return undefined;
  } else {
    for (let d = k - 1; d >= Math.max(0, k - 2); d--) {
      const dm = lookup(toks, d, ctx.lang, (kind) => kind === 'demonym');
      if (dm && dm.end === k) owner = dm.entry.canonical;
    }
  }
  if (!owner || owner === home.entry.canonical) return undefined;
  return k;
}
