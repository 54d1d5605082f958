// The extraction cache: `<out>/.cache/<extractor version>/`, one file per article, keyed by the
// article's content and metadata. A second run over a grown corpus extracts only the new or
// changed articles; a change to the extractor's code or its data gives a new version, and the
// old entries are dropped.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { threadId } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { ExtractedArticle } from '../extract/pipeline.js';
import type { Article, InputProblem } from '../extract/types.js';

const SRC_DIR = fileURLToPath(new URL('../', import.meta.url));
/** What extraction runs: its stages, the tagger and its learner, and the trained models. */
const EXTRACTION_DIRS = ['extract', 'ner', 'learn', 'models'];
/** Packages whose behaviour is part of what extraction returns. */
const EXTRACTION_PACKAGES = ['chrono-node', 'compromise', 'i18n-iso-countries', 'city-timezones', 'htmlparser2', 'papaparse'];

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__fixtures__') files.push(...sourceFiles(path));
    } else if (!/\.test\.ts$/.test(entry.name)) files.push(path);
  }
  return files;
}

/** Set by the compiled CLI's build (scripts/build-cli.ts) from the sources and packages it bundles. */
declare const NEWSGRAPH_EXTRACTOR_VERSION: string | undefined;

let version: string | undefined = typeof NEWSGRAPH_EXTRACTOR_VERSION === 'string' ? NEWSGRAPH_EXTRACTOR_VERSION : undefined;

/**
 * A hash of everything extraction depends on: every source and data file under src/extract,
 * src/ner, src/learn and the models in src/models (tests and fixtures aside) and the installed versions of the packages it calls. Any edit to
 * the extractor changes it, with no number to remember to bump. Computed once per process.
 */
export function extractorVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  const files = EXTRACTION_DIRS.flatMap((dir) => sourceFiles(join(SRC_DIR, dir)));
  for (const file of files.sort()) {
    hash.update(relative(SRC_DIR, file)).update('\u0000').update(readFileSync(file)).update('\u0000');
  }
  const require = createRequire(import.meta.url);
  for (const name of EXTRACTION_PACKAGES) {
    let installed = 'absent';
    try {
      installed = (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      // Not resolvable through its package.json (exports map): the name alone still counts.
    }
    hash.update(`${name}@${installed}\u0000`);
  }
  version = hash.digest('hex').slice(0, 16);
  return version;
}

/** The key of an article: its text and every metadata field, which all reach the output. */
export function articleKey(article: Article): string {
  const { id, title, published, source, lang, file, url, text } = article;
  return createHash('sha256')
    .update(JSON.stringify([id, title, published, source, lang, file, url ?? null, text]))
    .digest('hex');
}

/** The key of a file's index: its path and bytes. */
export const fileKey = (file: string, bytes: Uint8Array): string =>
  createHash('sha256').update(file).update('\u0000').update(bytes).digest('hex');

/** What the cache knows of a file: its problems, and its articles' parsed ids and keys, in order. */
export interface FileIndex {
  problems: InputProblem[];
  entries: { id: string; key: string }[];
}

export const fileIndexPath = (dir: string, key: string) => join(dir, 'files', key.slice(0, 2), `${key}.json`);

export async function readFileIndex(path: string): Promise<FileIndex | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as FileIndex;
  } catch {
    return undefined;
  }
}

export function writeFileIndex(path: string, index: FileIndex): void {
  writeAtomically(path, JSON.stringify(index));
}

function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/** The positions the last run gave its nodes, for the next run to keep (layout/incremental.ts). */
const positionsPath = (dir: string) => join(dir, 'positions.json');

export function readPositions(dir: string): Map<string, { x: number; y: number }> | undefined {
  try {
    const rows = JSON.parse(readFileSync(positionsPath(dir), 'utf8')) as [string, number, number][];
    return new Map(rows.map(([key, x, y]) => [key, { x, y }]));
  } catch {
    // None yet, or unreadable: the graph is laid out in full.
    return undefined;
  }
}

export function writePositions(dir: string, rows: [string, number, number][]): void {
  writeAtomically(positionsPath(dir), JSON.stringify(rows));
}

/** Where an article's entry lives: sharded by the key's first two digits. */
export const entryPath = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);

/** Writes an entry next to its place and renames it in, so a killed run leaves no torn file. */
export function writeEntry(path: string, extracted: ExtractedArticle): void {
  writeAtomically(path, JSON.stringify(extracted));
}

/** The cached extraction of an article, or undefined when there is none (or it is unreadable). */
export async function readEntry(path: string): Promise<ExtractedArticle | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ExtractedArticle;
  } catch {
    return undefined;
  }
}

/**
 * The cache folder for this extractor under `out`; entries of other versions are removed,
 * since nothing can use them any more.
 */
export function openCache(out: string): string {
  const root = join(out, '.cache');
  const current = extractorVersion();
  if (existsSync(root)) {
    for (const entry of readdirSync(root)) if (entry !== current) rmSync(join(root, entry), { recursive: true, force: true });
  }
  // Created with its first entry: a run that reads nothing leaves no folder behind.
  return join(root, current);
}
