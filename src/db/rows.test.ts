import { describe, expect, it } from 'vitest';
import { articleTextRow, sentenceRows } from './rows.js';

describe('sentenceRows', () => {
  it('gives each sentence of an article its own row, numbered as the evidence cites it', () => {
    const text = 'Ana met Budi. They spoke.';
    const row = articleTextRow(0, { id: 'x' }, { id: 'x', text, sentences: [[0, 13], [14, 25]], removed: [], mentions: [] });
    expect(sentenceRows(row)).toEqual([
      { article: 'x', idx: 0, text: 'Ana met Budi.' },
      { article: 'x', idx: 1, text: 'They spoke.' },
    ]);
  });
});
