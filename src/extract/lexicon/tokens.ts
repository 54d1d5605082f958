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
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    let word = m[0];
    const isWord = word.length > 1 || WORD_START.test(word);
    if (isWord && text.charCodeAt(start + word.length) === 46 /* . */ && keepsDot(word)) {
      // The full stop belongs to the abbreviation or initial ("Dr.", "G."), not to a token of its own.
      word += '.';
      TOKEN.lastIndex = start + word.length;
    }
    if (isWord && word.length > 2 && (word.includes("'") || word.includes('’')) && POSSESSIVE.test(word)) {
      out.push(makeToken(word.slice(0, -2), start, true));
      out.push(makeToken(word.slice(-2), start + word.length - 2, true));
      continue;
    }
    out.push(makeToken(word, start, isWord));
  }
  return out;
}

/** A one-character match is a word when it is a letter or a digit (longer matches always start with one). */
const WORD_START = /^[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

function keepsDot(word: string): boolean {
  return (word.length === 1 && UPPER_START.test(word)) || KEEPS_DOT.has(word.toLowerCase());
}

/**
 * Tokens for words a corpus has already split, laid out as if joined by single spaces: the
 * NER corpora come tokenised, and their words are read as running text's tokens are.
 */
export function tokensOfWords(words: readonly string[]): Token[] {
  let offset = 0;
  return words.map((w) => {
    const t = makeToken(w, offset, w.length > 1 || WORD_START.test(w));
    offset += w.length + 1;
    return t;
  });
}

function makeToken(text: string, start: number, isWord: boolean): Token {
  const lower = text.toLowerCase();
  const c = text.charCodeAt(0);
  // ASCII fast paths; anything else asks the Unicode classes.
  const cap = c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text);
  let upper = false;
  // A lower-case ASCII letter second ("Jakarta") rules out all capitals without upper-casing the word.
  const c1 = text.charCodeAt(1);
  if (text !== lower && !(c1 >= 97 && c1 <= 122) && text === text.toUpperCase()) {
    let letters = 0;
    for (const ch of text) if (ch.toLowerCase() !== ch) letters++;
    upper = letters >= 2;
  }
  return { text, lower, start, end: start + text.length, isWord, cap, upper };
}
