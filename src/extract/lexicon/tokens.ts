// The one tokeniser both the lexicon index and the mention rules use, so a
// lexicon phrase and running text split the same way.

export interface Token {
  text: string;
  /** Lower-cased text, the lookup key. */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("KPK", "NATO", "U.S."). */
  upper: boolean;
}

// Dotted initialisms (U.S., D.C.) first, then words that may hold inner
// hyphens, apostrophes and dots (Son-hui, O'Neil, medcom.id, 1.000), then any
// other single non-space character.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Abbreviations that keep their full stop ("Dr.", "Jl.", "Gen."). */
const KEEPS_DOT = new Set([
  'dr', 'prof', 'ir', 'drs', 'hj', 'jl', 'st', 'mr', 'mrs', 'ms', 'gen', 'lt', 'col', 'sen', 'rep', 'maj',
  'adm', 'kh', 'sdr', 'jr', 'sr', 'no', 'kab', 'kec',
]);

const POSSESSIVE = /['’]s$/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    let word = m[0];
    const isWord = /[\p{L}\p{N}]/u.test(word[0] ?? '');
    if (isWord && text[start + word.length] === '.' && keepsDot(word)) word += '.';
    if (isWord && word.length > 2 && POSSESSIVE.test(word)) {
      out.push(makeToken(word.slice(0, -2), start, true));
      out.push(makeToken(word.slice(-2), start + word.length - 2, true));
      continue;
    }
    out.push(makeToken(word, start, isWord));
  }
  return out;
}

function keepsDot(word: string): boolean {
  return (word.length === 1 && /\p{Lu}/u.test(word)) || KEEPS_DOT.has(word.toLowerCase());
}

function makeToken(text: string, start: number, isWord: boolean): Token {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    isWord,
    cap: /^\p{Lu}/u.test(text),
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}
