// Matching person names written differently across articles and languages.
// Transliteration varies (Sergei/Sergey, Choe/Cho, Kim Jong-un/Kim Jong Un) but
// different people often differ in one short token (Kim Jong Un ≠ Kim Jong Il),
// so tokens may differ by one edit only when both are long enough to make that safe.

import { slugify } from './slug.js';

/** Case-, accent- and hyphen-insensitive tokens of a name. */
export function nameTokens(name: string): string[] {
  return slugify(name).split('-').filter(Boolean);
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const FUZZY_MIN_LENGTH = 4;

function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.max(a.length, b.length) < FUZZY_MIN_LENGTH) return false;
  return withinOneEdit(a, b);
}

/**
 * Two full names denote the same person: same number of tokens, each token equal or
 * one transliteration edit apart, with at most one token differing.
 */
export function sameName(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length !== tb.length || ta.length === 0) return false;
  // Family name first or last ("Gen Nakatani", "Nakatani Gen"): the same words in another order.
  if (ta.length > 1 && [...ta].sort().join(' ') === [...tb].sort().join(' ')) return true;
  let differing = 0;
  for (let k = 0; k < ta.length; k++) {
    const x = ta[k]!;
    const y = tb[k]!;
    if (x === y) continue;
    if (!tokensMatch(x, y) || ++differing > 1) return false;
  }
  return true;
}

/**
 * A short form (Lavrov, Putin, Choe) refers to a full name when all its tokens appear
 * in the full name, in order.
 */
export function isShortFormOf(short: string, full: string): boolean {
  return isShortFormOfTokens(nameTokens(short), nameTokens(full));
}

/** isShortFormOf on names already split by nameTokens (for callers that compare many). */
export function isShortFormOfTokens(ts: readonly string[], tf: readonly string[]): boolean {
  if (ts.length === 1 && tf.length > 1 && (isBlendOf(ts[0]!, tf) || isInitialsOf(ts[0]!, tf))) return true;
  if (ts.length === 0 || ts.length >= tf.length) return false;
  let k = 0;
  for (const t of tf) if (k < ts.length && tokensMatch(ts[k]!, t)) k++;
  return k === ts.length;
}

/**
 * A nickname blended from the starts of two of the name's words, in order: "Jokowi" (Joko
 * Widodo), "Gus Dur"-style forms aside. At least three letters of the first and two of the
 * second, so a plain first name is not read as a blend.
 */
function isBlendOf(short: string, tf: readonly string[]): boolean {
  if (short.length < 5) return false;
  for (let i = 0; i < tf.length; i++) {
    for (let a = 3; a <= Math.min(tf[i]!.length, short.length - 2); a++) {
      if (short.slice(0, a) !== tf[i]!.slice(0, a)) break;
      const rest = short.slice(a);
      if (tf.slice(i + 1).some((w) => w.length >= rest.length && w.startsWith(rest))) return true;
    }
  }
  return false;
}

/** The initials of a name of three or more words: "SBY" (Susilo Bambang Yudhoyono). */
function isInitialsOf(short: string, tf: readonly string[]): boolean {
  return tf.length >= 3 && short === tf.map((w) => w[0]).join('');
}
