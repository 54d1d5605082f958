import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../layout/index.js';
import { emptyNewsGraph, fixtureGraph, hostileFixtureGraph, type FixtureGraph } from './fixture.js';
import { compareKeys, fromJson, sortKeysDeep, toJson } from './json.js';
import { edgeKeyOf, leanEdge } from './lean.js';
import type { EdgeType } from './types.js';
import { edgeTypeDef } from './registry.js';

/** Same content, added in reverse order and with attribute keys in reverse order. */
function shuffled(graph: FixtureGraph): FixtureGraph {
  const flip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
  const copy: FixtureGraph = new Graph({ type: 'mixed', multi: true });
  copy.replaceAttributes(flip(graph.getAttributes()));
  for (const node of [...graph.nodes()].reverse()) copy.addNode(node, flip(graph.getNodeAttributes(node)));
  for (const edge of [...graph.edges()].reverse()) {
    const add = graph.isUndirected(edge) ? copy.addUndirectedEdgeWithKey : copy.addDirectedEdgeWithKey;
    add.call(copy, edge, graph.source(edge), graph.target(edge), flip(graph.getEdgeAttributes(edge)));
  }
  return copy;
}

const laidOut = () => {
  const graph = hostileFixtureGraph();
  layoutGraph(graph);
  return graph;
};

/** toJson by its definition: graphology's export, sorted, edges lean, through JSON.stringify at once. */
function reference(graph: FixtureGraph): string {
  const data = graph.export();
  const published = new Map(graph.getAttribute('articles').map((a) => [a.id, a.published]));
  const byKey = (a: { key: string }, b: { key: string }) => compareKeys(a.key, b.key);
  const serialised = {
    options: data.options,
    attributes: sortKeysDeep(data.attributes),
    nodes: data.nodes.map((n) => ({ key: n.key, attributes: sortKeysDeep(n.attributes ?? {}) })).sort(byKey),
    edges: data.edges
      .sort((a, b) => compareKeys(a.key as string, b.key as string))
      .map((e) => {
        const lean = leanEdge(e.key as string, e.source, e.target, e.attributes!, published);
        return {
          ...(lean.key ? { key: lean.key } : {}),
          source: e.source,
          target: e.target,
          ...(e.undirected ? { undirected: true } : {}),
          attributes: sortKeysDeep(lean.attributes),
        };
      }),
  };
  return `${JSON.stringify(serialised)}\n`;
}

describe('toJson', () => {
  it('writes, piece by piece, what JSON.stringify gives for the sorted export, one node or edge a line', () => {
    for (const graph of [laidOut(), fixtureGraph(), emptyNewsGraph()]) {
      const text = toJson(graph);
      expect(`${text.slice(0, -1).replace(/\n/g, '')}\n`).toBe(reference(graph));
      const items = graph.order + graph.size;
      // Lines: the options and attributes, the nodes, the edges; a line per item; one closing each non-empty list.
      expect(text.split('\n').length - 1).toBe(3 + items + (graph.order ? 1 : 0) + (graph.size ? 1 : 0));
    }
  });

  it('is byte-stable whatever the insertion and attribute order', () => {
    const graph = laidOut();
    expect(toJson(shuffled(graph))).toBe(toJson(graph));
  });

  it('sorts nodes, edges and attribute keys, puts a node a line and ends with a newline', () => {
    const text = toJson(laidOut());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[2]).toMatch(/^\{"key":"[^"]+","attributes":\{.*\}\},$/);
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual(['options', 'attributes', 'nodes', 'edges']);
    const nodeKeys = data.nodes.map((n: { key: string }) => n.key);
    expect(nodeKeys).toEqual([...nodeKeys].sort());
    const edgeKeys = fromJson(text).edges();
    expect(edgeKeys).toEqual([...edgeKeys].sort(compareKeys));
    const attributeKeys = Object.keys(data.nodes[0].attributes);
    expect(attributeKeys).toEqual([...attributeKeys].sort());
    expect(data.options).toEqual({ type: 'mixed', multi: true, allowSelfLoops: true });
  });

  it('round-trips through fromJson, keeping keys, edge direction and every edge attribute', () => {
    const graph = laidOut();
    const back = fromJson(toJson(graph));
    expect(toJson(back)).toBe(toJson(graph));
    graph.forEachEdge((edge, attributes) => expect(back.getEdgeAttributes(edge)).toEqual(attributes));
    expect(back.type).toBe('mixed');
    expect(back.multi).toBe(true);
    graph.forEachEdge((edge) => expect(back.isUndirected(edge)).toBe(graph.isUndirected(edge)));
    expect(fromJson(toJson(emptyNewsGraph())).order).toBe(0);
  });
});

describe('lean edges', () => {
  type Line = { key?: string; source: string; target: string; attributes: Record<string, unknown> };
  const edgeLines = (text: string) => JSON.parse(text).edges as Line[];

  it('leave out what the rest of the file gives: keys, default labels, weight, dates, and publication dates', () => {
    const graph = fixtureGraph();
    const published = new Map(graph.getAttribute('articles').map((a) => [a.id, a.published]));
    const lines = edgeLines(toJson(graph));
    expect(lines).toHaveLength(graph.size);
    for (const line of lines) {
      expect(line.key).toBeUndefined();
      expect(line.attributes).not.toHaveProperty('weight');
      expect(line.attributes).not.toHaveProperty('dates');
      const full = graph.getEdgeAttributes(edgeKeyOf(line.attributes.type as EdgeType, line.source, line.target));
      expect(line.attributes.label).toBe(full.label === edgeTypeDef(full.type).label.en ? undefined : full.label);
      expect(line.attributes.evidence).toEqual(
        full.evidence.map((e) => (e.date === published.get(e.article) ? [e.article, e.sentence] : [e.article, e.sentence, e.date])),
      );
    }
    expect(lines.some((l) => (l.attributes.evidence as unknown[][]).some((e) => e.length === 2))).toBe(true);
    expect(lines.some((l) => l.attributes.label === 'Menteri Luar Negeri')).toBe(true);
  });

  it('keep what differs from what would be derived, and read back equal', () => {
    const graph = fixtureGraph();
    const [first, second] = graph.edges();
    graph.mergeEdgeAttributes(first!, { weight: 7, start: '2023-09-10', end: '2023-09-20' });
    const [source, target] = graph.extremities(second!);
    const attributes = graph.getEdgeAttributes(second!);
    graph.dropEdge(second!);
    if (attributes.type === 'co_mention') graph.addUndirectedEdgeWithKey('custom-key', source, target, attributes);
    else graph.addDirectedEdgeWithKey('custom-key', source, target, attributes);
    const lines = edgeLines(toJson(graph));
    expect(lines.find((e) => e.attributes.weight === 7)?.attributes).toMatchObject({ start: '2023-09-10', end: '2023-09-20' });
    expect(lines.filter((e) => e.key !== undefined).map((e) => e.key)).toEqual(['custom-key']);
    const back = fromJson(toJson(graph));
    expect(back.edges()).toEqual(expect.arrayContaining(graph.edges()));
    graph.forEachEdge((edge, a) => expect(back.getEdgeAttributes(edge)).toEqual(a));
  });

  it('are read as older files wrote them too: every attribute, and evidence as objects', () => {
    const graph = fixtureGraph();
    const back = fromJson(JSON.stringify(graph.export()));
    graph.forEachEdge((edge, attributes) => expect(back.getEdgeAttributes(edge)).toEqual(attributes));
  });

  it('make graph.json smaller than full edges would', () => {
    const graph = laidOut();
    expect(toJson(graph).length).toBeLessThan(JSON.stringify(graph.export()).length * 0.8);
  });
});

describe('fromJson', () => {
  const valid = () => JSON.parse(toJson(fixtureGraph()));
  const fails = (data: unknown, message: RegExp) => {
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    expect(() => fromJson(text)).toThrow(/^not a newsgraph graph: /);
    expect(() => fromJson(text)).toThrow(message);
  };

  it('rejects what is not a newsgraph graph, saying where', () => {
    fails('{"nodes": [', /not valid JSON/);
    fails([], /the top level should be an object, got an array/);
    fails({ ...valid(), options: { type: 'directed', multi: false } }, /options should be \{ type: "mixed"/);
    const noTitle = valid();
    delete noTitle.attributes.title;
    fails(noTitle, /attributes\.title should be a string, got undefined/);

    const badType = valid();
    badType.nodes[2].attributes.type = 'planet';
    fails(badType, /nodes\[2\]\.attributes\.type should be one of person, country/);

    const badMentions = valid();
    badMentions.nodes[0].attributes.mentions = '3';
    fails(badMentions, /nodes\[0\]\.attributes\.mentions should be a finite number, got "3"/);

    const duplicate = valid();
    duplicate.nodes.push(duplicate.nodes[0]);
    fails(duplicate, /is a duplicate/);

    const dangling = valid();
    dangling.edges[0].target = 'person:nobody';
    fails(dangling, /edges\[0\]\.target "person:nobody" is not a node/);

    const badEvidence = valid();
    badEvidence.edges[1].attributes.evidence[0][1] = 'Lavrov arrived.';
    fails(badEvidence, /edges\[1\]\.attributes\.evidence\[0\]\[1\] should be a finite number, got "Lavrov arrived\."/);
    badEvidence.edges[1].attributes.evidence[0][1] = 1.5;
    fails(badEvidence, /edges\[1\]\.attributes\.evidence\[0\] should refer to a sentence by index \(a whole number from 0\), got 1\.5/);
    badEvidence.edges[1].attributes.evidence[0] = ['a1', 0, 'last week'];
    fails(badEvidence, /evidence\[0\]\[2\] should be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "last week"/);
    badEvidence.edges[1].attributes.evidence[0] = ['a1'];
    fails(badEvidence, /evidence\[0\] should be \[article, sentence\] or \[article, sentence, date\], got 1 items/);
    const oldEvidence = fixtureGraph().export();
    (oldEvidence.edges[1]!.attributes!.evidence[0] as { sentence: unknown }).sentence = -1;
    fails(oldEvidence, /edges\[1\]\.attributes\.evidence\[0\] should refer to a sentence by index/);

    const wrongDirection = valid();
    const coMention = wrongDirection.edges.findIndex((e: { attributes: { type: string } }) => e.attributes.type === 'co_mention');
    delete wrongDirection.edges[coMention].undirected;
    fails(wrongDirection, /is directed but co_mention edges are not/);
  });

  it('accepts extra attributes added by later stages', () => {
    const data = valid();
    data.nodes[0].attributes.community = 3;
    expect(fromJson(JSON.stringify(data)).getNodeAttribute(data.nodes[0].key, 'community' as never)).toBe(3);
  });
});
