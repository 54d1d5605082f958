import { defineConfig } from 'vitest/config';

// The viewer is a static site: relative base so dist/ works from any subpath.
export default defineConfig({
  base: './',
  root: '.',
  publicDir: 'public',
  build: { outDir: 'dist', emptyOutDir: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
