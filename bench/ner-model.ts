// Loading the NER models in Node, as extraction does on its first text: a fresh process reads,
// parses and indexes each language's model; the time is taken inside it, around that call only.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync, statSync } from 'node:fs';
import type { Benchmark } from './run.js';

const ROOT = resolve(import.meta.dirname, '..');
const PROBE = `
import { taggerFor } from './src/ner/model.ts';
const out = {};
for (const lang of ['id', 'en']) { const t0 = performance.now(); taggerFor(lang); out[lang] = performance.now() - t0; }
console.log(JSON.stringify(out));
`;

const bench: Benchmark = {
  name: 'ner-model',
  title: 'NER model load in Node (fresh process, median of 5)',
  async run(ctx) {
    const runs: Array<Record<string, number>> = [];
    for (let k = 0; k < 5; k++) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE], { cwd: ROOT, encoding: 'utf8' });
      runs.push(JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>);
    }
    const rows = ['id', 'en'].map((lang) => {
      const times = runs.map((r) => r[lang]!).sort((a, b) => a - b);
      const file = resolve(ROOT, 'src/models', `ner-${lang}.json`);
      const gz = gzipSync(readFileSync(file)).length;
      ctx.result(`ner-${lang} load ms`, Math.round(times[2]!));
      return [lang, `${times[2]!.toFixed(0)} ms`, `${(statSync(file).size / 1e6).toFixed(2)} MB`, `${(gz / 1e6).toFixed(2)} MB`];
    });
    ctx.table(['model', 'load (median)', 'file', 'gzipped'], rows);
  },
};

export default bench;
