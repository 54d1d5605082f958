/** How the tagger and the parser see a word: lower-cased, with numbers folded into a few classes. */
export function normalized(word: string): string {
  if (/^\d{4}$/.test(word)) return '!YEAR';
  if (/^\d/.test(word)) return '!DIGITS';
  return word.toLowerCase();
}

/** The word's shape, with runs collapsed: `Jakarta` → `Xx`, `G20` → `Xd`, `e-mail` → `x-x`. */
export function shape(word: string): string {
  return word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/[\p{Ll}\p{Lo}]/gu, 'x')
    .replace(/\d/g, 'd')
    .replace(/(.)\1+/g, '$1')
    .slice(0, 6);
}
