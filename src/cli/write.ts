import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files a killed run left beside these outputs (`graph.json.<pid>.tmp`), never anything else. */
async function removeStaleTemps(paths: string[]): Promise<void> {
  for (const dir of new Set(paths.map(dirname))) {
    const names = await readdir(dir).catch(() => [] as string[]);
    const ours = new Set(paths.filter((p) => dirname(p) === dir).map((p) => basename(p)));
    for (const name of names) {
      const match = /^(.*)\.\d+\.tmp$/.exec(name);
      if (match && ours.has(match[1]!)) await rm(join(dir, name), { force: true });
    }
  }
}

/** A file's content: text, or a function giving it in pieces (written as they come, never held whole). */
export type Content = string | (() => Iterable<string>);

/**
 * Pieces are gathered up to about this many characters per write: small enough that the joined
 * text is a young object, freed by the next scavenge (V8 puts strings over a few hundred KB in
 * large-object space, which only a full collection frees), large enough to keep writes few.
 */
const WRITE_SIZE = 1 << 16;

async function writeContent(path: string, content: Content): Promise<void> {
  const file = await open(path, 'w');
  try {
    if (typeof content === 'string') {
      await file.writeFile(content, 'utf8');
      return;
    }
    let pending: string[] = [];
    let size = 0;
    for (const piece of content()) {
      pending.push(piece);
      size += piece.length;
      if (size >= WRITE_SIZE) {
        await file.write(pending.join(''), null, 'utf8');
        pending = [];
        size = 0;
      }
    }
    if (pending.length) await file.write(pending.join(''), null, 'utf8');
  } finally {
    await file.close();
  }
}

/**
 * Writes every file next to its destination first and renames them into place only when
 * all were written, so a failed or killed run never leaves a half-written output. Files are
 * written one after the other, so only one is ever being produced at a time.
 */
export async function writeFilesAtomically(
  files: Record<string, Content>,
  onWritten?: (path: string) => void,
  /** Awaited before each file is written: what it needs may still be in the making. */
  before?: (path: string) => Promise<void>,
): Promise<void> {
  const temps: [string, string][] = Object.keys(files)
    .sort()
    .map((path) => [path, `${path}.${process.pid}.tmp`]);
  await removeStaleTemps(Object.keys(files));
  try {
    for (const [path, temp] of temps) {
      await mkdir(dirname(path), { recursive: true });
      await before?.(path);
      await writeContent(temp, files[path]!);
      onWritten?.(path);
    }
    for (const [path, temp] of temps) await rename(temp, path);
  } catch (error) {
    await Promise.all(temps.map(([, temp]) => rm(temp, { force: true })));
    throw error;
  }
}
