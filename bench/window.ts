// How fast the date window updates on a big graph: the time bar calls computeVisible once per
// animation frame while the user drags, so a frame's budget (target ≤ 50 ms at 50k edges)
// is what matters. Run by `npm run bench` (or `npm run bench -- --only window`). Prints figures; asserts nothing.
import { computeVisible, defaultFilters } from '../src/app/core/filters.js';
import { histogram } from '../src/app/core/histogram.js';
import { indexTimeline } from '../src/app/core/timeline.js';
import { dayNumber, isoOfDay } from '../src/graph/days.js';
import { emptyNewsGraph, type FixtureGraph } from '../src/graph/fixture.js';
import { NODE_TYPES } from '../src/graph/registry.js';
import type { Evidence } from '../src/graph/types.js';
import type { Benchmark } from './run.js';

const NODES = 20_000;
const EDGE_COUNTS = [50_000, 100_000];
const FIRST_DAY = dayNumber('2021-01-01');
const DAYS = 3 * 365;
const WINDOWS = 200;
const WINDOW_DAYS = 30;

/** mulberry32: the same graph on every run, so figures compare across commits. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function contractGraph(edges: number, rand: () => number): FixtureGraph {
  const graph = emptyNewsGraph(`bench ${NODES} nodes, ${edges} edges`);
  const pick = (n: number) => Math.floor(rand() * n);
  const day = () => isoOfDay(FIRST_DAY + pick(DAYS));
  const keys: string[] = [];
  for (let i = 0; i < NODES; i++) {
    const type = NODE_TYPES[pick(NODE_TYPES.length)]!;
    const [start, end] = [day(), day()].sort() as [string, string];
    const key = `${type.id}:n${i}`;
    graph.addNode(key, {
      label: `Node ${i}`, type: type.id, aliases: [], mentions: 1 + pick(20), articles: [],
      start, end, x: rand(), y: rand(), size: 1, color: type.color,
    });
    keys.push(key);
  }
  for (let i = 0; i < edges; i++) {
    // Mostly full days, some month-precise dates, as the extractor produces.
    const evidence: Evidence[] = Array.from({ length: 1 + pick(3) }, () => {
      const date = day();
      return { article: `a${pick(1000)}`, sentence: 0, date: rand() < 0.1 ? date.slice(0, 7) : date };
    });
    const dates = [...new Set(evidence.map((e) => e.date))].sort();
    graph.addUndirectedEdgeWithKey(`co_mention:${i}`, keys[pick(NODES)]!, keys[pick(NODES)]!, {
      type: 'co_mention', weight: evidence.length, label: '', start: dates[0]!, end: dates.at(-1)!, dates, evidence,
    });
  }
  return graph;
}

const time = (run: () => void): number => {
  const t = performance.now();
  run();
  return performance.now() - t;
};

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
};

const bench: Benchmark = {
  name: 'window',
  title: 'Viewer date window: timeline index, computeVisible per window, histogram',
  async run(ctx) {
    for (const edges of EDGE_COUNTS) {
      const graph = contractGraph(edges, random(edges));
      let timeline!: ReturnType<typeof indexTimeline>;
      const indexMs = time(() => (timeline = indexTimeline(graph)));
      const extent = timeline.extent!;

      // A window sliding across the three years, as a drag or Play would move it.
      const step = Math.max(1, Math.floor((DAYS - WINDOW_DAYS) / WINDOWS));
      const windows = Array.from({ length: WINDOWS }, (_, i) => ({ from: FIRST_DAY + i * step, to: FIRST_DAY + i * step + WINDOW_DAYS - 1 }));
      for (const window of windows.slice(0, 10)) computeVisible(graph, timeline, { ...defaultFilters(), window }); // warm-up
      let shown = 0;
      const updates = windows.map((window) =>
        time(() => (shown += computeVisible(graph, timeline, { ...defaultFilters(), window }).edges.size)),
      );
      const histograms = Array.from({ length: 50 }, () => time(() => histogram(timeline.evidenceDays, extent)));

      ctx.line(`${NODES} nodes, ${edges} edges, ${timeline.evidenceDays.length} dated evidence over ${isoOfDay(extent.from)}..${isoOfDay(extent.to)}`);
      ctx.line(`  index timeline (once per graph): ${indexMs.toFixed(1)} ms`);
      ctx.line(`  computeVisible, ${WINDOWS} windows of ${WINDOW_DAYS} days: ${summary(updates)} (avg ${Math.round(shown / WINDOWS)} edges shown)`);
      ctx.line(`  histogram over the extent (50 runs): ${summary(histograms)}`);
    }
  },
};

export default bench;
