// Who "he", "dia", "beliau", "the two leaders", "kedua pemimpin", "the prime minister" and "Menhan"
// stand for in a meeting: the subject told before (subject preference, recency), or the person
// last told with that title.

import { describe, expect, it } from 'vitest';
import type { Lang } from '../../graph/types.js';
import { buildGraph } from '../build.js';
import { extractArticle } from '../pipeline.js';

const peopleOf = (text: string, lang: Lang, published = '2025-06-20') => {
  const graph = buildGraph([extractArticle({ id: 'r', title: '', published, source: 'test', lang, file: 'r.txt', text })]);
  return graph
    .filterNodes((_, a) => a.type === 'meeting')
    .map((key) =>
      graph
        .inEdges(key)
        .filter((e) => graph.getEdgeAttribute(e, 'type') === 'attends')
        .map((e) => graph.getNodeAttribute(graph.source(e), 'label'))
        .sort(),
    );
};

describe('reference in meetings', () => {
  it('"he": the subject of the sentence before, not the person it names last', () => {
    const text = 'Chilean President Gabriel Boric arrived in Canberra on Monday, greeted by Governor-General Sam Mostyn. He met Prime Minister Anthony Albanese on Tuesday.';
    expect(peopleOf(text, 'en')).toContainEqual(['Anthony Albanese', 'Gabriel Boric']);
  });

  it('"dia": the subject told before', () => {
    const text = 'Menteri Luar Negeri Sugiono tiba di Tokyo pada Senin (16/6/2025). Dia kemudian bertemu Menteri Luar Negeri Jepang Takeshi Iwaya.';
    expect(peopleOf(text, 'id')).toContainEqual(['Sugiono', 'Takeshi Iwaya']);
  });

  it('"beliau": the subject told before', () => {
    const text = 'Wakil Presiden Gibran Rakabuming Raka tiba di Kuala Lumpur pada Rabu (18/6/2025). Beliau bertemu Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya.';
    expect(peopleOf(text, 'id')).toContainEqual(['Anwar Ibrahim', 'Gibran Rakabuming Raka']);
  });

  it('"the two leaders": the pair of the meeting told before', () => {
    const text = 'Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. The two leaders met again in Nairobi on Friday.';
    const found = peopleOf(text, 'en');
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const people of found) expect(people).toEqual(['Samia Suluhu Hassan', 'William Ruto']);
  });

  it('"kedua pemimpin": the pair of the meeting told before', () => {
    const text = 'Presiden Prabowo Subianto bertemu Presiden Brasil Luiz Inacio Lula da Silva di Brasilia pada Senin (16/6/2025). Kedua pemimpin kembali bertemu di Rio de Janeiro pada Kamis (19/6/2025).';
    const found = peopleOf(text, 'id');
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const people of found) expect(people).toEqual(['Luiz Inacio Lula da Silva', 'Prabowo Subianto']);
  });

  it('"the prime minister": the person last told with that title', () => {
    const text = 'Dutch Prime Minister Dick Schoof landed in Ottawa on Sunday with Foreign Minister Caspar Veldkamp. The prime minister held talks with Mark Carney on Monday.';
    expect(peopleOf(text, 'en')).toContainEqual(['Dick Schoof', 'Mark Carney']);
  });

  it('"Menhan": a bare Indonesian title is the person last told with it', () => {
    const text = 'Menteri Pertahanan Sjafrie Sjamsoeddin tiba di Ankara bersama Wakil Menteri Donny Ermawan pada Selasa (10/6/2025). Menhan kemudian bertemu Menteri Pertahanan Turki Yasar Guler.';
    expect(peopleOf(text, 'id')).toContainEqual(['Sjafrie Sjamsoeddin', 'Yasar Guler']);
  });
});
