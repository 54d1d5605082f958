// A small graph that follows the contract, for tests: every node type, co-mentions and
// directed relations (one pair joined by both), partial dates, an isolated node.
// `hostileFixtureGraph` adds the strings exports must survive: markup, quotes, control
// characters, lone surrogates, spreadsheet formulas, astral-plane characters.

import Graph from 'graphology';
import { dateSpan } from './days.js';
import { edgeKeyOf } from './lean.js';
import { edgeTypeDef, nodeTypeDef } from './registry.js';
import type { ArticleText, EdgeAttributes, EdgeType, Evidence, GraphAttributes, NodeAttributes, NodeType, PartialDate } from './types.js';

export type FixtureGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function emptyNewsGraph(title = 'Empty'): FixtureGraph {
  const graph: FixtureGraph = new Graph({ type: 'mixed', multi: true });
  graph.replaceAttributes({ title, generator: { name: 'newsgraph', version: '0.0.0-test' }, articles: [] });
  return graph;
}

type NodeSpec = Partial<NodeAttributes> & { label: string; mentions: number; start: string; end: string };

function addNode(graph: FixtureGraph, type: NodeType, slug: string, spec: NodeSpec): string {
  const key = `${type}:${slug}`;
  graph.addNode(key, {
    type,
    aliases: [spec.label],
    articles: ['a1'],
    x: 0,
    y: 0,
    size: 1,
    color: nodeTypeDef(type).color,
    ...spec,
  });
  return key;
}

function addEdge(
  graph: FixtureGraph,
  type: EdgeType,
  source: string,
  target: string,
  dates: PartialDate[],
  evidence: Evidence[],
  label: string = edgeTypeDef(type).label.en,
): string {
  const directed = edgeTypeDef(type).directed;
  const key = edgeKeyOf(type, source, target);
  const days = [...dates].sort();
  const attributes: EdgeAttributes = {
    type,
    weight: evidence.length,
    label,
    start: startOf(days[0]!),
    end: endOf(days[days.length - 1]!),
    dates: days,
    evidence,
  };
  if (directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
  else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
  return key;
}

const startOf = (date: PartialDate) => dateSpan(date).start;
const endOf = (date: PartialDate) => dateSpan(date).end;

// The fixture's article texts: every evidence sentence once, in the order first cited. Evidence
// refers to them by index, as graph.json refers to articles.json.
const SENTENCES: Record<string, string[]> = { a1: [], a2: [] };

const ev = (article: string, date: PartialDate, sentence: string): Evidence => {
  const sentences = (SENTENCES[article] ??= []);
  if (!sentences.includes(sentence)) sentences.push(sentence);
  return { article, sentence: sentences.indexOf(sentence), date };
};

/**
 * The articles.json texts the fixture graphs' evidence points into (of every fixture graph
 * built so far: both fixtures share a1 and a2, the hostile one adds sentences).
 */
export function fixtureTexts(): ArticleText[] {
  return Object.entries(SENTENCES).map(([id, sentences]) => {
    let text = '';
    const spans = sentences.map((sentence): [number, number] => {
      if (text) text += ' ';
      text += sentence;
      return [text.length - sentence.length, text.length];
    });
    return { id, text, sentences: spans, removed: [], mentions: [] };
  });
}

/** fixtureTexts() by id, as the writers and the viewer take them. */
export const fixtureTextMap = (): Map<string, ArticleText> => new Map(fixtureTexts().map((t) => [t.id, t]));

export function fixtureGraph(): FixtureGraph {
  const graph = emptyNewsGraph('Fixture: Russia & North Korea');
  graph.mergeAttributes({
    articles: [
      { id: 'a1', title: 'Putin dan Kim bertemu', published: '2023-09-14', source: 'Kompas', lang: 'id', file: 'a1.txt' },
      { id: 'a2', title: 'Lavrov in Pyongyang', published: '2024-01-17', source: 'Reuters', lang: 'en', file: 'a2.html', url: 'https://example.com/a2' },
    ],
  });
  const lavrov = addNode(graph, 'person', 'sergei-lavrov', {
    label: 'Sergei Lavrov', aliases: ['Lavrov', 'Sergei Lavrov'], mentions: 9, articles: ['a1', 'a2'],
    start: '2023-09-13', end: '2024-01-16', role: ['Menteri Luar Negeri'],
  });
  const kim = addNode(graph, 'person', 'kim-jong-un', {
    label: 'Kim Jong Un', aliases: ['Kim', 'Kim Jong Un', 'Kim Jong-un'], mentions: 4, start: '2023-09-13', end: '2023-09-13',
  });
  const korea = addNode(graph, 'country', 'north-korea', {
    label: 'North Korea', aliases: ['DPRK', 'Korea Utara', 'Korut', 'North Korea'], mentions: 12,
    articles: ['a1', 'a2'], start: '2000-01-01', end: '2024-01-16',
  });
  const russia = addNode(graph, 'country', 'russia', { label: 'Rusia', aliases: ['Rusia', 'Russia'], mentions: 7, start: '2023-09-01', end: '2023-09-30' });
  const pyongyang = addNode(graph, 'place', 'pyongyang', {
    label: 'Pyongyang', mentions: 2, start: '2024-01-16', end: '2024-01-16', country: 'North Korea', lat: 39.0392, lng: 125.7625,
  });
  addNode(graph, 'organization', 'perserikatan-bangsa-bangsa', {
    label: 'Perserikatan Bangsa-Bangsa', aliases: ['PBB', 'Perserikatan Bangsa-Bangsa'], mentions: 1, start: '2023-09-14', end: '2023-09-14',
  });
  const missile = addNode(graph, 'weapon', 'hwasong-18', { label: 'Hwasong-18', mentions: 3, start: '2023-07-12', end: '2023-07-12' });
  const summit = addNode(graph, 'meeting', 'kim-putin-vostochny-2023', {
    label: 'Pertemuan Kim–Putin di Vostochny', mentions: 2, start: '2023-09-01', end: '2023-09-30',
    date: '2023-09', status: 'happened', place: 'Vostochny', kind: 'meeting', mode: 'visit', host: 'Vladimir Putin', confidence: 0.84,
  });
  addNode(graph, 'event', 'uji-coba-rudal', {
    label: 'Uji coba rudal', mentions: 1, start: '2000-01-01', end: '2000-12-31', date: '2000', status: 'planned',
  });

  addEdge(graph, 'co_mention', lavrov, korea, ['2023-09-13', '2024-01-16'], [
    ev('a1', '2023-09-13', 'Lavrov menyebut Korea Utara sebagai "mitra".'),
    ev('a2', '2024-01-16', 'Lavrov arrived in North Korea on Tuesday.'),
  ]);
  addEdge(graph, 'co_mention', korea, russia, ['2023-09'], [ev('a1', '2023-09', 'Korut dan Rusia mempererat kerja sama bulan lalu.')]);
  addEdge(graph, 'supplies', korea, russia, ['2023-09-13', '2023-09-14'], [
    ev('a1', '2023-09-13', 'Korea Utara memasok amunisi ke Rusia.'),
    ev('a1', '2023-09-14', 'Pasokan berlanjut keesokan harinya.'),
  ]);
  addEdge(graph, 'role', lavrov, russia, ['2023-09-13'], [ev('a1', '2023-09-13', 'Menteri Luar Negeri Rusia Sergei Lavrov hadir.')], 'Menteri Luar Negeri');
  addEdge(graph, 'attends', kim, summit, ['2023-09-13'], [ev('a1', '2023-09-13', 'Kim menghadiri pertemuan itu.')]);
  addEdge(graph, 'held_in', summit, pyongyang, ['2023-09'], [ev('a1', '2023-09', 'Pertemuan diadakan bulan lalu.')]);
  addEdge(graph, 'tests', korea, missile, ['2000', '2023-07-12'], [
    ev('a1', '2000', 'Uji coba pertama dilakukan pada tahun 2000.'),
    ev('a2', '2023-07-12', 'North Korea tested the Hwasong-18 on 12 July.'),
  ]);
  return graph;
}

export function hostileFixtureGraph(): FixtureGraph {
  const graph = fixtureGraph();
  graph.setAttribute('title', 'Hostile <fixture> & "quotes" \u0007');
  const odd = addNode(graph, 'organization', 'odd', {
    label: `<script>alert('x')</script> & "Ünïcödé" 北朝鮮 😀\u0000\u0008\uD800\uFFFE\uFFFF`,
    aliases: ['+62 21 555', '-Dash', '=HYPERLINK("http://evil.example","x")', '@SUM(A1)', 'a, b; "c"', 'tab\tin', '\tlead'],
    mentions: 2,
    start: '2023-09-14',
    end: '2023-09-14',
  });
  const formula = addNode(graph, 'person', 'formula', {
    label: '=1+1\nline two', mentions: 1, start: '2023-09-14', end: '2023-09-14', role: ['Ketua "Umum"', 'CEO; founder'],
  });
  addEdge(graph, 'accuses', odd, formula, ['2023-09-14'], [
    ev('a1', '2023-09-14', 'He said: "<b>A & B</b>" isn\'t \u0001fine;\r\nnext line\u001f.'),
  ], 'menuduh <keras>');
  addEdge(graph, 'co_mention', odd, formula, ['2023-09-14'], [ev('a2', '2023-09-14', '=cmd|\' /C calc\'!A0')]);
  return graph;
}
