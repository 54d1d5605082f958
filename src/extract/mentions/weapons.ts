// Weapons: hyphen-number designations ("F-16", "Hwasong-11"), lexicon
// weapons that need a weapon word near them, and unknown names right before
// or after a weapon class.
import { lookup } from '../lexicon/index.js';
import { CIVILIAN_CRAFT_WORDS, MILITARY_CUES, VEHICLE_HEADS, WEAPON_CLASS_AFTER_EN, WEAPON_HEADS, WEAPON_QUALIFIERS_EN } from '../lexicon/weapons.js';
import { tokenize } from '../lexicon/tokens.js';
import { CALENDAR, STOP_EN, BARE_DEMONYMS_EN, COMPANY_BEFORE_EN, COMPANY_BEFORE_ID, ORG_TAILS_EN } from '../lexicon/words.js';
import { type Ctx, fromEntry, span } from './context.js';
import { isEnglishWord } from './english.js';
import { sentenceInitial } from './token-kinds.js';

/** Designations with a hyphen and a number ("Hwasong-11", "KN-23", "F-16", "S-400"). */
const WEAPON_DESIGNATION = /^\p{Lu}[\p{L}]{0,9}-\d{1,4}[\p{L}]{0,3}$/u;
/** Hyphen-number forms that are diseases, laws or groupings, not weapons. */
const NOT_WEAPONS = new Set(['covid', 'sars', 'mers', 'g', 'pasal', 'uu', 'ke', 'pp', 'perpres']);

export function afterWeaponNoun(ctx: Ctx, i: number): boolean {
  const prev = ctx.toks[i - 1];
  const last = ctx.out[ctx.out.length - 1];
  return (prev !== undefined && WEAPON_HEADS.has(prev.lower)) || (last?.type === 'weapon' && last.end === prev?.end);
}

/** "rudal balistik antarbenua Hwasong": a capitalised name right after a weapon class is the system. */
export function namedAfterWeapon(ctx: Ctx, j: number): number | undefined {
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
export function designation(ctx: Ctx, i: number): number | undefined {
  const t = ctx.toks[i]!;
  if (!WEAPON_DESIGNATION.test(t.text)) return undefined;
  if (NOT_WEAPONS.has(t.lower.split('-')[0]!)) return undefined;
  ctx.out.push({ ...span(ctx, i, i + 1, 'weapon'), canonical: t.text });
  return i + 1;
}

/**
 * Whether an English weapon class ("fighter jets", "tanks", "air defence
 * systems") starts at token j, in lower case, maybe after one or two
 * qualifiers ("cruise missiles", "long-range ballistic missiles").
 */
export function beforeWeaponClass(ctx: Ctx, j: number): boolean {
  const { toks } = ctx;
  if (classAt(ctx, j)) return true;
  for (let q = j; q < j + 2 && toks[q]?.isWord && !toks[q]!.cap && WEAPON_QUALIFIERS_EN.has(toks[q]!.lower); q++) {
    if (classAt(ctx, q + 1)) return true;
  }
  return false;
}

function classAt(ctx: Ctx, j: number): boolean {
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
export function namedBeforeWeapon(ctx: Ctx, i: number): number | undefined {
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

/** Tokens that close a sentence, for the extent of a military context. */
const SENTENCE_STOPS = new Set(['.', '!', '?', ';']);

/**
 * Whether a dual-use craft at [i, end) ("helicopters", "helikopter") stands
 * in a sentence about war: a military cue word, or a weapon, in the same
 * sentence, and no civilian word right before it ("rescue helicopter").
 */
export function militaryContext(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  const prev = toks[i - 1];
  if (prev?.isWord && CIVILIAN_CRAFT_WORDS.has(prev.lower)) return false;
  const next = toks[end];
  if (next?.isWord && CIVILIAN_CRAFT_WORDS.has(next.lower)) return false;
  // "Airbus helicopters": a company right before the craft makes it the company's product.
  const last = ctx.out[ctx.out.length - 1];
  if (prev && last?.type === 'organization' && last.end === prev.end) return false;
  const sentenceEdge = (k: number): boolean => SENTENCE_STOPS.has(toks[k]!.text) || (k > 0 && ctx.text.slice(toks[k - 1]!.end, toks[k]!.start).includes('\n'));
  let from = i;
  while (from > 0 && !SENTENCE_STOPS.has(toks[from - 1]!.text) && !sentenceEdge(from)) from--;
  let to = end;
  while (to < toks.length && !sentenceEdge(to)) to++;
  for (let k = from; k < to; k++) {
    if (k >= i && k < end) continue;
    const t = toks[k]!;
    if (t.isWord && MILITARY_CUES.has(t.lower)) return true;
    if (t.isWord && k > end && WEAPON_DESIGNATION.test(t.text) && !NOT_WEAPONS.has(t.lower.split('-')[0]!)) return true;
    const w = t.isWord ? lookup(toks, k, ctx.lang, (kind) => kind === 'weapon') : undefined;
    if (w && !w.entry.needsContext && !w.entry.needsMilitary) return true;
  }
  return false;
}

/** VEHICLE_HEADS by first lower-cased word, each as its tokens, longest first. */
const VEHICLES = new Map<string, Array<{ words: string[]; exact: boolean; generic: boolean; warship: boolean }>>();
for (const h of VEHICLE_HEADS) {
  const words = tokenize(h.form).map((t) => t.text);
  const key = words[0]!.toLowerCase();
  const list = VEHICLES.get(key) ?? [];
  list.push({ words, exact: h.form !== h.form.toLowerCase(), generic: h.generic ?? false, warship: h.warship ?? false });
  list.sort((a, b) => b.words.length - a.words.length);
  VEHICLES.set(key, list);
}

/**
 * "Kereta Api Argo Bromo", "KA Turangga", "KM Sinar Bangun", "Commuter Line
 * Bandung Raya", "KRI Nanggala": a transport head and the capitalised name
 * after it are a train, a service, a ship or a plane, never a person. A
 * navy's prefix makes a warship (a weapon); any other vehicle is no mention.
 * After a common noun ("pesawat", "kapal", "bus") a known body, country,
 * place or weapon stays what it is ("pesawat Garuda Indonesia", "kapal
 * Rusia", "pesawat Rafale"), and so does a known body that opens on the head
 * ("Kereta Api Indonesia"). Returns the token after the name.
 */
export function namedVehicle(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  const list = VEHICLES.get(t.lower);
  if (!list) return undefined;
  const head = list.find((h) => h.words.every((w, n) => {
    const x = toks[i + n];
    return x?.isWord === true && (h.exact ? x.text === w : x.lower === w.toLowerCase());
  }));
  if (!head) return undefined;
  const j = i + head.words.length;
  // A known body that opens on the head is that body: "Kereta Api Indonesia", "KA Commuter Indonesia".
  const own = lookup(toks, i, ctx.lang, (kind) => kind === 'organization');
  if (own && own.end > j) return undefined;
  let k = j;
  while (k < toks.length && k - j < 5) {
    const n = toks[k]!;
    if (!n.isWord || CALENDAR.has(n.lower) || ctx.words.stop.has(n.lower)) break;
    // "KA 7 Turangga", "Argo Bromo Anggrek": numbers and capitalised words name the vehicle.
    if (!n.cap && !(k > j && /^\d{1,4}[A-Z]?$/.test(n.text))) break;
    if (k === j && head.generic) {
      // "kapal KRI Bima Suci", "the vessel BRP Cabra": a navy's prefix after the common noun opens the warship's name.
      if (VEHICLES.get(n.lower)?.some((h) => h.warship && h.words.length === 1 && h.words[0] === n.text)) return j;
      if (lookup(toks, k, ctx.lang, () => true) || WEAPON_DESIGNATION.test(n.text) || n.upper) return undefined;
    }
    // Another head inside the name ("KRL Commuter Line") is part of the service's name.
    k++;
  }
  if (k === j) return undefined;
  // "produsen pesawat Dassault Aviation": after a maker's noun, or closed by a company's tail, the name is the maker's.
  const maker = toks[i - 1]?.isWord === true && (COMPANY_BEFORE_ID.has(toks[i - 1]!.lower) || COMPANY_BEFORE_EN.has(toks[i - 1]!.lower));
  if (head.generic && (maker || ORG_TAILS_EN.has(toks[k - 1]!.lower))) return undefined;
  if (head.warship) {
    ctx.out.push({ ...span(ctx, i, k, 'weapon'), canonical: ctx.text.slice(toks[i]!.start, toks[k - 1]!.end) });
  }
  return k;
}
