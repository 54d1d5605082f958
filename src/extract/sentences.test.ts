import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../graph/types.js';
import { splitSentences } from './sentences.js';

const texts = (text: string, lang: Lang = 'id') => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('splits a paragraph of a real article into its sentences', () => {
    const paragraph =
      'Menteri Luar Negeri Korea Utara (Korut) Choe Son-hui tiba di Rusia untuk bertemu dengan mitranya, Sergei Lavrov. ' +
      'Pertemuan ini dilakukan usai Korea Utara meluncurkan uji coba rudal hipersonik terbaru yang ditakuti Amerika Serikat (AS).';
    expect(texts(paragraph)).toEqual([
      'Menteri Luar Negeri Korea Utara (Korut) Choe Son-hui tiba di Rusia untuk bertemu dengan mitranya, Sergei Lavrov.',
      'Pertemuan ini dilakukan usai Korea Utara meluncurkan uji coba rudal hipersonik terbaru yang ditakuti Amerika Serikat (AS).',
    ]);
  });

  it('ends a sentence at every line break, even without punctuation', () => {
    expect(texts('Rencana Kunjungan Putin\n\nTerkait rencana kunjungan Putin, juru bicara Kremlin Dmitry Peskov angkat bicara.')).toEqual([
      'Rencana Kunjungan Putin',
      'Terkait rencana kunjungan Putin, juru bicara Kremlin Dmitry Peskov angkat bicara.',
    ]);
  });

  it('does not split after titles and address abbreviations', () => {
    expect(texts('Prof. Dr. H. Budi Santoso tinggal di Jl. Sudirman No. 5, Jakarta. Ia hadir pada Selasa.')).toEqual([
      'Prof. Dr. H. Budi Santoso tinggal di Jl. Sudirman No. 5, Jakarta.',
      'Ia hadir pada Selasa.',
    ]);
    expect(texts('Mr. Blinken met Sen. Chuck Schumer on Jan. 16 in Washington. The U.S. Army declined to comment.', 'en')).toEqual([
      'Mr. Blinken met Sen. Chuck Schumer on Jan. 16 in Washington.',
      'The U.S. Army declined to comment.',
    ]);
  });

  it('keeps a quotation and its attribution together', () => {
    expect(texts('“Bunuh saja saya!” kata perempuan itu. Ia dibebaskan pekan lalu.')).toEqual([
      '“Bunuh saja saya!” kata perempuan itu.',
      'Ia dibebaskan pekan lalu.',
    ]);
    expect(texts('"We are ready. We will act," Kirby said. Moscow denied it.', 'en')).toEqual([
      '"We are ready. We will act," Kirby said.',
      'Moscow denied it.',
    ]);
  });

  it('does not let an unclosed quote swallow the rest of the paragraph', () => {
    expect(texts('“Kami siap. Kami akan datang. Ini lanjutan kutipan di paragraf berikutnya.')).toHaveLength(3);
  });

  it('gives offsets with text.slice(start, end) === sentence, trimmed', () => {
    const text = '  Putin tiba di Moskow.   Lavrov menyambutnya.  \r\n\n  “Kami siap,” kata Choe. ';
    const sentences = splitSentences(text, 'id');
    expect(sentences.map((s) => s.text)).toEqual(['Putin tiba di Moskow.', 'Lavrov menyambutnya.', '“Kami siap,” kata Choe.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps offsets exact over every seed article', () => {
    const dir = new URL('../../seeds/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const sentences = splitSentences(text, 'id');
      expect(sentences.length).toBeGreaterThan(10);
      for (const s of sentences) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
        expect(s.text).not.toContain('\n');
      }
    }
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n ', 'en')).toEqual([]);
  });
});
