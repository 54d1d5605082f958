import { describe, expect, it } from 'vitest';
import { article, graphOf } from './__fixtures__/articles.js';

describe('typed edges', () => {
  it('labels roles with the full title, whether abbreviated or not', () => {
    const graph = graphOf(
      article('a', 'Menlu Argentina Diana Mondino tiba di Jakarta pada Senin.'),
      article('b', 'Menteri Luar Negeri Argentina Diana Mondino bertemu mitranya di Jakarta.'),
    );
    expect(graph.getNodeAttribute('person:diana-mondino', 'role')).toEqual(['Menteri Luar Negeri']);
    const roles = graph.filterEdges((_, a) => a.type === 'role');
    expect(roles).toEqual(['role:person:diana-mondino->country:argentina']);
    expect(graph.getEdgeAttributes(roles[0]!)).toMatchObject({ label: 'Menteri Luar Negeri', weight: 2 });
  });

  it('takes a demonym in an English title as the country', () => {
    const graph = graphOf(article('a', 'Qatari Prime Minister Mohammed Al Thani met mediators in Doha on Monday.', 'en'));
    expect(graph.hasEdge('role:person:mohammed-al-thani->country:qatar')).toBe(true);
    expect(graph.getNodeAttribute('country:qatar', 'aliases')).toEqual(['Qatari']);
  });

  it('places gazetteer cities in countries the corpus mentions, and only those', () => {
    const graph = graphOf(article('a', 'Delegasi Jepang tiba di Osaka dan kemudian terbang ke Brussel.'));
    expect(graph.hasEdge('located_in:place:osaka->country:japan')).toBe(true);
    expect(graph.hasNode('country:belgium')).toBe(false);
    expect(graph.getNodeAttribute('place:brussels', 'country')).toBe('Belgium');
  });

  it('dates each co-mention by the date its sentence states', () => {
    const graph = graphOf(
      article('a', 'Presiden Prancis Emmanuel Macron mengunjungi Hanoi pada 12 Februari.\n\nEmmanuel Macron kembali ke Paris.'),
    );
    const edge = graph.findEdge((_, a, s, t) => a.type === 'co_mention' && s === 'person:emmanuel-macron' && t === 'place:hanoi');
    expect(edge).toBeDefined();
    expect(graph.getEdgeAttributes(edge!)).toMatchObject({ dates: ['2024-02-12'], start: '2024-02-12', end: '2024-02-12' });
    expect(graph.getNodeAttribute('person:emmanuel-macron', 'start')).toBe('2024-02-12');
    expect(graph.getNodeAttribute('person:emmanuel-macron', 'end')).toBe('2024-03-05');
  });
});
