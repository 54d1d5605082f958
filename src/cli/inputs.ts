// Finding and reading the article files named on the command line.

import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { parseArticles } from '../extract/articles.js';
import { decodeText } from '../extract/decode.js';
import type { Article, InputProblem } from '../extract/types.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.csv', '.json', '.jsonl'];

const isArticleFile = (path: string) => ARTICLE_EXTENSIONS.includes(extname(path).toLowerCase());

/**
 * Article files under the given paths, sorted so runs are reproducible. Files inside folders
 * are taken by extension (other files are not articles); a file named explicitly is always
 * tried, so an unsupported one gets a message rather than silence.
 */
export async function listInputFiles(
  paths: string[],
  exclude: string[] = [],
): Promise<{ files: string[]; problems: InputProblem[] }> {
  const files = new Set<string>();
  const problems: InputProblem[] = [];
  const excluded = exclude.map((p) => resolve(p));
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.') || excluded.includes(resolve(path))) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && isArticleFile(path)) files.add(path);
    }
  };
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path);
      else files.add(path);
    } catch (error) {
      problems.push({ file: path, message: describeFsError(error) });
    }
  }
  return { files: [...files].sort(), problems };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}

/** One page (txt, md, html) this big cannot be one article, however much markup it carries. */
const MAX_PAGE_BYTES = 32 * 1024 * 1024;
const SINGLE_PAGE = ['.txt', '.md', '.html', '.htm'];

/** A file's bytes, or the problem that keeps it from being read (a page too big is never read). */
export async function readInputBytes(file: string): Promise<Buffer | InputProblem> {
  try {
    const { size } = await stat(file);
    if (SINGLE_PAGE.includes(extname(file).toLowerCase()) && size > MAX_PAGE_BYTES) {
      const message = `${(size / 1024 / 1024).toFixed(0)} MB is too big for one news page (limit ${MAX_PAGE_BYTES / 1024 / 1024} MB); split it into articles`;
      return { file, message };
    }
    return await readFile(file);
  } catch (error) {
    return { file, message: describeFsError(error) };
  }
}

/** Reads one file into articles; every problem names the file and is returned, never thrown. */
export async function readArticleFile(file: string): Promise<{ articles: Article[]; problems: InputProblem[] }> {
  const bytes = await readInputBytes(file);
  return bytes instanceof Uint8Array ? parseArticleBytes(file, bytes) : { articles: [], problems: [bytes] };
}

/** One file's bytes into articles: decoding and parsing, the CPU half of reading a file. */
export function parseArticleBytes(file: string, bytes: Uint8Array): { articles: Article[]; problems: InputProblem[] } {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { articles: [], problems: [{ file, message: decoded.error }] };
  const result = parseArticles(file, decoded.text);
  if (decoded.notice) result.problems.unshift({ file, message: decoded.notice });
  return result;
}
