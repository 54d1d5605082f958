import { defineConfig } from 'vitest/config';

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
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
