import { configDefaults, defineConfig } from 'vitest/config';

// Child processes (the command, PostgreSQL, the GEXF checker) and model training.
const SYSTEM_TESTS = ['src/cli/**/*.test.ts', 'src/db/**/*.test.ts', 'src/graph/gexf-check.test.ts', 'src/parse/train.test.ts'];

// The viewer is a static site: relative base so dist/ works from any subpath.
export default defineConfig({
  base: './',
  root: '.',
  publicDir: 'public',
  // The extractor and the graph writers ship inside the app (drop articles, export GEXF), so
  // the bundle is larger than Vite's default warning threshold by design.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  plugins: [
    {
      // The dev server injects CSS as <style> elements, which index.html's CSP forbids; the
      // built site needs no inline style, so only `vite` (dev) gets 'unsafe-inline'.
      name: 'newsgraph-dev-csp',
      apply: 'serve',
      transformIndexHtml: (html: string) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
    },
  ],
  test: {
    testTimeout: 60_000,
    // `unit`: pure functions, in-process (`npm run test:unit`, the quick loop while working).
    // `system`: whole runs of the command in child processes (killed runs, 100 MB files, the
    // packed package), PostgreSQL, the GEXF checker, training, and the recognition evaluations over every fixture.
    // `vitest run` (so `npm test`) runs both.
    projects: [
      // isolate: false: the unit files share one module graph per worker thread, so the extractor
      // and its lexicons are imported once per worker, not once per file (CPU 50 s → 14 s).
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SYSTEM_TESTS], pool: 'threads', isolate: false },
      },
      { extends: true, test: { name: 'system', include: [...SYSTEM_TESTS, 'scripts/**/*.test.ts'], globalSetup: ['scripts/build-cli.ts'] } },
    ],
  },
});
