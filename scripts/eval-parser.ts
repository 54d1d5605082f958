// npm run eval:parser [-- --dev] [--data DIR]: scores the committed tagger and parser (src/models/) on
// the held-out treebank parts — English-EWT test and Indonesian-GSD test — with the treebanks'
// own words (gold tokenisation). --dev scores EWT dev and GUM dev instead, where settings are chosen.
// Also prints model file sizes (raw, gzipped), load time and parsing speed in this process.
import { statSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadParser } from '../src/parse/index.js';
import { parserFileName, type ParserLang, posFileName } from '../src/parse/model-files.js';
import { parseScores } from '../src/parse/score.js';
import { PARSER_LANGS, readTreebanks, treebankFiles } from '../src/parse/treebanks.js';

const { values } = parseArgs({
  options: { data: { type: 'string', default: '../shared/data/train' }, dev: { type: 'boolean', default: false } },
});
const dataDir = resolve(values.data!);
const pct = (x: number) => (100 * x).toFixed(2);

for (const lang of PARSER_LANGS) {
  report(lang);
  const started = cpu();
  const parser = loadParser(lang);
  parser.parse(['a']);
  console.log(`${lang}: model load ${(cpu() - started).toFixed(0)} ms CPU`);
  for (const [name, files] of parts(lang)) score(parser, name, files);
}

function parts(lang: ParserLang): [string, string[]][] {
  const split = treebankFiles(dataDir, lang);
  if (!values.dev) return split.test.map((f) => [basename(f), [f]]);
  if (lang === 'id') return [];
  return [
    ['EWT dev', split.dev.filter((f) => f.includes('ewt'))],
    ['GUM dev', split.dev.filter((f) => !f.includes('ewt'))],
  ];
}

function score(parser: ReturnType<typeof loadParser>, name: string, files: string[]): void {
  const gold = readTreebanks(files);
  const started = cpu();
  const wall = performance.now();
  const predicted = gold.map((s) => parser.parse(s.words));
  const seconds = (cpu() - started) / 1000;
  const s = parseScores(gold, predicted);
  console.log(
    `${parser.lang} ${name}: ${gold.length} sentences, ${s.words} words | POS ${pct(s.pos)} | ` +
      `UAS ${pct(s.uas)} LAS ${pct(s.las)} (punctuation included) | ` +
      `UAS ${pct(s.uasNoPunct)} LAS ${pct(s.lasNoPunct)} (excluded) | ` +
      `${(gold.length / seconds).toFixed(0)} sentences/s CPU (${((performance.now() - wall) / 1000).toFixed(1)} s wall)`,
  );
}

function report(lang: ParserLang): void {
  for (const file of [posFileName(lang), parserFileName(lang)]) {
    const path = join('src/models', file);
    const raw = statSync(path).size;
    const gz = gzipSync(readFileSync(path)).length;
    console.log(`${lang}: ${file} ${(raw / 1e6).toFixed(2)} MB, gzipped ${(gz / 1e6).toFixed(2)} MB`);
  }
}

/** CPU time of this process in ms (user + system), steadier than wall time on a shared machine. */
function cpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
