import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
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

/**
 * Writes every file next to its destination first and renames them into place only when
 * all were written, so a failed or killed run never leaves a half-written output.
 */
export async function writeFilesAtomically(files: Record<string, string>): Promise<void> {
  const temps: [string, string][] = Object.keys(files)
    .sort()
    .map((path) => [path, `${path}.${process.pid}.tmp`]);
  await removeStaleTemps(Object.keys(files));
  try {
    for (const [path, temp] of temps) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temp, files[path]!, 'utf8');
    }
    for (const [path, temp] of temps) await rename(temp, path);
  } catch (error) {
    await Promise.all(temps.map(([, temp]) => rm(temp, { force: true })));
    throw error;
  }
}
