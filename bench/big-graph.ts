// A seeded contract graph of any size, for the viewer benchmark and the large-graph browser test.
// Node types come from the registry; mentions follow a heavy-tailed (Pareto) distribution and
// edges attach preferentially to much-mentioned nodes, as in a news corpus where a few actors
// are in every story; evidence dates spread over three years; positions are laid out cheaply
// around one cluster centre per type, so nothing here costs a force layout.
import { dayNumber, isoOfDay } from '../src/graph/days.js';
import { emptyNewsGraph, type FixtureGraph } from '../src/graph/fixture.js';
import { EDGE_TYPES, NODE_TYPES } from '../src/graph/registry.js';
import type { ArticleMeta, EdgeType, Evidence } from '../src/graph/types.js';
import { nodeSize } from '../src/layout/sizes.js';

export interface BigGraphOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Number of articles the evidence cites. */
  articles?: number;
}

const FIRST_DAY = dayNumber('2021-01-01');
const DAYS = 3 * 365;

/** mulberry32: the same graph on every run, so figures compare across commits. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function bigGraph({ nodes, edges, seed = 1, articles = 1000 }: BigGraphOptions): FixtureGraph {
  const rand = random(seed);
  const pick = (n: number) => Math.floor(rand() * n);
  const day = () => isoOfDay(FIRST_DAY + pick(DAYS));
  const graph = emptyNewsGraph(`Generated: ${nodes} nodes, ${edges} edges`);
  const metas: ArticleMeta[] = Array.from({ length: articles }, (_, i) => ({
    id: `a${String(i).padStart(5, '0')}`,
    title: `Article ${i}`,
    published: day(),
    source: `Outlet ${i % 20}`,
    lang: i % 3 === 0 ? 'en' : 'id',
    file: `a${i}.txt`,
  }));
  metas.sort((a, b) => (a.id < b.id ? -1 : 1));
  graph.setAttribute('articles', metas);

  // Pareto with alpha 1.2: most nodes are mentioned once or twice, a few hundreds of times.
  const keys: string[] = [];
  const cumulative = new Float64Array(nodes);
  let total = 0;
  const centres = NODE_TYPES.map((_, i) => ({ x: Math.cos((2 * Math.PI * i) / NODE_TYPES.length), y: Math.sin((2 * Math.PI * i) / NODE_TYPES.length) }));
  for (let i = 0; i < nodes; i++) {
    const t = pick(NODE_TYPES.length);
    const type = NODE_TYPES[t]!;
    const mentions = Math.min(5000, Math.floor(1 / Math.pow(1 - rand(), 1 / 1.2)));
    const [start, end] = [day(), day()].sort() as [string, string];
    const key = `${type.id}:n${i}`;
    // Much-mentioned nodes sit near the middle of their type's cluster.
    const spread = 0.15 + 0.6 / Math.sqrt(mentions);
    const angle = rand() * 2 * Math.PI;
    const radius = spread * Math.sqrt(rand());
    graph.addNode(key, {
      label: `${type.label.en} ${i}`,
      type: type.id,
      aliases: [`${type.label.id} ${i}`],
      mentions,
      articles: [metas[pick(articles)]!.id],
      start,
      end,
      x: centres[t]!.x + radius * Math.cos(angle),
      y: centres[t]!.y + radius * Math.sin(angle),
      size: nodeSize(mentions),
      color: type.color,
    });
    keys.push(key);
    total += mentions;
    cumulative[i] = total;
  }
  const weighted = () => {
    const target = rand() * total;
    let lo = 0;
    let hi = nodes - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return keys[lo]!;
  };

  const typed = EDGE_TYPES.filter((d) => d.directed);
  for (let i = 0; i < edges; i++) {
    const source = weighted();
    let target = rand() < 0.5 ? weighted() : keys[pick(nodes)]!;
    if (target === source) target = keys[(keys.indexOf(source) + 1) % nodes]!;
    // Mostly full days, some month-precise dates, as the extractor produces.
    const evidence: Evidence[] = Array.from({ length: 1 + pick(3) }, () => {
      const date = day();
      return { article: metas[pick(articles)]!.id, sentence: pick(30), date: rand() < 0.1 ? date.slice(0, 7) : date };
    });
    const dates = [...new Set(evidence.map((e) => e.date))].sort();
    const startOf = (d: string) => (d.length === 7 ? `${d}-01` : d);
    const endOf = (d: string) => (d.length === 7 ? isoOfDay(dayNumber(`${d}-01`) + 27) : d);
    const type: EdgeType = rand() < 0.8 ? 'co_mention' : typed[pick(typed.length)]!.id;
    const attributes = { type, weight: evidence.length, label: '', start: startOf(dates[0]!), end: endOf(dates.at(-1)!), dates, evidence };
    if (type === 'co_mention') graph.addUndirectedEdgeWithKey(`co_mention:${i}`, source, target, attributes);
    else graph.addDirectedEdgeWithKey(`${type}:${i}`, source, target, attributes);
  }
  return graph;
}
