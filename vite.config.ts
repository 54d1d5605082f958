import { configDefaults, defineConfig } from 'vitest/config';

const SYSTEM_TESTS = ['src/cli/**/*.test.ts', 'src/db/**/*.test.ts'];

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
    // packed package), PostgreSQL, and the recognition evaluations over every fixture.
    // `vitest run` (so `npm test`) runs both.
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SYSTEM_TESTS] } },
      { extends: true, test: { name: 'system', include: [...SYSTEM_TESTS, 'scripts/**/*.test.ts'], globalSetup: ['scripts/build-cli.ts'] } },
    ],
  },
});
