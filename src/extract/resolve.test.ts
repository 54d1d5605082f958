import { describe, expect, it } from 'vitest';
import { article, graphOf } from './__fixtures__/articles.js';

describe('resolution', () => {
  it('names an organization by the full name it is introduced with and merges its acronym', () => {
    const graph = graphOf(
      article(
        'a',
        'Komisi Nasional Perlindungan Satwa (KNPS) menerima laporan dari warga Bogor.\n\n' +
          'Ketua KNPS Hendra Wirawan mengatakan laporan itu akan diperiksa.',
      ),
      article('b', 'Laporan tahunan KNPS dirilis pada Senin di Jakarta.'),
    );
    const orgs = graph.filterNodes((_, a) => a.type === 'organization');
    expect(orgs).toEqual(['organization:komisi-nasional-perlindungan-satwa']);
    const attributes = graph.getNodeAttributes(orgs[0]!);
    expect(attributes.label).toBe('Komisi Nasional Perlindungan Satwa');
    expect(attributes.aliases).toEqual(expect.arrayContaining(['KNPS', 'Komisi Nasional Perlindungan Satwa (KNPS)']));
    expect(attributes.articles).toEqual(['a', 'b']);
  });

  it('resolves a hyphenated surname to the full name it ends', () => {
    const graph = graphOf(
      article(
        'a',
        'The UK defence secretary, John Healey, met his Polish counterpart, Władysław Kosiniak-Kamysz, in Warsaw on Thursday.\n\n' +
          'Healey and Kosiniak-Kamysz last met in The Hague in June on the sidelines of the NATO summit.',
      ),
    );
    const people = graph.filterNodes((_, a) => a.type === 'person').map((n) => graph.getNodeAttribute(n, 'label'));
    expect(people.sort()).toEqual(['John Healey', 'Władysław Kosiniak-Kamysz']);
  });

  it('resolves a surname to the full name in the same article, and keeps namesakes apart', () => {
    const graph = graphOf(
      article('a', 'Menteri Keuangan Sri Mulyani Indrawati tiba di Tokyo. Indrawati mengatakan pertemuan berjalan baik.'),
      article('b', 'Presiden Joko Widodo bertemu Iriana Widodo di Solo. Widodo lalu kembali ke Jakarta.'),
    );
    const people = graph.filterNodes((_, a) => a.type === 'person').map((n) => graph.getNodeAttribute(n, 'label'));
    expect(people.sort()).toEqual(['Iriana Widodo', 'Joko Widodo', 'Sri Mulyani Indrawati']);
    expect(graph.getNodeAttribute('person:sri-mulyani-indrawati', 'aliases')).toContain('Indrawati');
  });
});

describe('short names in brackets', () => {
  it('names a body by the full name before a mixed-case short name, but keeps legal forms', () => {
    const graph = graphOf(
      article('a', 'Yayasan Lembaga Konsumen Nusantara (Yalkon) menggugat PT Sinar Terang (Persero) ke pengadilan.'),
    );
    const labels = graph.filterNodes((_, a) => a.type === 'organization').map((n) => graph.getNodeAttribute(n, 'label'));
    expect(labels.sort()).toEqual(['PT Sinar Terang (Persero)', 'Yayasan Lembaga Konsumen Nusantara']);
  });
});
