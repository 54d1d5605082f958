import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../layout/index.js';
import { bestEvidence } from './articles.js';
import { fixtureGraph, fixtureTextMap, hostileFixtureGraph, type FixtureGraph } from './fixture.js';
import { daySpan, escapeXml, spells, stripInvalidXml, toGexf } from './gexf.js';
import { fromJson, toJson } from './json.js';

const laidOut = (graph: FixtureGraph) => {
  layoutGraph(graph);
  return graph;
};

describe('toGexf', () => {
  it('is byte-stable: sorted, no timestamps, independent of a JSON round trip', () => {
    const graph = laidOut(hostileFixtureGraph());
    const xml = toGexf(graph);
    expect(toGexf(laidOut(hostileFixtureGraph()))).toBe(xml);
    expect(toGexf(fromJson(toJson(graph)))).toBe(xml);
    expect(xml).not.toMatch(/lastmodifieddate/);
    expect(xml.endsWith('</gexf>\n')).toBe(true);
    const ids = [...xml.matchAll(/<node id="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids).toEqual([...ids].sort());
  });

  it('writes the dynamic graph header and time data', () => {
    const xml = toGexf(laidOut(fixtureGraph()));
    expect(xml).toContain(
      '<graph mode="dynamic" timeformat="date" timerepresentation="interval" defaultedgetype="directed">',
    );
    expect(xml).toContain('<node id="event:uji-coba-rudal" label="Uji coba rudal" start="2000-01-01" end="2000-12-31">');
    // Two separate periods become spells; adjacent days merge into one interval.
    expect(xml).toMatch(
      /kind="tests"[^>]*start="2000-01-01" end="2023-07-12">[\s\S]*?<spell start="2000-01-01" end="2000-12-31"\/>\s*<spell start="2023-07-12" end="2023-07-12"\/>/,
    );
    expect(xml).toMatch(/kind="supplies"[^>]*start="2023-09-13" end="2023-09-14">(?:(?!<spells>)[\s\S])*?<\/edge>/);
  });

  it('is read back by graphology-gexf with the same nodes, edges, labels and attributes', () => {
    const graph = laidOut(hostileFixtureGraph());
    const texts = fixtureTextMap();
    const back = parse(Graph, toGexf(graph, texts));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);

    graph.forEachNode((node, a) => {
      const b = back.getNodeAttributes(node);
      expect(b.label).toBe(stripInvalidXml(a.label));
      expect(b.type).toBe(a.type);
      expect(b.aliases).toEqual(a.aliases.map(stripInvalidXml));
      expect(b.mentions).toBe(a.mentions);
      expect(b.articles).toEqual(a.articles);
      expect([b.start_date, b.end_date]).toEqual([a.start, a.end]);
      for (const key of ['role', 'country', 'lat', 'lng', 'date', 'status', 'place', 'mode', 'host', 'confidence'] as const) expect(b[key]).toEqual(a[key]);
      expect([b.x, b.y, b.size]).toEqual([a.x, a.y, a.size]);
      const hex = a.color.slice(1);
      expect(b.color).toBe(`rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`);
    });

    graph.forEachEdge((edge, a, source, target, _sa, _ta, undirected) => {
      expect(back.hasEdge(edge)).toBe(true);
      const b = back.getEdgeAttributes(edge);
      expect([back.source(edge), back.target(edge)]).toEqual([source, target]);
      expect(b.label).toBe(a.label);
      expect(b.weight).toBe(a.weight);
      expect(b.type).toBe(a.type);
      expect(b.kind).toBe(a.type);
      expect(b.dates).toBeUndefined();
      expect([b.start_date, b.end_date]).toEqual([a.start, a.end]);
      // The references as tuples, each with its date; the count and the best sentence's text for Gephi.
      expect(JSON.parse(b.evidence_refs)).toEqual(a.evidence.map((e) => [e.article, e.sentence, e.date]));
      expect(b.evidence_count).toBe(a.evidence.length);
      expect(b.evidence).toBe(stripInvalidXml(bestEvidence(texts, a.evidence)!.text));
      // Co-mentions are "mutual" in a mixed graph, which graphology-gexf reads as undirected.
      expect(back.isUndirected(edge)).toBe(undirected);
    });

    const coMentions = fixtureGraph();
    coMentions.filterEdges((_e, a) => a.type !== 'co_mention').forEach((edge) => coMentions.dropEdge(edge));
    const undirected = parse(Graph, toGexf(coMentions));
    expect(undirected.size).toBe(coMentions.size);
    undirected.forEachEdge((edge) => expect(undirected.isUndirected(edge)).toBe(true));
  });
});

describe('GEXF helpers', () => {
  it('escapes markup and drops code points XML cannot carry', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(stripInvalidXml('a\u0000b\u0008c\u001fd\uD800e\uDC00f\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(stripInvalidXml('Ünïcödé 北朝鮮 😀 \u00a0\uFFFD')).toBe('Ünïcödé 北朝鮮 😀 \u00a0\uFFFD');
  });

  it('turns partial dates into day intervals and merges touching ones', () => {
    expect(daySpan('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(daySpan('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(daySpan('2023-02')).toEqual(['2023-02-01', '2023-02-28']);
    expect(daySpan('2023-09-13')).toEqual(['2023-09-13', '2023-09-13']);
    expect(daySpan('bulan lalu')).toBeUndefined();
    expect(spells(['2023-09-14', '2023-09', '2023-10-01', '2023-12-25', '2023-12-25'])).toEqual([
      ['2023-09-01', '2023-10-01'],
      ['2023-12-25', '2023-12-25'],
    ]);
    expect(spells([])).toEqual([]);
  });
});
