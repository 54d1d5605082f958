// The cases a new user met on an 86-article corpus, each with sentences of the same shape
// (written here, in both languages): what must not merge, what is no meeting, and what a
// meeting node carries (status, mode, host, confidence).

import { describe, expect, it } from 'vitest';
import type { Lang } from '../../graph/types.js';
import { buildGraph } from '../build.js';
import { extractArticle } from '../pipeline.js';

const article = (id: string, text: string, published: string, lang: Lang, title = '') =>
  extractArticle({ id, title, published, source: 'test', lang, file: `${id}.txt`, text });

/** The sentence an evidence reference points at, read from the extracted articles. */
const textOf = (articles: ReturnType<typeof article>[], x: { article: string; sentence: number }) =>
  articles.find((a) => a.meta.id === x.article)!.sentences[x.sentence]!.text;

function meetings(...articles: ReturnType<typeof article>[]) {
  const graph = buildGraph(articles);
  return graph
    .filterNodes((_, a) => a.type === 'meeting')
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      const people = graph
        .inEdges(key)
        .filter((e) => graph.getEdgeAttribute(e, 'type') === 'attends')
        .map((e) => graph.getNodeAttribute(graph.source(e), 'label'))
        .sort();
      const sentences = [...new Set(graph.inEdges(key).flatMap((e) => graph.getEdgeAttribute(e, 'evidence').map((x) => textOf(articles, x))))];
      return { people, date: a.date, place: a.place, status: a.status, mode: a.mode, host: a.host, confidence: a.confidence, articles: a.articles, sentences };
    });
}

function visits(...articles: ReturnType<typeof article>[]) {
  const graph = buildGraph(articles);
  return graph.filterEdges((_, a) => a.type === 'visits').map((e) => ({ visitor: graph.getNodeAttribute(graph.source(e), 'label'), place: graph.getNodeAttribute(graph.target(e), 'label'), label: graph.getEdgeAttribute(e, 'label') }));
}

describe('a wish is not the meeting that happened', () => {
  it('en: "would like to meet him again" is hypothetical, apart from the summit held', () => {
    const found = meetings(article('w', 'Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on 13 May 2025. Xi said he would like to meet Lula again this year.', '2025-05-20', 'en'));
    expect(found.find((m) => m.status === 'happened')).toMatchObject({ people: ['Luiz Inacio Lula da Silva', 'Xi Jinping'], date: '2025-05-13' });
    expect(found.find((m) => m.status === 'hypothetical')).toMatchObject({ people: ['Luiz Inacio Lula da Silva', 'Xi Jinping'] });
  });

  it('id: "ingin bertemu" is hypothetical, apart from the meeting held', () => {
    const found = meetings(article('w2', 'Presiden Prabowo Subianto bertemu Perdana Menteri India Narendra Modi di New Delhi pada 25 Januari 2025. Prabowo mengaku ingin bertemu Modi lagi tahun ini.', '2025-02-01', 'id'));
    expect(found.map((m) => m.status).sort()).toEqual(['happened', 'hypothetical']);
  });
});

describe('talks in different places are different meetings', () => {
  it('en: two rounds in the same month, one in Muscat and one in Rome', () => {
    const a = article('m1', 'US envoy Steve Witkoff held talks with Iranian Foreign Minister Abbas Araghchi in Muscat in April 2025.', '2025-04-30', 'en');
    const b = article('m2', 'Steve Witkoff held talks with Abbas Araghchi in Rome in April 2025.', '2025-04-30', 'en');
    expect(meetings(a, b).map((m) => m.place).sort()).toEqual(['Muscat', 'Rome']);
  });

  it('id: Istanbul and Riyadh in one month are two meetings', () => {
    const a = article('m3', 'Menlu Rusia Sergei Lavrov bertemu Menlu AS Marco Rubio di Riyadh pada Februari 2025.', '2025-03-01', 'id');
    const b = article('m4', 'Sergei Lavrov bertemu Marco Rubio di Istanbul pada Februari 2025.', '2025-03-01', 'id');
    expect(meetings(a, b)).toHaveLength(2);
  });
});

describe('one sentence, two happenings', () => {
  it('en: talks with one leader and a visit the year before are not one meeting of three', () => {
    const found = meetings(article('t', 'Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on 2 September 2025. Putin had visited Pyongyang in June 2024 to meet North Korean leader Kim Jong Un.', '2025-09-03', 'en'));
    expect(found.map((m) => m.people)).toEqual(expect.arrayContaining([['Vladimir Putin', 'Xi Jinping'], ['Kim Jong Un', 'Vladimir Putin']]));
    expect(found.every((m) => m.people.length === 2)).toBe(true);
  });
});

describe('one person is a visit, not a meeting', () => {
  it('en: a couple arriving together is a visit of each, no meeting of the two', () => {
    const text = 'French President Emmanuel Macron and Brigitte Macron arrived in Hanoi on Sunday.';
    expect(meetings(article('c1', text, '2025-05-26', 'en'))).toEqual([]);
    expect(visits(article('c1', text, '2025-05-26', 'en')).map((v) => v.visitor).sort()).toEqual(['Brigitte Macron', 'Emmanuel Macron']);
  });

  it('id: a couple arriving together is a visit of each', () => {
    const text = 'Presiden Prancis Emmanuel Macron dan Brigitte Macron tiba di Jakarta pada Rabu (28/5/2025).';
    expect(meetings(article('c2', text, '2025-05-28', 'id'))).toEqual([]);
  });

  it('id: a subheading of a plan is a planned visit, not part of the meeting held', () => {
    const text = 'Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di St Petersburg pada 19 Juni 2025.\n\nRencana Kunjungan Putin\n\nPresiden Putin dijadwalkan berkunjung ke Jakarta tahun depan.';
    const a = article('s', text, '2025-06-20', 'id');
    expect(meetings(a)).toEqual([expect.objectContaining({ people: ['Prabowo Subianto', 'Vladimir Putin'], status: 'happened' })]);
    expect(meetings(a)[0]!.sentences.every((x) => !/Rencana|dijadwalkan/.test(x))).toBe(true);
    expect(visits(a)).toContainEqual({ visitor: 'Vladimir Putin', place: 'Jakarta', label: 'planned' });
  });

  it('en: a defence minister\'s visit and a remark on a future visit stay apart', () => {
    const a = article('v', 'Russian Defence Minister Sergei Shoigu visited Pyongyang in July 2023. President Vladimir Putin will visit Pyongyang next year.', '2023-08-01', 'en');
    expect(meetings(a)).toEqual([]);
    expect(visits(a)).toEqual(expect.arrayContaining([{ visitor: 'Sergei Shoigu', place: 'Pyongyang', label: 'Visits' }, { visitor: 'Vladimir Putin', place: 'Pyongyang', label: 'planned' }]));
  });
});

describe('one meeting told three ways is one node', () => {
  it('the same meeting at three precisions, in two languages, with a confidence above a single telling', () => {
    const a = article('p1', 'Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di St Petersburg pada 19 Juni 2025.', '2025-06-20', 'id');
    const b = article('p2', 'Indonesian President Prabowo Subianto met Russian President Vladimir Putin in St Petersburg on Thursday.', '2025-06-20', 'en');
    const c = article('p3', 'Prabowo bertemu Putin di St Petersburg pada Juni 2025.', '2025-06-30', 'id');
    const found = meetings(a, b, c);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ people: ['Prabowo Subianto', 'Vladimir Putin'], date: '2025-06-19', articles: ['p1', 'p2', 'p3'] });
    expect(found[0]!.confidence!).toBeGreaterThan(meetings(a)[0]!.confidence!);
  });
});

describe('a call is not an in-person meeting', () => {
  it('en: a phone call the same day is not a telling of the meeting', () => {
    const found = meetings(article('k', 'Emmanuel Macron spoke by phone with Donald Trump on Monday. Macron met Keir Starmer in London on Monday.', '2025-03-04', 'en'));
    expect(found).toEqual([expect.objectContaining({ people: ['Emmanuel Macron', 'Keir Starmer'] })]);
    expect(found[0]!.sentences.some((s) => /phone/.test(s))).toBe(false);
  });
});

describe('mode and host', () => {
  it('id: "menerima" names the host of a visit', () => {
    const found = meetings(article('h1', 'Presiden Vladimir Putin menerima Presiden Prabowo Subianto di Kremlin, Moskow, pada 9 Mei 2025.', '2025-05-10', 'id'));
    expect(found[0]).toMatchObject({ mode: 'visit', host: 'Vladimir Putin' });
  });

  it('en: "hosted" names the host; a summit is a summit; talks are talks', () => {
    expect(meetings(article('h2', 'Japanese Prime Minister Shigeru Ishiba hosted Philippine President Ferdinand Marcos in Tokyo on Monday.', '2025-05-13', 'en'))[0]).toMatchObject({ host: 'Shigeru Ishiba', mode: 'visit' });
    expect(meetings(article('h3', 'Narendra Modi and Xi Jinping met at the SCO summit in Tianjin on 31 August 2025.', '2025-09-01', 'en'))[0]).toMatchObject({ mode: 'summit' });
    expect(meetings(article('h4', 'Marco Rubio held talks with Wang Yi in Kuala Lumpur on 11 July 2025.', '2025-07-12', 'en'))[0]).toMatchObject({ mode: 'talks' });
  });

  it('denied: "batal bertemu" is a denied meeting', () => {
    const found = meetings(article('d', 'Presiden Donald Trump batal bertemu Presiden Vladimir Putin di Budapest pada Oktober 2025.', '2025-10-25', 'id'));
    expect(found[0]).toMatchObject({ status: 'denied' });
  });
});
