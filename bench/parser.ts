// The tagger and parser (src/parse): model load time, then sentences tokenised, tagged and parsed
// per second of CPU, per language, on the sentences of generated articles' story paragraphs.

import { loadParser, type ParserLang } from '../src/parse/index.js';
import { generateArticle } from './generate.js';
import type { Benchmark, BenchContext } from './run.js';

const ARTICLES = 300;

function sentences(seed: number, lang: ParserLang): string[] {
  const out: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const article = generateArticle(seed, i);
    if (article.lang !== lang) continue;
    for (const p of article.paragraphs) out.push(...p.split(/(?<=[.!?])\s+(?=\p{Lu})/u));
  }
  return out;
}

/** CPU milliseconds (user + system) that `work` takes. */
function cpu(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

const parserBench: Benchmark = {
  name: 'parser',
  title: 'POS tagging and dependency parsing (src/parse)',
  async run(ctx: BenchContext) {
    const rows: string[][] = [];
    for (const lang of ['id', 'en'] as const) {
      const texts = sentences(ctx.seed, lang);
      const parser = loadParser(lang);
      const load = cpu(() => parser.parse(['x']));
      let words = 0;
      const ms = cpu(() => {
        for (const text of texts) words += parser.parse(parser.tokenize(text)).heads.length;
      });
      rows.push([lang, load.toFixed(0), String(texts.length), String(words), (texts.length / (ms / 1000)).toFixed(0), (words / (ms / 1000)).toFixed(0)]);
      ctx.result(`parser.${lang}.load_ms`, load);
      ctx.result(`parser.${lang}.sentences_per_s`, texts.length / (ms / 1000));
    }
    ctx.table(['lang', 'load ms CPU', 'sentences', 'words', 'sentences/s CPU', 'words/s CPU'], rows);
  },
};

export default parserBench;
