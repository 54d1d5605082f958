import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits English punctuation and clitics the way EWT does', () => {
    expect(tokenize("Trump didn't meet Kim's envoy, and they can't.", 'en')).toEqual([
      'Trump', 'did', "n't", 'meet', 'Kim', "'s", 'envoy', ',', 'and', 'they', 'ca', "n't", '.',
    ]);
    expect(tokenize("We're sure he'll go; I cannot.", 'en')).toEqual(["We", "'re", 'sure', 'he', "'ll", 'go', ';', 'I', 'can', 'not', '.']);
  });

  it('keeps numbers, abbreviations, initials and hyphenated words whole', () => {
    expect(tokenize('Mr. Lee of the U.S. paid $1,250.50 for a long-range test on 12/3.', 'en')).toEqual([
      'Mr.', 'Lee', 'of', 'the', 'U.S.', 'paid', '$', '1,250.50', 'for', 'a', 'long-range', 'test', 'on', '12/3', '.',
    ]);
  });

  it('splits Indonesian -nya, except in words the treebanks keep whole, and other clitics only where they split them', () => {
    const clitics = { split: { bukankah: [5, 3] }, whole: ['hanya', 'sebelumnya'] };
    expect(tokenize('Presiden menerima tamunya, bukankah hanya sebelumnya?', 'id', clitics)).toEqual([
      'Presiden', 'menerima', 'tamu', 'nya', ',', 'bukan', 'kah', 'hanya', 'sebelumnya', '?',
    ]);
    expect(tokenize('Sekolah itu masalahnya.', 'id', clitics)).toEqual(['Sekolah', 'itu', 'masalah', 'nya', '.']);
  });
});
