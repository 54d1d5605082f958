// Entity precision/recall/F1 and boilerplate leaks on hand-annotated articles that are not
// in seeds/: `npm run eval:entities [-- --verbose]`.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../src/cli/inputs.js';
import { buildGraph } from '../src/extract/build.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { type EntityScore, type Expectation, f1, scoreEntities } from './entity-score.js';

export const UNSEEN_DIR = join(import.meta.dirname, '../src/extract/__fixtures__/unseen');

export async function evaluateUnseen(): Promise<{ file: string; score: EntityScore }[]> {
  const expected = JSON.parse(readFileSync(join(UNSEEN_DIR, 'expected.json'), 'utf8')) as Record<string, Expectation>;
  const results = [];
  for (const file of Object.keys(expected).filter((k) => !k.startsWith('//')).sort()) {
    const { articles } = await readArticleFile(join(UNSEEN_DIR, file));
    const graph = buildGraph(articles.map(extractArticle));
    results.push({ file, score: scoreEntities(graph, expected[file]!) });
  }
  return results;
}

if (process.argv[1] === import.meta.filename) {
  const verbose = process.argv.includes('--verbose');
  const results = await evaluateUnseen();
  const total = { tp: 0, fp: 0, fn: 0, leaked: 0 };
  for (const { file, score } of results) {
    const m = f1(score);
    console.log(
      `${file.padEnd(26)} P ${m.precision.toFixed(2)}  R ${m.recall.toFixed(2)}  F1 ${m.f1.toFixed(2)}  boilerplate nodes ${score.leaked.length}`,
    );
    if (verbose) {
      if (score.missed.length) console.log(`  missed:   ${score.missed.join(', ')}`);
      if (score.spurious.length) console.log(`  spurious: ${score.spurious.join(', ')}`);
      if (score.leaked.length) console.log(`  leaked:   ${score.leaked.join(', ')}`);
    }
    total.tp += score.tp;
    total.fp += score.fp;
    total.fn += score.fn;
    total.leaked += score.leaked.length;
  }
  // Each round of new articles (r2-, r3-, …) on its own: its first-sight score is the honest one.
  for (const round of [...new Set(results.map((r) => /^(r\d+)-/.exec(r.file)?.[1]).filter(Boolean))]) {
    const t = { tp: 0, fp: 0, fn: 0, leaked: 0 };
    for (const { score } of results.filter((r) => r.file.startsWith(`${round}-`))) {
      t.tp += score.tp;
      t.fp += score.fp;
      t.fn += score.fn;
      t.leaked += score.leaked.length;
    }
    const r = f1(t);
    console.log(`${`${round}- articles`.padEnd(26)} P ${r.precision.toFixed(2)}  R ${r.recall.toFixed(2)}  F1 ${r.f1.toFixed(2)}  boilerplate nodes ${t.leaked}`);
  }
  const m = f1(total);
  console.log(
    `${'all'.padEnd(26)} P ${m.precision.toFixed(2)}  R ${m.recall.toFixed(2)}  F1 ${m.f1.toFixed(2)}  boilerplate nodes ${total.leaked}`,
  );
}
