// How the viewer copes with a big graph, measured in headless Chromium: a generated graph of
// 20,000 nodes and 100,000 edges is opened through the Open… file input, as a user would, in
// the built app served by `vite preview`. Prints figures; asserts nothing.
//
//   npm run bench -- --only viewer     (part of `npm run bench`)
//   npx tsx bench/viewer.ts [--nodes 20000] [--edges 100000] [--runs 1] [--no-build]
//
// first render   file input 'change' → the graph mounted (sigma draws synchronously while
//                mounting) → the next animation frame
// date window    view.setFilters({ window }) until it returns: sigma renders synchronously
//                ('afterRender' fires inside it) and the panels follow; median of 20 30-day
//                windows across the three years; "+frame" adds the wait for the next frame
// hover          view.hover(node) until it returns (the neighbourhood is drawn), median of 50
//                shown nodes; each from a view at rest (the previous hover gone, two frames drawn)
// focus          view.select(node): the canvas narrows to the node and its neighbours; until it
//                returns and until the next frame, median of 20 shown nodes; each from a view at
//                rest (the camera still, two frames drawn)
// clear          view.select(null) after each focus, once the camera has framed the focus: the
//                whole graph drawn again; until it returns and until the next frame
// pan fps        the camera animated across the graph for 3 s: sigma renders per second
//
// Each figure is taken on the view the graph opens on and again after "Show all" when the
// graph opens on a part of itself. Uses /usr/bin/chromium (CHROMIUM_PATH to change).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { toJson } from '../src/graph/json.js';
import { bigGraph } from './big-graph.js';
import type { Benchmark } from './run.js';

export interface ViewFigures {
  nodesShown: number;
  edgesShown: number;
  /** Medians, in milliseconds. */
  windowMs: number;
  windowFrameMs: number;
  hoverMs: number;
  hoverFrameMs: number;
  focusMs: number;
  focusFrameMs: number;
  clearMs: number;
  clearFrameMs: number;
  /** CPU time of all the browser's processes per hover and leave, and per focus and clear (ms; 0 off Linux). */
  hoverCpuMs: number;
  focusCpuMs: number;
  panFps: number;
}

export interface ViewerFigures {
  nodes: number;
  edges: number;
  fileMB: number;
  /** File input change → graph mounted, and → the next frame (medians over runs). */
  mountMs: number;
  firstRenderMs: number;
  opening: ViewFigures;
  /** After "Show all", when the graph opened on a part of itself. */
  all: ViewFigures | null;
}

export interface ViewerBenchOptions {
  nodes?: number;
  edges?: number;
  /** Times the graph is opened afresh; the medians are reported. */
  runs?: number;
  /** Reuse a build in this directory instead of building into a temporary one. */
  dist?: string;
  log?: (line: string) => void;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function serve(dist: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn('npx', ['vite', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}`);
}

/** Records, in the page, when the file input changes and when the new graph is mounted and drawn. */
const INSTRUMENT = () => {
  const w = window as unknown as { __bench: { change: number; mounted: number; frame: number; order: number } };
  w.__bench = { change: 0, mounted: 0, frame: 0, order: 0 };
  document.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id === 'open-input') w.__bench = { change: performance.now(), mounted: 0, frame: 0, order: 0 };
  }, true);
  let handle: unknown;
  Object.defineProperty(window, '__newsgraph', {
    configurable: true,
    get: () => handle,
    set(value: { graph: { order: number } }) {
      handle = value;
      if (!w.__bench.change || w.__bench.mounted) return;
      w.__bench.mounted = performance.now();
      w.__bench.order = value.graph.order;
      requestAnimationFrame(() => (w.__bench.frame = performance.now()));
    },
  });
};

/**
 * CPU time (user + system) the browser's processes have used, in ms: the processes under this one
 * whose command line names Chromium, read from /proc (0 where there is none). With other work on
 * the machine a frame's wall time varies several-fold; its CPU time does not.
 */
function browserCpuMs(): number {
  let dirs: string[];
  try {
    dirs = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return 0;
  }
  const stats = new Map<number, { parent: number; ticks: number; chromium: boolean }>();
  for (const dir of dirs) {
    try {
      const stat = readFileSync(`/proc/${dir}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const chromium = readFileSync(`/proc/${dir}/cmdline`, 'utf8').includes('chrom');
      stats.set(Number(dir), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), chromium });
    } catch {
      // the process ended meanwhile
    }
  }
  const under = (pid: number): boolean => {
    for (let p = stats.get(pid)?.parent; p !== undefined && p > 1; p = stats.get(p)?.parent) if (p === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, stat] of stats) if (stat.chromium && under(pid)) ticks += stat.ticks;
  return ticks * 10; // Linux reports 100 ticks a second
}

async function measureView(page: Page): Promise<ViewFigures> {
  return page.evaluate(async () => {
    const { view, sigma } = window.__newsgraph!;
    const cpu = (window as unknown as { __browserCpuMs: () => Promise<number> }).__browserCpuMs;
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    // At rest: the camera still and two frames drawn since, so a figure is not the previous action's.
    const settle = async () => {
      while (sigma.getCamera().isAnimated()) await frame();
      await frame();
      await frame();
    };
    const med = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]! ) / 2;
    };
    await frame();

    // Date window: 20 windows of 30 days across the extent.
    const extent = view.timeline.extent!;
    const windowMs: number[] = [];
    const windowFrameMs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const from = extent.from + Math.floor(((extent.to - extent.from - 30) * i) / 19);
      const t = performance.now();
      view.setFilters({ window: { from, to: from + 29 } });
      windowMs.push(performance.now() - t);
      windowFrameMs.push((await frame()) - t);
    }
    view.setFilters({ window: null });
    await frame();

    // Hover: 50 shown nodes, spread over the shown set.
    const shown = [...view.state.visible.nodes];
    const hoverMs: number[] = [];
    const hoverFrameMs: number[] = [];
    const hoverCpu = await cpu();
    for (let i = 0; i < 50; i++) {
      const node = shown[Math.floor((shown.length * i) / 50)]!;
      const t = performance.now();
      view.hover(node);
      hoverMs.push(performance.now() - t);
      hoverFrameMs.push((await frame()) - t);
      view.hover(null);
      await settle();
    }
    const hoverCpuMs = ((await cpu()) - hoverCpu) / 50;

    // Focus: 20 shown nodes selected in turn, each cleared before the next.
    const focusMs: number[] = [];
    const focusFrameMs: number[] = [];
    const clearMs: number[] = [];
    const clearFrameMs: number[] = [];
    await settle();
    const focusCpu = await cpu();
    for (let i = 0; i < 20; i++) {
      const node = shown[Math.floor((shown.length * i) / 20)]!;
      const t = performance.now();
      view.select(node);
      focusMs.push(performance.now() - t);
      focusFrameMs.push((await frame()) - t);
      await settle();
      const c = performance.now();
      view.select(null);
      clearMs.push(performance.now() - c);
      clearFrameMs.push((await frame()) - c);
      await settle();
    }
    const focusCpuMs = ((await cpu()) - focusCpu) / 20;

    // Panning: the camera travels across the graph for three seconds.
    const camera = sigma.getCamera();
    camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    await frame();
    let renders = 0;
    const count = () => renders++;
    sigma.on('afterRender', count);
    const start = performance.now();
    await camera.animate({ x: 0.2, y: 0.3 }, { duration: 1500 });
    await camera.animate({ x: 0.8, y: 0.7 }, { duration: 1500 });
    const seconds = (performance.now() - start) / 1000;
    sigma.off('afterRender', count);
    camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    await frame();
    return {
      nodesShown: view.state.visible.nodes.size,
      edgesShown: view.state.visible.edges.size,
      windowMs: med(windowMs),
      windowFrameMs: med(windowFrameMs),
      hoverMs: med(hoverMs),
      hoverFrameMs: med(hoverFrameMs),
      focusMs: med(focusMs),
      focusFrameMs: med(focusFrameMs),
      clearMs: med(clearMs),
      clearFrameMs: med(clearFrameMs),
      hoverCpuMs,
      focusCpuMs,
      panFps: renders / seconds,
    };
  });
}

export async function runViewerBench(options: ViewerBenchOptions = {}): Promise<ViewerFigures> {
  const { nodes = 20_000, edges = 100_000, runs = 1, log = () => {} } = options;
  const work = mkdtempSync(join(tmpdir(), 'newsgraph-viewer-bench-'));
  let server: { url: string; stop: () => void } | null = null;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    log(`generating ${nodes} nodes, ${edges} edges…`);
    const file = join(work, 'graph.json');
    const json = toJson(bigGraph({ nodes, edges }));
    writeFileSync(file, json);
    let dist = options.dist;
    if (!dist) {
      dist = join(work, 'dist');
      log('building the viewer…');
      const build = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('vite build failed');
    }
    server = await serve(dist);

    const mounts: number[] = [];
    const firsts: number[] = [];
    let opening: ViewFigures | null = null;
    let all: ViewFigures | null = null;
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // tsx keeps function names with a helper the page does not have.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      await page.addInitScript(INSTRUMENT);
      await page.exposeFunction('__browserCpuMs', browserCpuMs);
      await page.goto(server.url);
      await page.waitForFunction(() => window.__newsgraph !== undefined);
      await page.setInputFiles('#open-input', file);
      await page
        .waitForFunction(
          (order) => {
            const b = (window as unknown as { __bench: { frame: number; order: number } }).__bench;
            return (b.frame > 0 && b.order === order) || !document.getElementById('message')!.hidden;
          },
          nodes,
          { timeout: 120_000 },
        )
        .catch((error: Error) => {
          throw new Error(`the graph did not open: ${error.message} ${errors.join('; ')}`);
        });
      const message = await page.locator('#message').textContent();
      if (message) throw new Error(`the viewer says: ${message}`);
      const b = await page.evaluate(() => (window as unknown as { __bench: { change: number; mounted: number; frame: number } }).__bench);
      mounts.push(b.mounted - b.change);
      firsts.push(b.frame - b.change);
      log(`run ${run + 1}: mounted in ${(b.mounted - b.change).toFixed(0)} ms, first frame at ${(b.frame - b.change).toFixed(0)} ms`);
      if (run === runs - 1) {
        opening = await measureView(page);
        // Only a graph that opened on a part of itself shows the notice (the button is in the page either way).
        if (await page.getByTestId('shown-notice').isVisible()) {
          await page.locator('#show-all').click();
          all = await measureView(page);
        }
      }
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      await page.close();
    }
    return {
      nodes,
      edges,
      fileMB: json.length / 1e6,
      mountMs: median(mounts),
      firstRenderMs: median(firsts),
      opening: opening!,
      all,
    };
  } finally {
    await browser.close();
    server?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

export function formatViewerFigures(f: ViewerFigures): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const rows = [
    ['', 'shown', 'date window', '+frame', 'hover', '+frame', 'focus', '+frame', 'clear', '+frame', 'pan'],
    ...[['opening view', f.opening] as const, ...(f.all ? [['show all', f.all] as const] : [])].map(([name, v]) => [
      name,
      `${v.nodesShown} nodes / ${v.edgesShown} edges`,
      ms(v.windowMs),
      ms(v.windowFrameMs),
      ms(v.hoverMs),
      ms(v.hoverFrameMs),
      ms(v.focusMs),
      ms(v.focusFrameMs),
      ms(v.clearMs),
      ms(v.clearFrameMs),
      `${v.panFps.toFixed(0)} fps`,
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const table = rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
  return [
    `viewer: ${f.nodes} nodes, ${f.edges} edges (graph.json ${f.fileMB.toFixed(0)} MB), headless Chromium, software WebGL`,
    `  first render (file chosen → first frame): ${ms(f.firstRenderMs)} (mounted at ${ms(f.mountMs)})`,
    ...table.map((line) => `  ${line}`),
    ...[['opening view', f.opening] as const, ...(f.all ? [['show all', f.all] as const] : [])].map(
      ([name, v]) => `  ${name}: browser CPU ${ms(v.hoverCpuMs)} per hover and leave, ${ms(v.focusCpuMs)} per focus and clear (all its processes)`,
    ),
    '  date window, hover, focus and clear: medians of 20, 50, 20 and 20 updates, until the call returns (sigma has drawn); +frame: until the next animation frame',
  ].join('\n');
}

const benchmark: Benchmark = {
  name: 'viewer',
  title: 'Viewer in headless Chromium: 1,500 nodes / 6,000 edges (a corpus of a few hundred articles), then 20,000 / 100,000',
  async run(ctx) {
    // The size of an analyst's corpus (81 articles give 1,400 nodes): focus and hover, each until the next frame, target 50 ms.
    const corpus = await runViewerBench({ nodes: 1_500, edges: 6_000, log: (line) => ctx.line(`  ${line}`) });
    ctx.line(formatViewerFigures(corpus));
    ctx.result('viewer_1500_focus_frame_ms', corpus.opening.focusFrameMs);
    ctx.result('viewer_1500_hover_frame_ms', corpus.opening.hoverFrameMs);
    ctx.result('viewer_1500_clear_frame_ms', corpus.opening.clearFrameMs);
    ctx.result('viewer_1500_hover_cpu_ms', corpus.opening.hoverCpuMs);
    ctx.result('viewer_1500_focus_cpu_ms', corpus.opening.focusCpuMs);
    if (corpus.all) ctx.result('viewer_1500_all_focus_frame_ms', corpus.all.focusFrameMs);
    const figures = await runViewerBench({ log: (line) => ctx.line(`  ${line}`) });
    ctx.line(formatViewerFigures(figures));
    ctx.result('viewer_first_render_ms', figures.firstRenderMs);
    ctx.result('viewer_window_ms', figures.opening.windowMs);
    ctx.result('viewer_hover_ms', figures.opening.hoverMs);
    ctx.result('viewer_pan_fps', figures.opening.panFps);
    if (figures.all) {
      ctx.result('viewer_all_window_ms', figures.all.windowMs);
      ctx.result('viewer_all_hover_ms', figures.all.hoverMs);
      ctx.result('viewer_all_pan_fps', figures.all.panFps);
    }
  },
};
export default benchmark;

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await runViewerBench({
    nodes: Number(arg('nodes') ?? 20_000),
    edges: Number(arg('edges') ?? 100_000),
    runs: Number(arg('runs') ?? 1),
    dist: process.argv.includes('--no-build') ? join(ROOT, 'dist') : arg('dist'),
    log: (line) => console.error(line),
  });
  console.log(formatViewerFigures(figures));
}
