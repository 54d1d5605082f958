// Files opened or dropped in the viewer → the graph to show, or messages naming each file and
// its problem. One graph file (.gexf or graph .json, optionally with its articles.json), or
// any number of article files that form one corpus. DOM-free: the caller reads the files and
// runs the extraction (in a Web Worker in the browser, directly in tests).

import Graph from 'graphology';
import { decodeText } from '../../extract/decode.js';
import { fromJson, type ContractGraph } from '../../graph/json.js';
import { checkArticlesFile } from '../../graph/articles.js';
import type { ArticleText } from '../../graph/types.js';
import type { Loaded } from '../graph.js';
import type { CorpusResult, InputFile } from './corpus.js';
import { readGexf, type GexfParse, type XmlParser } from './gexf-import.js';

export const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'csv', 'json', 'jsonl', 'ndjson'];
export const ACCEPTED = ['.gexf', ...ARTICLE_EXTENSIONS.map((e) => `.${e}`)].join(',');

const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

export type JsonKind = 'graph' | 'texts' | 'articles';

/** A .json file may be a graph, the article texts that go with one, or article records. */
export function classifyJson(value: unknown): JsonKind {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'articles';
  const record = value as Record<string, unknown>;
  if ('nodes' in record || 'edges' in record || 'options' in record) return 'graph';
  const first = Array.isArray(record.articles) ? (record.articles[0] as Record<string, unknown> | undefined) : undefined;
  if (first && typeof first === 'object' && Array.isArray(first.removed) && Array.isArray(first.mentions)) return 'texts';
  return 'articles';
}

/** articles.json (ArticlesFile) → texts by article id; every field and offset checked, the message says what and where. */
export function readTexts(value: unknown): Map<string, ArticleText> {
  return new Map(checkArticlesFile(value).articles.map((a) => [a.id, a]));
}

/**
 * The largest file the viewer opens. Parsing and checking run in a worker at any size, but the
 * graph is built on the page. Measured in headless Chromium (software WebGL, 2 cores): since
 * big graphs open on their most-mentioned part, the benchmark's 76 MB graph.json (20,000 nodes,
 * 100,000 edges) shows in 5 to 7 s (`npm run bench -- --only viewer`); a file twice that size would hold
 * the page for longer than anyone waits. The CLI has no such limit.
 */
export const MAX_OPEN_BYTES = 96 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** A file too big to open, named with what to do instead; null when it fits. Checked before reading it. */
export function sizeProblem(name: string, size: number, limit = MAX_OPEN_BYTES): string | null {
  if (size <= limit) return null;
  const graphFile = /\.(gexf|json)$/i.test(name);
  return graphFile
    ? `${name}: ${megabytes(size)} is more than the viewer can open (limit ${megabytes(limit)}); open it in Gephi or filter it first`
    : `${name}: ${megabytes(size)} is more than the viewer can read (limit ${megabytes(limit)}); run \`newsgraph extract\` on it and open the graph`;
}

export interface OpenDeps {
  parseXml: XmlParser;
  parseGexf: GexfParse;
  /** Runs extractCorpus (in a worker in the browser). */
  extract: (files: InputFile[]) => Promise<CorpusResult>;
  /** What is being done now, for a progress bar. */
  progress?: (label: string) => void;
}

export type OpenResult =
  /** Problems are per-file notes when the rest could still be used. */
  | { ok: true; loaded: Loaded; problems: string[] }
  /** Nothing to show: the current graph stays. */
  | { ok: false; error: string; problems: string[] };

const fail = (error: string, problems: string[] = []): OpenResult => ({ ok: false, error, problems });
const list = (names: string[]) => names.join(', ');

interface GraphFile {
  file: string;
  read: () => ContractGraph;
}

/** The chosen files sorted by what they hold; the ones of no known kind are noted in `problems`. */
interface Sorted {
  graphs: GraphFile[];
  /** articles.json files (texts for a graph's reader). */
  companions: { file: string; value: unknown }[];
  articleFiles: InputFile[];
}

export async function openFiles(files: InputFile[], deps: OpenDeps): Promise<OpenResult> {
  if (files.length === 0) return fail('No file to open.');
  const progress = deps.progress ?? (() => {});
  const problems: string[] = [];
  const { graphs, companions, articleFiles } = sortFiles(files, deps, progress, problems);
  if (graphs.length > 1) return fail(`Open one graph at a time, not ${list(graphs.map((g) => g.file))}.`, problems);
  if (graphs.length === 1) return openGraph(graphs[0]!, companions, articleFiles, problems);
  noteStrayCompanions(companions, problems);
  if (articleFiles.length === 0) return fail(problems.length === 1 ? problems[0]! : 'Nothing could be opened.', problems.length === 1 ? [] : problems);
  return extractArticles(articleFiles, deps, problems);
}

function sortFiles(files: InputFile[], deps: OpenDeps, progress: (label: string) => void, problems: string[]): Sorted {
  const sorted: Sorted = { graphs: [], companions: [], articleFiles: [] };
  for (const file of files) {
    const extension = extensionOf(file.name);
    if (extension === 'gexf') {
      sorted.graphs.push({
        file: file.name,
        read: () => {
          progress(`Reading ${file.name} (${megabytes(file.bytes.length)})…`);
          const decoded = decodeText(file.bytes);
          if ('error' in decoded) throw new Error(`${file.name}: ${decoded.error}`);
          return readGexf(file.name, decoded.text, deps.parseXml, deps.parseGexf);
        },
      });
    } else if (extension === 'json') sortJson(file, progress, sorted);
    else if (ARTICLE_EXTENSIONS.includes(extension)) sorted.articleFiles.push(file);
    else {
      problems.push(
        `${file.name}: unsupported file type${extension ? ` ".${extension}"` : ''}; open .gexf, graph .json or articles (.txt, .md, .html, .csv, .json, .jsonl)`,
      );
    }
  }
  return sorted;
}

/** A .json file is a graph, an articles.json for one, or articles to extract (malformed ones included: the article reader says where). */
function sortJson(file: InputFile, progress: (label: string) => void, sorted: Sorted): void {
  progress(`Reading ${file.name} (${megabytes(file.bytes.length)})…`);
  const decoded = decodeText(file.bytes);
  let value: unknown;
  try {
    value = 'error' in decoded ? undefined : JSON.parse(decoded.text);
  } catch {
    // Malformed: the article reader says where (with a line number).
  }
  const kind = value === undefined ? 'articles' : classifyJson(value);
  if (kind === 'graph') {
    sorted.graphs.push({
      file: file.name,
      read: () => {
        progress(`Checking ${file.name}…`);
        try {
          return fromJson((decoded as { text: string }).text);
        } catch (error) {
          throw new Error(`${file.name}: ${(error as Error).message}`);
        }
      },
    });
  } else if (kind === 'texts') sorted.companions.push({ file: file.name, value });
  else sorted.articleFiles.push(file);
}

/** One graph, with the article texts of its companions; article files beside it are not read. */
function openGraph({ file, read }: GraphFile, companions: Sorted['companions'], articleFiles: InputFile[], problems: string[]): OpenResult {
  let graph: ContractGraph;
  try {
    graph = read();
  } catch (error) {
    return fail((error as Error).message, problems);
  }
  for (const article of articleFiles) problems.push(`${article.name}: not read; article files are opened on their own, not with a graph`);
  let texts = new Map<string, ArticleText>();
  for (const companion of companions) {
    // A broken articles.json is refused with its graph: the reader would show wrong highlights.
    try {
      texts = new Map([...texts, ...readTexts(companion.value)]);
    } catch (error) {
      return fail(`${companion.file}: ${(error as Error).message}; nothing was opened`, problems);
    }
  }
  return { ok: true, loaded: { graph, texts, name: file }, problems };
}

/** An articles.json without its graph: said so, or what is wrong with it. */
function noteStrayCompanions(companions: Sorted['companions'], problems: string[]): void {
  for (const companion of companions) {
    let problem = 'holds article texts for a graph; open it together with its graph .json or .gexf';
    try {
      readTexts(companion.value);
    } catch (error) {
      problem = (error as Error).message;
    }
    problems.push(`${companion.file}: ${problem}`);
  }
}

/** Articles extracted into a graph; a file that could not be read is a problem, the rest is opened. */
async function extractArticles(articleFiles: InputFile[], deps: OpenDeps, problems: string[]): Promise<OpenResult> {
  let result: CorpusResult;
  try {
    result = await deps.extract(articleFiles);
  } catch (error) {
    return fail(`Extraction failed: ${(error as Error).message}`, problems);
  }
  problems.push(...result.problems.map((p) => `${p.file}${p.row ? ` (row ${p.row})` : ''}: ${p.message}`));
  if (!result.graph) {
    const names = list(articleFiles.map((f) => f.name));
    if (problems.length === 1) return fail(problems[0]!);
    return fail(`No article could be read from ${names}.`, problems);
  }
  const graph = Graph.from(result.graph) as ContractGraph;
  const texts = new Map(result.texts.map((t) => [t.id, t]));
  const name = articleFiles.length === 1 ? articleFiles[0]!.name : `${articleFiles.length} files`;
  return { ok: true, loaded: { graph, texts, name }, problems };
}
