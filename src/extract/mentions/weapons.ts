// Weapons: hyphen-number designations ("F-16", "Hwasong-11"), lexicon
// weapons that need a weapon word near them, and unknown names right before
// or after a weapon class.
import { lookup } from '../lexicon/index.js';
import { WEAPON_CLASS_AFTER_EN, WEAPON_HEADS, WEAPON_QUALIFIERS_EN } from '../lexicon/weapons.js';
import { CALENDAR, STOP_EN, BARE_DEMONYMS_EN } from '../lexicon/words.js';
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
