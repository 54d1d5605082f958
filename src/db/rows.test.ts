import { describe, expect, it } from 'vitest';
import { articleTextRow, edgeDaysRows, sentenceRows, type EvidenceRow } from './rows.js';

const evidence = (edge: string, start: string | null, end = start): EvidenceRow => ({
  edge, ord: 0, article: 'a1', date: start ?? '', start_day: start, end_day: end, ref: '{}',
});

describe('edgeDaysRows', () => {
  it('counts an edge\'s evidence per span of days, leaves undated evidence out, and orders rows by days', () => {
    const rows = edgeDaysRows([
      evidence('b', '2024-03-02'),
      evidence('a', '2024-03-02'),
      evidence('b', '2024-03-02'),
      evidence('a', '2024-01-01', '2024-01-31'),
      evidence('c', null),
    ]);
    expect(rows).toEqual([
      { edge: 'a', days: '[2024-01-01,2024-01-31]', n: 1 },
      { edge: 'a', days: '[2024-03-02,2024-03-02]', n: 1 },
      { edge: 'b', days: '[2024-03-02,2024-03-02]', n: 2 },
    ]);
  });
});

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
