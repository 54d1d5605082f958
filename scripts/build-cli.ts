// `npm run build:cli`: the command compiled to JavaScript in lib/, so `newsgraph` starts without
// compiling TypeScript. esbuild bundles the two entries (the command and the extraction worker
// thread) with the extraction packages inside; the chunks they share are loaded on demand, so
// `newsgraph --version` reads only the small main chunk.
//
// Every file the code reads at run time is named relative to a module one folder below src/
// ("../models/…", "../db/migrations/", "../../dist/"), and every chunk lands in lib/cli/, one
// folder below lib/: copying those folders to the same place under lib/ keeps the paths true.

import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractorVersion } from '../src/cli/cache.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LIB = join(ROOT, 'lib');

/** Read at run time, not imported: copied beside the code. */
const RUNTIME_FILES = ['models', 'db/migrations'];

export async function buildCli(): Promise<void> {
  rmSync(LIB, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outdir: join(LIB, 'cli'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // pg stays a dependency: it is for the database commands only, and loads pg-native when present.
    external: ['pg', 'pg-native'],
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: { js: "import { createRequire as __newsgraphRequire } from 'node:module'; const require = __newsgraphRequire(import.meta.url);" },
    // The cache version of the sources and packages bundled here, fixed when they are bundled.
    define: { NEWSGRAPH_EXTRACTOR_VERSION: JSON.stringify(extractorVersion()) },
    logLevel: 'warning',
  });
  for (const folder of RUNTIME_FILES) {
    mkdirSync(join(LIB, folder), { recursive: true });
    cpSync(join(ROOT, 'src', folder), join(LIB, folder), { recursive: true, filter: (path) => !/\.(test\.)?ts$/.test(path) });
  }
}

/** The system tests run the compiled command: they build it first (vitest's global setup). */
export const setup = buildCli;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
