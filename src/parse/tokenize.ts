/**
 * Splits a raw sentence into the words UD annotates, closely enough for the tagger and the parser:
 * punctuation apart; English clitics (`do n't`, `John 's`, `can not`); Indonesian clitics
 * (`membeli nya`) split where the treebanks split them. Hand-written: UD's rules are a handful of
 * regular patterns, and no library tokenises both languages the UD way.
 */
import abbreviations from './data/abbreviations.json' with { type: 'json' };

/** Indonesian clitics, as the treebanks split them (built by the tagger's training). */
export interface CliticTable {
  /** Lower-cased surface word → the lengths of its parts, for words the treebanks split. */
  split: Record<string, number[]>;
  /** Words ending in -nya that the treebanks keep whole (`hanya`, `sebelumnya`). */
  whole: string[];
}

const TOKEN = /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:[-'’_][\p{L}\p{M}\p{N}]+)*|\S/gu;
const ENGLISH_CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
const ENGLISH_SPLIT: Record<string, number[]> = { cannot: [3, 3], gonna: [3, 2], wanna: [3, 2], gotta: [3, 2] };

/** The words of `text`; `clitics` is needed for Indonesian. */
export function tokenize(text: string, lang: 'en' | 'id', clitics?: CliticTable): string[] {
  const abbrev = new Set(abbreviations[lang]);
  const raw = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], end: m.index + m[0].length }));
  const words: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    const next = raw[i + 1];
    if (next?.text === '.' && next.end === token.end + 1 && isAbbreviation(token.text, abbrev)) {
      words.push(`${token.text}.`);
      i++;
    } else {
      words.push(...(lang === 'en' ? englishWord(token.text) : indonesianWord(token.text, clitics)));
    }
  }
  return words;
}

function isAbbreviation(word: string, abbrev: ReadonlySet<string>): boolean {
  return abbrev.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

function englishWord(word: string): string[] {
  const lengths = ENGLISH_SPLIT[word.toLowerCase()];
  if (lengths) return pieces(word, lengths);
  const clitic = ENGLISH_CLITIC.exec(word);
  return clitic ? [clitic[1]!, clitic[2]!] : [word];
}

function indonesianWord(word: string, clitics: CliticTable | undefined): string[] {
  const lower = word.toLowerCase();
  const lengths = clitics?.split[lower];
  if (lengths) return pieces(word, lengths);
  if (lower.length >= 6 && lower.endsWith('nya') && /^\p{L}+$/u.test(lower) && !clitics?.whole.includes(lower)) {
    return [word.slice(0, -3), word.slice(-3)];
  }
  return [word];
}

function pieces(word: string, lengths: readonly number[]): string[] {
  let at = 0;
  return lengths.map((n) => word.slice(at, (at += n)));
}
