// `newsgraph extract [PATHS…] [--out DIR] [--explain]`

import { readFile, stat } from 'node:fs/promises';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { basename, join } from 'node:path';
import { buildGraph, type NewsGraph } from '../extract/build.js';
import type { ExtractedArticle, StageTimes } from '../extract/pipeline.js';
import { resolve, type Resolution } from '../extract/resolve.js';
import { articleText } from '../extract/texts.js';
import type { Article, InputProblem } from '../extract/types.js';
import { sortedArticlesJsonChunks, type SentenceSource } from '../graph/articles.js';
import { applyCorrections, describeCorrection, movedMentions, parseCorrections, type Correction } from '../graph/corrections.js';
import { toCsvChunks } from '../graph/csv.js';
import type { ArticleText } from '../graph/types.js';
import { toGexfChunks } from '../graph/gexf.js';
import { toGraphmlChunks } from '../graph/graphml.js';
import { toFtm } from '../graph/ftm.js';
import { compareKeys, toJsonChunks } from '../graph/json.js';
import { EDGE_TYPES, NODE_TYPES } from '../graph/registry.js';
import { layoutGraphWith, runForceAtlas2 } from '../layout/index.js';
import {
  articleKey, entryPath, fileIndexPath, fileKey, openCache, readEntry, readFileIndex, readPositions, writeFileIndex, writePositions,
} from './cache.js';
import { listInputFiles, readInputBytes } from './inputs.js';
import { createProgress } from './progress.js';
import { createWorkers, defaultJobs, layoutOnWorker, type Parsed } from './work.js';
import { DEFAULT_FORMATS, type OutputFormat } from './formats.js';
import { writeFilesAtomically, type Content } from './write.js';

export interface ExtractOptions {
  paths: string[];
  out: string;
  explain: boolean;
  /** Threads doing the per-file and per-article work; 1 keeps it all on the main thread. */
  jobs?: number;
  /** Keep and use `<out>/.cache` (default true). */
  cache?: boolean;
  /** Print the time each stage took to stderr. */
  timings?: boolean;
  /** A corrections.json to apply to the graph before it is laid out and written. */
  corrections?: string;
  /** Which graph files to write (default json, gexf, csv); articles.json is always written. */
  formats?: OutputFormat[];
  /** Lay the whole graph out even when the last run's positions could be kept. */
  fullLayout?: boolean;
}

const formatProblem = (p: InputProblem) => `newsgraph: ${p.file}${p.row ? ` (row ${p.row})` : ''}: ${p.message}`;

function countsBy<T>(items: Iterable<T>, order: readonly { id: string }[], typeOf: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(typeOf(item), (counts.get(typeOf(item)) ?? 0) + 1);
  return order
    .filter((d) => counts.has(d.id))
    .map((d) => `${d.id} ${counts.get(d.id)}`)
    .join(', ');
}

/**
 * A full garbage collection, for the boundaries between the big stages of a big run: V8 lets
 * garbage pile up to a few times what is live before it collects, and each stage leaves plenty
 * (layout's copy of the graph, the writers' pieces), so without it the peak memory of a
 * 10,000-article run varies between 1.1 and 2 GB; with it, it stays near what is live.
 */
const collectGarbage: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  v8.setFlagsFromString('--no-expose-gc');
  return typeof gc === 'function' ? gc : () => {};
})();

/** Graphs from this many edges up get a collection between stages (it costs a fraction of a second each). */
const COLLECT_FROM_EDGES = 50_000;

/** Below this much input a worker's start-up (loading the extractor: about a second) costs more than it saves. */
const WORKER_MIN_BYTES = 1_000_000;

/** Without --jobs: every core for a big corpus, this thread alone for a few files. */
async function autoJobs(files: string[]): Promise<number> {
  let bytes = 0;
  for (const file of files) {
    bytes += await stat(file).then((info) => info.size, () => 0);
    if (bytes >= WORKER_MIN_BYTES) return defaultJobs();
  }
  return 1;
}

/** Applies the corrections, naming on stderr each one the graph has no key for. */
function correct(graph: NewsGraph, corrections: Correction[], file: string): Map<string, string | null> {
  const { skipped, moved } = applyCorrections(graph, corrections);
  for (const s of skipped) {
    console.error(`newsgraph: ${file}: correction ${s.index + 1} (${describeCorrection(s.correction)}) not applied: ${s.reason}`);
  }
  console.log(`Corrections: ${corrections.length - skipped.length} of ${corrections.length} applied from ${file}`);
  return moved;
}

function* withMoved(articles: Iterable<ArticleText>, moved: Map<string, string | null>): Generator<ArticleText> {
  for (const article of articles) yield { ...article, mentions: movedMentions(article.mentions, moved) };
}

function* articlesById(articles: ExtractedArticle[], resolution: Resolution): Generator<ArticleText> {
  const order = articles.map((_, a) => a).sort((x, y) => compareKeys(articles[x]!.meta.id, articles[y]!.meta.id));
  for (const a of order) yield articleText(articles[a]!, a, resolution);
}

/** Ids unique across the run: a later duplicate gets a numeric suffix (as uniqueIds does). */
function uniqueId(parsed: string, used: Set<string>): string {
  let id = parsed;
  for (let n = 2; used.has(id); n++) id = `${parsed}-${n}`;
  used.add(id);
  return id;
}

/**
 * An article or its extraction under its run-wide id. Extraction never reads the id (it only
 * carries it in `meta`), so an extraction cached under another id is still this article's.
 */
function withId<T extends Article | ExtractedArticle>(item: T, id: string): T {
  if ('meta' in item) return item.meta.id === id ? item : { ...item, meta: { ...item.meta, id } };
  return item.id === id ? item : { ...item, id };
}

/** A file's articles: parsed (`articles`), or known from the cache's index of the file (`keys` only). */
interface FileArticles {
  problems: InputProblem[];
  articles?: Article[];
  keys: { id: string; key: string }[] | undefined;
}

/**
 * `--timings`: per-article stages summed over the threads (time spent in them, which counts waiting
 * for a core on a busy machine), the rest as wall time on the main thread.
 */
function timingTable(cpu: StageTimes, wall: StageTimes, memory: Map<string, number>, elapsed: number, jobs: number): string {
  const row = (name: string, ms: number, note = '') => `  ${name.padEnd(32)}${(ms / 1000).toFixed(2).padStart(8)} s${note}`;
  const rss = (stage: string) => (memory.has(stage) ? `  (RSS after: ${Math.round(memory.get(stage)! / 2 ** 20)} MB)` : '');
  const perArticle = ['parse', 'clean', 'sentences', 'mentions', 'dates', 'headlines', 'events + relations', 'cache write'];
  return [
    `Timings (${jobs} job${jobs === 1 ? '' : 's'}):`,
    ...perArticle.filter((s) => cpu[s] !== undefined).map((s) => row(s, cpu[s]!, '  (summed over threads)')),
    ...Object.entries(wall).map(([s, ms]) => row(s, ms, rss(s))),
    row('total', elapsed),
  ].join('\n');
}

function explain(extracted: ExtractedArticle[]): string {
  return extracted
    .map(({ meta, cleaned }) => {
      const lines = cleaned.removed.map((r) => `  - [${r.reason}] ${r.text.replace(/\s+/g, ' ')}`);
      return `${meta.id} (${meta.file}): removed ${cleaned.removed.length} block(s)\n${lines.join('\n')}`;
    })
    .join('\n');
}

/** Files read ahead of the one being handed out: enough to keep every worker busy. */
const READ_AHEAD = 8;
/** Articles sent for extraction and not yet back: bounds the text held in memory. */
const IN_FLIGHT = 64;

/** Wall time and resident memory after each stage of a run (memory only with --timings: where the peak comes from). */
function createClock(timings: boolean) {
  const wall: StageTimes = {};
  const memory = new Map<string, number>();
  const clock = (stage: string, since: number) => {
    wall[stage] = (wall[stage] ?? 0) + performance.now() - since;
    if (timings) memory.set(stage, process.memoryUsage.rss());
  };
  const stage = <T>(name: string, work: () => T): T => {
    const started = performance.now();
    const result = work();
    clock(name, started);
    return result;
  };
  return { wall, memory, clock, stage };
}
type Clock = ReturnType<typeof createClock>;

/** The --corrections file, parsed; null when none was given, undefined (after saying why) when it cannot be used. */
async function readCorrectionsOption(options: ExtractOptions): Promise<Correction[] | null | undefined> {
  if (!options.corrections) return null;
  try {
    return parseCorrections(await readFile(options.corrections, 'utf8'), options.corrections);
  } catch (error) {
    console.error(`newsgraph: ${(error as Error).message.replace(/^ENOENT: no such file or directory, open '(.*)'$/, '$1: no such file')}`);
    return undefined;
  }
}

export async function runExtract(options: ExtractOptions): Promise<number> {
  const startedAt = performance.now();
  // Read first: a corrections file that cannot be used stops the run before anything is written.
  const corrections = await readCorrectionsOption(options);
  if (corrections === undefined) return 2;
  const timing = createClock(options.timings ?? false);
  const { files, problems } = await listInputFiles(options.paths, [options.out]);
  const cacheDir = options.cache === false ? undefined : openCache(options.out);
  const run = await extractFiles(files, problems, cacheDir, options, timing);
  for (const problem of problems) console.error(formatProblem(problem));
  if (run.extracted.length === 0) {
    console.error(`newsgraph: no article could be read from ${options.paths.join(', ')}; nothing written`);
    return 1;
  }
  for (const write of run.indexes) write();
  const { graph, layout, outputs } = await buildAndWrite(run, corrections, cacheDir, options, timing);
  const elapsed = performance.now() - startedAt;
  if (options.timings) console.error(timingTable(run.times, timing.wall, timing.memory, elapsed, run.jobs));
  console.log(summary(run, files.length, cacheDir !== undefined, graph, layout, outputs, elapsed));
  return 0;
}

/** What reading and extracting the input gave, and the cache indexes to write once something was read. */
interface ExtractRun {
  extracted: ExtractedArticle[];
  read: number;
  fromCache: number;
  failedFiles: Set<string>;
  indexes: (() => void)[];
  times: StageTimes;
  jobs: number;
  explanation: string | undefined;
}

async function extractFiles(files: string[], problems: InputProblem[], cacheDir: string | undefined, options: ExtractOptions, timing: Clock): Promise<ExtractRun> {
  const failedFiles = new Set(problems.map((p) => p.file));
  const workers = createWorkers(options.jobs ?? (await autoJobs(files)), options.timings ?? false);
  const indexes: (() => void)[] = [];
  const { openFile, readAndParse } = fileOpener(workers, cacheDir, indexes);
  const parsing: Promise<FileArticles>[] = [];
  const jobs: Promise<ExtractedArticle>[] = [];
  const waiting = new Set<Promise<unknown>>();
  const usedIds = new Set<string>();
  let read = 0;
  let fromCache = 0;
  const progress = createProgress(files.length, 'extracting');
  const extractStarted = performance.now();
  let extracted: ExtractedArticle[];
  let times: StageTimes = {};
  try {
    for (let f = 0; f < files.length; f++) {
      while (parsing.length < Math.min(files.length, f + READ_AHEAD)) parsing.push(openFile(files[parsing.length]!));
      const file = files[f]!;
      const opened = await parsing[f]!;
      delete parsing[f];
      problems.push(...opened.problems);
      const count = opened.articles?.length ?? opened.keys?.length ?? 0;
      if (count === 0) failedFiles.add(file);
      // Parsed again only if an article listed in the file's index has lost its entry.
      let reparsed: Promise<Parsed> | undefined;
      for (let i = 0; i < count; i++) {
        const parsedId = opened.articles?.[i]!.id ?? opened.keys![i]!.id;
        const id = uniqueId(parsedId, usedIds);
        read++;
        let job: Promise<ExtractedArticle>;
        if (cacheDir) {
          const entry = entryPath(cacheDir, opened.keys![i]!.key);
          job = readEntry(entry).then(async (hit) => {
            if (hit) {
              fromCache++;
              return withId(hit, id);
            }
            const article = opened.articles?.[i] ?? (await (reparsed ??= readAndParse(file))).articles[i]!;
            return workers.extract(withId(article, id), entry);
          });
        } else {
          job = workers.extract(withId(opened.articles![i]!, id));
        }
        jobs.push(job);
        const tracked = job.finally(() => waiting.delete(tracked));
        waiting.add(tracked);
        if (waiting.size >= IN_FLIGHT) await Promise.race(waiting);
      }
      progress.tick(f + 1);
    }
    extracted = await Promise.all(jobs);
    timing.clock('read + parse + extract (wall)', extractStarted);
    if (options.timings) times = await workers.times();
  } finally {
    await workers.close();
  }
  progress.done();
  const explanation = options.explain && extracted.length ? explain(extracted) : undefined;
  return { extracted, read, fromCache, failedFiles, indexes, times, jobs: workers.jobs, explanation };
}

/**
 * Files are read and parsed ahead, in parallel, but handed out in their sorted order, so the
 * articles (and their ids, made unique in that order) come out as in a single-threaded run.
 * With a cache, a file seen before (same path and bytes) is not even parsed: its index lists
 * the keys of its articles.
 */
function fileOpener(workers: ReturnType<typeof createWorkers>, cacheDir: string | undefined, indexes: (() => void)[]) {
  const readAndParse = async (file: string): Promise<Parsed> => {
    const bytes = await readInputBytes(file);
    return bytes instanceof Uint8Array ? workers.parse(file, bytes) : { articles: [], problems: [bytes] };
  };
  const openFile = async (file: string): Promise<FileArticles> => {
    const bytes = await readInputBytes(file);
    if (!(bytes instanceof Uint8Array)) return { articles: [], problems: [bytes], keys: undefined };
    if (!cacheDir) return { ...(await workers.parse(file, bytes)), keys: undefined };
    const index = fileIndexPath(cacheDir, fileKey(file, bytes));
    const known = await readFileIndex(index);
    if (known) return { problems: known.problems, keys: known.entries };
    const parsed = await workers.parse(file, bytes);
    const entries = parsed.articles.map((a) => ({ id: a.id, key: articleKey(a) }));
    // Kept once the run has read something: a run that writes nothing leaves no folder behind.
    indexes.push(() => writeFileIndex(index, { problems: parsed.problems, entries }));
    return { ...parsed, keys: entries };
  };
  return { openFile, readAndParse };
}

/** Resolves, builds, corrects and lays out the graph, then writes every output file. */
async function buildAndWrite(run: ExtractRun, corrections: Correction[] | null, cacheDir: string | undefined, options: ExtractOptions, timing: Clock) {
  const { stage, clock } = timing;
  // Resolved once: the graph's nodes and the article texts' mentions must agree.
  let resolution: Resolution | undefined = stage('resolve', () => resolve(run.extracted));
  const graph: NewsGraph = stage('build', () => buildGraph(run.extracted, { resolution }));
  const moved = corrections ? correct(graph, corrections, options.corrections!) : new Map<string, string | null>();
  const big = graph.size >= COLLECT_FROM_EDGES;
  if (big) collectGarbage();
  // The last run's positions (same extractor) are kept and only new nodes placed, unless asked
  // not to or the new nodes are too many (layout/incremental.ts).
  const known = cacheDir && !options.fullLayout ? readPositions(cacheDir) : undefined;
  // ForceAtlas2 runs on a thread of its own while the files that need no positions are written.
  const layoutStarted = performance.now();
  const laidOut = layoutGraphWith(graph, known, run.jobs > 1 ? layoutOnWorker : async (input) => runForceAtlas2(input)).then((kind) => {
    clock('layout', layoutStarted);
    return kind;
  });
  laidOut.catch(() => {}); // awaited below; this only keeps an early failure from counting as unhandled
  const outputs = outputsOf(graph, options, () => sortedArticlesJsonChunks(withMoved(articlesById(run.extracted, resolution!), moved)), run.extracted);
  const needsPositions = (path: string) => !POSITION_FREE.has(basename(path));
  let writeStarted = performance.now();
  const before = async (path: string) => {
    if (needsPositions(path)) await laidOut;
    writeStarted = performance.now();
  };
  await writeFilesAtomically(
    outputs,
    (path) => {
      clock(`write ${basename(path)}`, writeStarted);
      // Written first (files go in name order); the graph keeps what the other files need.
      if (basename(path) === 'articles.json') [run.extracted, resolution] = [[], undefined];
      if (big) collectGarbage();
    },
    before,
  );
  const layout = await laidOut;
  if (cacheDir) writePositions(cacheDir, graph.mapNodes((node, a) => [node, a.x, a.y]));
  if (run.explanation !== undefined) console.log(run.explanation);
  return { graph, layout, outputs };
}

/** Files written without the layout's positions (the first in name order): they go while it runs. */
const POSITION_FREE = new Set(['articles.json', 'edges.csv']);

/** The files to write, each produced while it is written, one at a time. */
function outputsOf(graph: NewsGraph, options: ExtractOptions, articles: () => Iterable<string>, extracted: ExtractedArticle[]): Record<string, Content> {
  // GEXF and CSV show each edge's best evidence sentence: the stories and their sentence offsets
  // are kept (about the input's size) when the rest of the extraction is let go.
  const evidenceTexts = new Map<string, SentenceSource>(
    extracted.map((a) => [a.meta.id, { text: a.cleaned.text, sentences: a.sentences.map((s): [number, number] => [s.start, s.end]) }]),
  );
  const csv = toCsvChunks(graph, evidenceTexts);
  const formats = new Set(options.formats ?? DEFAULT_FORMATS);
  return {
    ...(formats.has('json') ? { [join(options.out, 'graph.json')]: () => toJsonChunks(graph) } : {}),
    ...(formats.has('gexf') ? { [join(options.out, 'graph.gexf')]: () => toGexfChunks(graph, evidenceTexts) } : {}),
    ...(formats.has('csv') ? { [join(options.out, 'nodes.csv')]: () => csv.nodes, [join(options.out, 'edges.csv')]: () => csv.edges } : {}),
    ...(formats.has('graphml') ? { [join(options.out, 'graph.graphml')]: () => toGraphmlChunks(graph, evidenceTexts) } : {}),
    ...(formats.has('ftm') ? { [join(options.out, 'graph.ftm.jsonl')]: () => [toFtm(graph)] } : {}),
    // One article's text at a time, in id order.
    [join(options.out, 'articles.json')]: articles,
  };
}

/** The run's closing lines: what was read, extracted, laid out and written. */
function summary(run: ExtractRun, fileCount: number, cached: boolean, graph: NewsGraph, layout: string, outputs: Record<string, Content>, elapsed: number): string {
  const { read, fromCache, jobs } = run;
  const skipped = run.failedFiles.size;
  return [
    `Read ${read} article${read === 1 ? '' : 's'} from ${fileCount - skipped} file(s); ${skipped} file(s) skipped`,
    `Extracted ${read - fromCache}, from cache ${fromCache}${cached ? '' : ' (cache off)'}; ${jobs} job${jobs === 1 ? '' : 's'}`,
    `Layout: ${layout === 'full' ? 'full (ForceAtlas2)' : 'incremental (positions kept, new nodes beside their neighbours)'}`,
    `Nodes: ${graph.order} (${countsBy(graph.nodes(), NODE_TYPES, (n) => graph.getNodeAttribute(n, 'type'))})`,
    `Edges: ${graph.size} (${countsBy(graph.edges(), EDGE_TYPES, (e) => graph.getEdgeAttribute(e, 'type'))})`,
    `Wrote ${Object.keys(outputs).sort().join(', ')} in ${(elapsed / 1000).toFixed(2)} s`,
  ].join('\n');
}
