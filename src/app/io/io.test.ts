import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { fixtureGraph, fixtureTextMap, hostileFixtureGraph } from '../../graph/fixture.js';
import { stripInvalidXml, toGexf } from '../../graph/gexf.js';
import { toJson, type ContractGraph } from '../../graph/json.js';
import { layoutGraph } from '../../layout/index.js';
import { createView } from '../controllers/view.js';
import { extractCorpus } from './corpus.js';
import { exportFileName, exportText } from './exports.js';
import { hexColor, nodeTypeOf, parseXmlStrict as parseXml, readGexf, type GexfParse } from './gexf-import.js';
import { classifyJson, MAX_OPEN_BYTES, openFiles, sizeProblem, type OpenDeps } from './open.js';
import { viewSubgraph } from './subgraph.js';

const parseGexf = parse as unknown as GexfParse;
const gexf = (file: string, xml: string) => readGexf(file, xml, parseXml, parseGexf);

const bytes = (text: string) => new TextEncoder().encode(text);
const deps: OpenDeps = { parseXml, parseGexf, extract: async (files) => extractCorpus(files) };

const laidOut = (graph: ContractGraph) => {
  layoutGraph(graph);
  return graph;
};

describe('GEXF import', () => {
  it('reads back our own GEXF with the same nodes, edges and attributes', () => {
    const graph = laidOut(fixtureGraph());
    const back = gexf('graph.gexf', toGexf(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((node, a) => expect(back.getNodeAttributes(node)).toEqual(a));
    graph.forEachEdge((edge, a, source, target, _s, _t, undirected) => {
      expect(back.getEdgeAttributes(edge)).toEqual(a);
      expect([back.source(edge), back.target(edge), back.isUndirected(edge)]).toEqual([source, target, undirected]);
    });
    expect(back.getAttribute('title')).toBe(graph.getAttribute('title'));
    expect(back.getAttribute('generator')).toEqual(graph.getAttribute('generator'));
    // The article list comes back from the titles written beside each node's article ids; the
    // source, publication date and file do not (GEXF has no place for them).
    const named = new Set(graph.mapNodes((_n, a) => a.articles).flat());
    const articles = graph.getAttribute('articles').filter((a) => named.has(a.id));
    expect(articles.length).toBeGreaterThan(0);
    expect(back.getAttribute('articles')).toEqual(articles.map(({ id, title, lang }) => ({ id, title, lang, published: '', source: '', file: '' })));
    // And a second export is the same file, with or without the evidence sentences' text.
    expect(toGexf(back)).toBe(toGexf(graph));
    const texts = fixtureTextMap();
    const withText = gexf('graph.gexf', toGexf(graph, texts));
    graph.forEachEdge((edge, a) => expect(withText.getEdgeAttributes(edge)).toEqual(a));
    expect(toGexf(withText, texts)).toBe(toGexf(graph, texts));
  });

  it('reads a GEXF an earlier version wrote: references as objects', () => {
    const graph = laidOut(fixtureGraph());
    const older = toGexf(graph).replace(/(for="evidence_refs" value=')([^']*)'/g, (_m, head: string, refs: string) => {
      const objects = (JSON.parse(refs) as [string, number, string][]).map(([article, sentence, date]) => ({ article, sentence, date }));
      return `${head}${JSON.stringify(objects)}'`;
    });
    expect(older).toContain('{"article":');
    const back = gexf('older.gexf', older);
    graph.forEachEdge((edge, a) => expect(back.getEdgeAttributes(edge)).toEqual(a));
  });

  it('keeps hostile labels as text (markup, quotes, emoji)', () => {
    const graph = laidOut(hostileFixtureGraph());
    const back = gexf('hostile.gexf', toGexf(graph));
    graph.forEachNode((node, a) => expect(back.getNodeAttribute(node, 'label')).toBe(stripInvalidXml(a.label)));
    expect(back.filterNodes((_n, a) => a.label.includes('<script>')).length).toBeGreaterThan(0);
  });

  it('opens a foreign GEXF without our attributes, with defaults', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="type" type="string"/><attribute id="1" title="modularity_class" type="integer"/></attributes>
    <nodes>
      <node id="a" label="Alice"><attvalues><attvalue for="0" value="PER"/><attvalue for="1" value="3"/></attvalues></node>
      <node id="b" label="Acme"/>
      <node id="country:france"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" weight="2"/>
      <edge id="e2" source="b" target="country:france" kind="visits"/>
    </edges>
  </graph>
</gexf>`;
    const graph = gexf('foreign.gexf', xml);
    expect(graph.getNodeAttributes('a')).toMatchObject({ label: 'Alice', type: 'person', aliases: ['Alice'], mentions: 1, articles: [], start: '', end: '', color: '#e6194b' });
    expect(graph.getNodeAttribute('a', 'modularity_class' as never)).toBeUndefined();
    expect(graph.getNodeAttributes('b')).toMatchObject({ type: 'organization', mentions: 2, color: '#f58231' });
    expect(graph.getNodeAttributes('country:france')).toMatchObject({ label: 'country:france', type: 'country' });
    graph.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeGreaterThan(0);
    });
    // Deterministic: the same file gives the same positions.
    expect(toJson(gexf('foreign.gexf', xml))).toBe(toJson(graph));
    expect(graph.getEdgeAttributes('e1')).toMatchObject({ type: 'co_mention', weight: 2, label: 'Mentioned together', evidence: [] });
    expect(graph.isUndirected('e1')).toBe(true);
    expect(graph.getEdgeAttributes('e2')).toMatchObject({ type: 'visits', weight: 1 });
    expect(graph.isDirected('e2')).toBe(true);
    expect(graph.getAttribute('title')).toBe('foreign.gexf');
  });

  it('names the file and the problem', () => {
    expect(() => gexf('bad.gexf', '<gexf>\n<graph>\n<nodes><node id="a"</nodes>')).toThrow(/^bad\.gexf: not well-formed XML at line \d+, column \d+$/);
    expect(() => gexf('tags.gexf', '<gexf>\n<graph>\n</grap></gexf>')).toThrow(/^tags\.gexf: not well-formed XML at line 2/);
    expect(() => gexf('text.gexf', 'hello')).toThrow('text.gexf: not XML: no root element');
    expect(() => gexf('page.gexf', '<html><body/></html>')).toThrow('page.gexf: not a GEXF file: the root element is <html>');
    expect(() =>
      gexf('dangling.gexf', '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="zz"/></edges></graph></gexf>'),
    ).toThrow('dangling.gexf: edge 1 (of 1) points to node "zz", which the file does not have');
  });

  it('refuses malformed GEXF by name: broken ids and ends, values of the wrong type', () => {
    const file = (nodes: string, edges = '', attributes = '') =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="undirected">${attributes}<nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`;
    const columns = `<attributes class="node"><attribute id="0" title="mentions" type="string"/><attribute id="1" title="lat" type="double"/></attributes>
      <attributes class="edge"><attribute id="0" title="evidence_refs" type="string"/></attributes>`;
    const cases: [string, string][] = [
      [file('<node id="a"/><node id="a"/>'), 'node id "a" appears twice'],
      [file('<node label="x"/>'), 'node 1 (of 1) has no id'],
      [file('<node id="a"/>', '<edge id="e" target="a"/>'), 'edge "e" has no source'],
      [file('<node id="a"/><node id="b"/>', '<edge id="e" source="a" target="b"/><edge id="e" source="b" target="a"/>'), 'edge id "e" appears twice'],
      [file('<node id="a"><attvalues><attvalue for="0" value="many"/></attvalues></node>', '', columns), 'node "a": mentions should be a number, got "many"'],
      [file('<node id="a"><attvalues><attvalue for="1" value="north"/></attvalues></node>', '', columns), 'node "a": lat should be a number, got NaN'],
      [file('<node id="a"><viz:position x="abc" y="1"/></node>'), 'node "a": x (viz:position) should be a number, got NaN'],
      [file('<node id="a"><viz:size value="big"/></node>'), 'node "a": size (viz:size) should be a number, got NaN'],
      [file('<node id="a"/>', '<edge id="e" source="a" target="a" weight="heavy"/>'), 'edge "e": weight should be a number, got NaN'],
      [file('<node id="a"/>', '<edge id="e" source="a" target="a"><attvalues><attvalue for="0" value="{&quot;article&quot;:1}"/></attvalues></edge>', columns), 'edge "e": evidence_refs should be a JSON list of [article, sentence, date]'],
      [file('<node id="a"/>', '<edge id="e" source="a" target="a"><attvalues><attvalue for="0" value="not json"/></attvalues></edge>', columns), 'edge "e": evidence_refs should be a JSON list of [article, sentence, date]'],
      [file('<node id="a"/>', '<edge id="e" source="a" target="a"><attvalues><attvalue for="0" value="[{&quot;article&quot;:&quot;a1&quot;,&quot;sentence&quot;:&quot;Lavrov said.&quot;,&quot;date&quot;:&quot;&quot;}]"/></attvalues></edge>', columns), 'edge "e": evidence_refs[0] should be [article, sentence, date]: a string, a sentence index and a date'],
    ];
    for (const [xml, message] of cases) expect(() => gexf('odd.gexf', xml), message).toThrow(`odd.gexf: ${message}`);
    // What a file leaves out still gets defaults: an empty value is no value.
    const blank = gexf('blank.gexf', file('<node id="a"><attvalues><attvalue for="0" value=""/></attvalues></node>', '', columns));
    expect(blank.getNodeAttribute('a', 'mentions')).toBe(1);
    // A ten-thousand-character id is not repeated whole in the message.
    const long = 'x'.repeat(10_000);
    expect(() => gexf('long.gexf', file(`<node id="${long}"/><node id="${long}"/>`))).toThrow(/^long\.gexf: node id "x{59}…" appears twice$/);
  });

  it('maps type names and colours', () => {
    expect(nodeTypeOf('Orang', 'x')).toBe('person');
    expect(nodeTypeOf('GPE', 'x')).toBe('country');
    expect(nodeTypeOf('nonsense', 'weapon:ak-47')).toBe('weapon');
    expect(nodeTypeOf(undefined, 'author42')).toBe('organization');
    expect(hexColor('rgb(67,99,216)')).toBe('#4363d8');
    expect(hexColor('rgba(255, 0, 0, 0.5)')).toBe('#ff0000');
    expect(hexColor('#ABC')).toBe('#aabbcc');
    expect(hexColor('red')).toBeUndefined();
  });
});

describe('current view export', () => {
  it('keeps only visible nodes and edges, with their attributes', () => {
    const graph = laidOut(fixtureGraph());
    const view = createView(graph, new Map());
    view.setFilters({ hiddenNodeTypes: ['country'] });
    const sub = viewSubgraph(graph, view.state.visible);
    expect(sub.order).toBe(view.state.visible.nodes.size);
    expect(sub.size).toBe(view.state.visible.edges.size);
    expect(sub.order).toBeLessThan(graph.order);
    expect(sub.filterNodes((_n, a) => a.type === 'country')).toEqual([]);
    sub.forEachNode((node, a) => expect(a).toEqual(graph.getNodeAttributes(node)));
    sub.forEachEdge((edge, a, source, target, _s, _t, undirected) => {
      expect(a).toEqual(graph.getEdgeAttributes(edge));
      expect([source, target, undirected]).toEqual([graph.source(edge), graph.target(edge), graph.isUndirected(edge)]);
    });
    expect(sub.getAttributes()).toEqual(graph.getAttributes());
    // A copy: changing it leaves the graph alone.
    sub.forEachNode((node) => sub.setNodeAttribute(node, 'label', 'changed'));
    expect(graph.filterNodes((_n, a) => a.label === 'changed')).toEqual([]);

    const file = exportText(graph, view.state.visible, 'view', 'gexf');
    expect(file.name).toBe('newsgraph-view.gexf');
    expect((file.content.match(/<node /g) ?? []).length).toBe(sub.order);
    expect(exportText(graph, view.state.visible, 'graph', 'json').content).toBe(toJson(graph));
    expect(exportFileName('graph', 'nodes-csv')).toBe('newsgraph-graph-nodes.csv');
  });
});

describe('opening files', () => {
  const story =
    'Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Jakarta, Indonesia, pada Selasa (5/3/2024).\n\n' +
    'Baca juga: Harga beras naik lagi\n\n' +
    'Kedua pemimpin membahas kerja sama ekonomi antara Indonesia dan Australia.';

  it('tells a graph .json from article texts and article records', () => {
    expect(classifyJson({ options: {}, nodes: [], edges: [] })).toBe('graph');
    expect(classifyJson({ articles: [{ id: 'a', text: '', removed: [], mentions: [] }] })).toBe('texts');
    expect(classifyJson({ articles: [{ title: 'x', text: 'y' }] })).toBe('articles');
    expect(classifyJson([{ text: 'y' }])).toBe('articles');
  });

  it('extracts article files into one graph with texts, listing bad files', async () => {
    const result = await openFiles(
      [
        { name: 'jakarta.txt', bytes: bytes(story) },
        { name: 'empty.txt', bytes: bytes('  \n') },
      ],
      deps,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { graph, texts } = result.loaded;
    expect(graph.hasNode('country:indonesia')).toBe(true);
    expect(result.problems).toEqual(['empty.txt: empty file']);
    const text = [...texts.values()][0]!;
    expect(text.text).not.toContain('Baca juga');
    for (const m of text.mentions) expect(graph.hasNode(m.node)).toBe(true);
    expect(text.mentions.map((m) => text.text.slice(m.start, m.end))).toContain('Jakarta');
  });

  it('reads a Windows-1252 article beside a UTF-8 one, saying which file it decoded so, and still refuses a binary', async () => {
    const cp1252 = (text: string) => Uint8Array.from(text, (c) => (c === '“' ? 0x93 : c === '”' ? 0x94 : c.charCodeAt(0)));
    const latin = 'Presiden Prancis François Hollande tiba di Jakarta pada Senin, kata “juru bicara” Istana.';
    const result = await openFiles(
      [
        { name: 'jakarta.txt', bytes: bytes(story) },
        { name: 'hollande.txt', bytes: cp1252(latin) },
        { name: 'photo.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
      ],
      deps,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems).toEqual([
      'hollande.txt: not UTF-8 (byte 0xE7 at offset 21 (line 1)): read as Windows-1252 (Latin-1)',
      'photo.txt: binary file, not text',
    ]);
    expect([...result.loaded.texts.values()].map((t) => t.text)).toContain(latin);
    expect(result.loaded.graph.filterNodes((_, a) => a.label === 'François Hollande')).toHaveLength(1);
  });

  it('refuses what it cannot read, naming the file', async () => {
    const empty = await openFiles([{ name: 'empty.txt', bytes: bytes('') }], deps);
    expect(empty).toMatchObject({ ok: false, error: 'empty.txt: empty file' });
    const wrong = JSON.parse(toJson(laidOut(fixtureGraph())));
    wrong.nodes[2].attributes.mentions = 'many';
    const shape = await openFiles([{ name: 'graph.json', bytes: bytes(JSON.stringify(wrong)) }], deps);
    expect(shape).toMatchObject({ ok: false, error: 'graph.json: not a newsgraph graph: nodes[2].attributes.mentions should be a finite number, got "many"' });
    const two = await openFiles(
      [
        { name: 'a.gexf', bytes: bytes('<gexf/>') },
        { name: 'b.json', bytes: bytes(toJson(fixtureGraph())) },
      ],
      deps,
    );
    expect(two).toMatchObject({ ok: false, error: 'Open one graph at a time, not a.gexf, b.json.' });
    const other = await openFiles([{ name: 'photo.png', bytes: new Uint8Array([137, 80, 78, 71]) }], deps);
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error).toMatch(/^photo\.png: unsupported file type "\.png"/);
  });

  it('refuses a malformed graph .json or articles.json by name, saying what and where', async () => {
    const good = () => JSON.parse(toJson(laidOut(fixtureGraph())));
    const open = async (name: string, value: unknown, companion?: unknown) => {
      const files = [{ name, bytes: bytes(typeof value === 'string' ? value : JSON.stringify(value)) }];
      if (companion !== undefined) files.push({ name: 'articles.json', bytes: bytes(JSON.stringify(companion)) });
      const result = await openFiles(files, deps);
      expect(result.ok).toBe(false);
      return result.ok ? '' : result.error;
    };
    const missing = good();
    missing.edges[0].target = 'person:nobody';
    expect(await open('graph.json', missing)).toBe('graph.json: not a newsgraph graph: edges[0].target "person:nobody" is not a node');
    const twice = good();
    twice.nodes[1].key = twice.nodes[0].key;
    expect(await open('graph.json', twice)).toMatch(/^graph\.json: not a newsgraph graph: nodes\[1\]\.key "[^"]+" is a duplicate$/);
    const x = good();
    x.nodes[0].attributes.x = 'abc';
    expect(await open('graph.json', x)).toBe('graph.json: not a newsgraph graph: nodes[0].attributes.x should be a finite number, got "abc"');
    const evidence = good();
    evidence.edges[0].attributes.evidence = 'said so';
    expect(await open('graph.json', evidence)).toBe('graph.json: not a newsgraph graph: edges[0].attributes.evidence should be an array, got "said so"');
    const huge = good();
    huge.nodes[0].attributes.type = 'y'.repeat(10_000_000);
    expect(await open('graph.json', huge)).toMatch(/attributes\.type should be one of .*, got "y{59}…"$/);
    expect(await open('graph.json', { nodes: 5 })).toBe('graph.json: not a newsgraph graph: options should be an object, got undefined');
    expect(await open('graph.json', '{"nodes": [')).toMatch(/^graph\.json: invalid JSON/);
    // Cut after a comma, the parser gives a position: the message keeps its line and says what broke.
    expect(await open('cut.json', '{"nodes": [\n  {"key": "a"},\n  {')).toMatch(/^cut\.json \(row 3\): invalid JSON: /);
    expect(await open('other.json', { hello: 'world' })).toBe('other.json: no text: expected a field named text, content, body, isi, teks, konten or artikel');
    expect(await open('list.json', [1, 2])).toMatch(/^No article could be read from list\.json/);

    // articles.json: offsets outside the text refuse the pair, and alone it says what is wrong.
    const texts = { articles: [{ id: 'a1', text: 'Lavrov.', sentences: [[0, 7]], removed: [], mentions: [{ start: 0, end: 99, node: 'person:sergei-lavrov' }] }] };
    const offsetMessage = 'not a newsgraph articles file: articles[0].mentions[0].end should be a whole number from 0 to 7 (the text\'s length), got 99';
    expect(await open('graph.json', good(), texts)).toBe(`articles.json: ${offsetMessage}; nothing was opened`);
    const alone = await openFiles([{ name: 'articles.json', bytes: bytes(JSON.stringify(texts)) }], deps);
    expect(alone).toMatchObject({ ok: false, error: `articles.json: ${offsetMessage}` });
    const fine = { articles: [{ ...texts.articles[0], mentions: [] }] };
    const fineAlone = await openFiles([{ name: 'articles.json', bytes: bytes(JSON.stringify(fine)) }], deps);
    expect(fineAlone).toMatchObject({ ok: false, error: 'articles.json: holds article texts for a graph; open it together with its graph .json or .gexf' });
  });

  it('refuses a file over the size limit before reading it, saying what to do instead', () => {
    expect(MAX_OPEN_BYTES).toBe(96 * 1024 * 1024);
    expect(sizeProblem('graph.json', MAX_OPEN_BYTES)).toBeNull();
    expect(sizeProblem('big.gexf', 200 * 1024 * 1024)).toBe(
      'big.gexf: 200 MB is more than the viewer can open (limit 96 MB); open it in Gephi or filter it first',
    );
    expect(sizeProblem('dump.txt', 100 * 1024 * 1024)).toBe(
      'dump.txt: 100 MB is more than the viewer can read (limit 96 MB); run `newsgraph extract` on it and open the graph',
    );
  });

  it('opens a graph .json with its article texts', async () => {
    const graph = laidOut(fixtureGraph());
    const texts = { articles: [{ id: 'a1', text: 'Lavrov.', sentences: [[0, 7]], removed: [], mentions: [{ start: 0, end: 6, node: 'person:sergei-lavrov' }] }] };
    const result = await openFiles(
      [
        { name: 'graph.json', bytes: bytes(toJson(graph)) },
        { name: 'articles.json', bytes: bytes(JSON.stringify(texts)) },
      ],
      deps,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(toJson(result.loaded.graph)).toBe(toJson(graph));
    expect(result.loaded.texts.get('a1')?.text).toBe('Lavrov.');
    expect(result.loaded.name).toBe('graph.json');
    expect(Graph.from(result.loaded.graph.export()).order).toBe(graph.order);
  });
});
