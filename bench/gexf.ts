// GEXF writing at 50,000 nodes and 100,000 edges: our dynamic writer (toGexf) against
// graphology-gexf's static writer, on the same generated graph, side by side.

import Graph from 'graphology';
import gexf from 'graphology-gexf';
import { toGexf } from '../src/graph/gexf.js';
import type { ArticleText, EdgeAttributes, GraphAttributes, NodeAttributes, NodeType } from '../src/graph/types.js';
import { layoutGraph } from '../src/layout/index.js';
import { seededRandom } from '../src/learn/random.js';
import type { Benchmark, BenchContext } from './run.js';

const TYPES: NodeType[] = ['person', 'country', 'place', 'organization', 'weapon'];
const SENTENCES = 40;

/** Article texts for syntheticGraph's evidence: 997 articles of 40 sentences. */
export function syntheticTexts(): Map<string, ArticleText> {
  const texts = new Map<string, ArticleText>();
  for (let a = 0; a < 997; a++) {
    const sentences = Array.from({ length: SENTENCES }, (_, s) => `Name ${a} met Name ${s} in the capital on Tuesday, officials said.`);
    let at = 0;
    const spans = sentences.map((s): [number, number] => [at, (at += s.length + 1) - 1]);
    texts.set(`a${a}`, { id: `a${a}`, text: sentences.join(' '), sentences: spans, removed: [], mentions: [] });
  }
  return texts;
}

/** A contract graph of the given size, seeded: nodes with aliases and dates, co-mention edges with evidence. */
export function syntheticGraph(nodes: number, edges: number, seed = 1): Graph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const r = seededRandom(seed);
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ title: 'bench', generator: { name: 'newsgraph', version: 'bench' }, articles: [] });
  const day = () => `20${10 + Math.floor(r() * 14)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
  for (let i = 0; i < nodes; i++) {
    const [a, b] = [day(), day()].sort();
    graph.addNode(`n${i}`, {
      label: `Name ${i}`,
      type: TYPES[i % TYPES.length]!,
      aliases: [`Name ${i}`, `N. ${i}`],
      mentions: 1 + Math.floor(r() * 20),
      articles: [`a${i % 997}`, `a${i % 991}`],
      start: a!,
      end: b!,
      x: 0,
      y: 0,
      size: 1,
      color: '',
    });
  }
  for (let i = 0; i < edges; i++) {
    const s = Math.floor(r() * nodes);
    let t = Math.floor(r() * nodes);
    if (t === s) t = (t + 1) % nodes;
    const date = day();
    graph.addUndirectedEdgeWithKey(`co_mention:e${i}`, `n${s}`, `n${t}`, {
      type: 'co_mention',
      weight: 1,
      label: 'mentioned together',
      start: date,
      end: date,
      dates: [date],
      evidence: [{ article: `a${i % 997}`, sentence: i % SENTENCES, date }],
    });
  }
  return graph;
}

const best = (runs: number, work: () => unknown) => {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
};

const benchmark: Benchmark = {
  name: 'gexf',
  title: 'GEXF writing, 50,000 nodes / 100,000 edges (best of 3)',
  async run(ctx: BenchContext) {
    const graph = syntheticGraph(50_000, 100_000);
    // Positions and colours, as an extracted graph has them (and what both writers then write).
    const started = performance.now();
    layoutGraph(graph);
    const layout = performance.now() - started;
    let ours = '';
    let theirs = '';
    const texts = syntheticTexts();
    const oursMs = best(3, () => (ours = toGexf(graph, texts)));
    const theirsMs = best(3, () => (theirs = gexf.write(graph)));
    ctx.table(
      ['writer', 'time', 'size', 'MB/s'],
      [
        ['newsgraph toGexf (dynamic, dates, spells, best sentence)', `${(oursMs / 1000).toFixed(2)} s`, `${(ours.length / 1e6).toFixed(1)} MB`, (ours.length / 1e3 / oursMs).toFixed(1)],
        ['graphology-gexf write (static)', `${(theirsMs / 1000).toFixed(2)} s`, `${(theirs.length / 1e6).toFixed(1)} MB`, (theirs.length / 1e3 / theirsMs).toFixed(1)],
      ],
    );
    ctx.line(`toGexf / graphology-gexf time: ${(oursMs / theirsMs).toFixed(2)} (target ≤ 1.00; layout of this graph took ${(layout / 1000).toFixed(1)} s, not counted)`);
    ctx.result('gexf ours ms', oursMs);
    ctx.result('gexf graphology-gexf ms', theirsMs);
  },
};

export default benchmark;
