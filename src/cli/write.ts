import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes every file next to its destination first and renames them into place only when
 * all were written, so a failed or killed run never leaves a half-written output.
 */
export async function writeFilesAtomically(files: Record<string, string>): Promise<void> {
  const temps: [string, string][] = Object.keys(files)
    .sort()
    .map((path) => [path, `${path}.${process.pid}.tmp`]);
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
