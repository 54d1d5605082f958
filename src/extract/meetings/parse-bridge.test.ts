import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.js';
import { mentionOfWord, wordOffsets } from './parse-bridge.js';

describe('from parse words back to the sentence', () => {
  it('places words in order, clitics inside their word, and a word the text lacks where the search stands', () => {
    const text = 'Putin menerimanya di “Kremlin”.';
    const words = ['Putin', 'menerima', 'nya', 'di', '"', 'Kremlin', '"', '.'];
    expect(wordOffsets(text, words).map(({ start, end }) => text.slice(start, end))).toEqual(['Putin', 'menerima', 'nya', 'di', '', 'Kremlin', '', '.']);
  });

  it('a title heading a name in apposition names the mention of the name', () => {
    const text = 'Prabowo bertemu dengan Presiden Putin.';
    const words = ['Prabowo', 'bertemu', 'dengan', 'Presiden', 'Putin', '.'];
    const parse = { tags: ['PROPN', 'VERB', 'ADP', 'NOUN', 'PROPN', 'PUNCT'], heads: [1, -1, 3, 1, 3, 1], labels: ['nsubj', 'root', 'case', 'obl', 'appos', 'punct'] };
    const mentions = [
      { start: 0, end: 7, type: 'person', text: 'Prabowo' },
      { start: 32, end: 37, type: 'person', text: 'Putin' },
    ] as Mention[];
    const offsets = wordOffsets(text, words);
    expect(mentionOfWord(mentions, offsets, parse, 0)).toBe(0);
    expect(mentionOfWord(mentions, offsets, parse, 3)).toBe(1);
    expect(mentionOfWord(mentions, offsets, parse, 2)).toBeUndefined();
  });
});
