#!/usr/bin/env node
// The compiled command (lib/, built by `npm run build` or `npm run build:cli`, and on `npm install`
// in a clone). `npm run newsgraph -- …` runs the TypeScript sources instead.
import { existsSync } from 'node:fs';

const main = new URL('../lib/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('newsgraph: the command is not built; run `npm run build:cli` in its folder (or `npm run newsgraph -- …` from the sources)');
  process.exit(1);
}
await import(main.href);
