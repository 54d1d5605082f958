import { describe, expect, it } from 'vitest';
import { loadParser, type Parse, tokenize } from './index.js';

/** The word `word` hangs from, or 'ROOT'. */
function headOf(words: string[], parse: Parse, word: string): string {
  const h = parse.heads[words.indexOf(word)]!;
  return h === -1 ? 'ROOT' : words[h]!;
}

function labelOf(words: string[], parse: Parse, word: string): string {
  return parse.labels[words.indexOf(word)]!;
}

describe('loadParser (committed models)', () => {
  it('parses an English sentence into one tree with UD relations', () => {
    const parser = loadParser('en');
    const words = tokenize('Putin met Kim in Pyongyang on Tuesday.', 'en');
    const parse = parser.parse(words);
    expect(parse.tags).toEqual(['PROPN', 'VERB', 'PROPN', 'ADP', 'PROPN', 'ADP', 'PROPN', 'PUNCT']);
    expect(headOf(words, parse, 'met')).toBe('ROOT');
    expect(labelOf(words, parse, 'met')).toBe('root');
    expect([headOf(words, parse, 'Putin'), labelOf(words, parse, 'Putin')]).toEqual(['met', 'nsubj']);
    expect([headOf(words, parse, 'Kim'), labelOf(words, parse, 'Kim')]).toEqual(['met', 'obj']);
    expect([headOf(words, parse, 'Pyongyang'), labelOf(words, parse, 'Pyongyang')]).toEqual(['met', 'obl']);
    expect(headOf(words, parse, 'in')).toBe('Pyongyang');
  });

  it('parses an Indonesian sentence, clitics split', () => {
    const parser = loadParser('id');
    const words = parser.tokenize('Prabowo bertemu Putin di Moskow, lalu menerima tamunya.');
    expect(words).toEqual(['Prabowo', 'bertemu', 'Putin', 'di', 'Moskow', ',', 'lalu', 'menerima', 'tamu', 'nya', '.']);
    const parse = parser.parse(words);
    expect(headOf(words, parse, 'bertemu')).toBe('ROOT');
    expect([headOf(words, parse, 'Prabowo'), labelOf(words, parse, 'Prabowo')]).toEqual(['bertemu', 'nsubj']);
    expect([headOf(words, parse, 'Putin'), labelOf(words, parse, 'Putin')]).toEqual(['bertemu', 'obj']);
    expect(headOf(words, parse, 'Moskow')).toBe('bertemu');
  });

  it('always gives one root and heads inside the sentence', () => {
    const parser = loadParser('en');
    for (const text of ['Hello!', 'Talks. Talks. More talks, no deal', 'the the the the', '']) {
      const words = tokenize(text, 'en');
      const { tags, heads, labels } = parser.parse(words);
      expect([tags.length, heads.length, labels.length]).toEqual([words.length, words.length, words.length]);
      expect(heads.filter((h) => h === -1)).toHaveLength(words.length > 0 ? 1 : 0);
      expect(heads.every((h, i) => h >= -1 && h < words.length && h !== i)).toBe(true);
      for (let i = 0; i < words.length; i++) {
        let [at, steps] = [i, 0];
        while (at !== -1 && steps++ <= words.length) at = heads[at]!;
        expect(at).toBe(-1); // every word reaches the root: no cycles
      }
    }
  });

  it('reads each model once and refuses languages it has no model for', async () => {
    expect(loadParser('id')).toBe(loadParser('id'));
    await expect(loadParser('en').ready()).resolves.toBeUndefined();
    expect(() => loadParser('fr' as 'en')).toThrow(/no parser for language "fr"/);
  });
});
