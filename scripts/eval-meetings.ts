// Meeting recall and precision on annotated articles that are not in seeds/:
// `npm run eval:meetings [-- --verbose]`.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../src/cli/inputs.js';
import { buildGraph } from '../src/extract/build.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { UNSEEN_DIR } from './eval-entities.js';
import { type MeetingExpectation, type MeetingScore, scoreMeetings } from './meeting-score.js';

export async function evaluateMeetings(): Promise<{ file: string; score: MeetingScore }[]> {
  const expected = JSON.parse(readFileSync(join(UNSEEN_DIR, 'meetings.json'), 'utf8')) as Record<string, MeetingExpectation[]> & {
    published?: Record<string, string>;
  };
  const results = [];
  for (const file of Object.keys(expected).filter((k) => !k.startsWith('//') && k !== 'published').sort()) {
    const { articles } = await readArticleFile(join(UNSEEN_DIR, file));
    // Wire copy dated "Feb 13 (Reuters)" has no year; the outlet's page gives the publication date.
    for (const a of articles) if (!a.published && expected.published?.[file]) a.published = expected.published[file]!;
    const graph = buildGraph(articles.map(extractArticle));
    results.push({ file, score: scoreMeetings(graph, expected[file]!) });
  }
  return results;
}

export function totals(results: { score: MeetingScore }[]) {
  const t = results.reduce(
    (s, { score }) => ({ tp: s.tp + score.tp, fp: s.fp + score.fp, fn: s.fn + score.fn, place: s.place + score.placeRight }),
    { tp: 0, fp: 0, fn: 0, place: 0 },
  );
  return {
    ...t,
    recall: t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0,
    precision: t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0,
  };
}

if (process.argv[1] === import.meta.filename) {
  const verbose = process.argv.includes('--verbose');
  const results = await evaluateMeetings();
  for (const { file, score } of results) {
    console.log(`${file.padEnd(24)} found ${score.tp}  missed ${score.fn}  spurious ${score.fp}`);
    if (verbose) {
      for (const m of score.missed) console.log(`  missed:   ${m}`);
      for (const s of score.spurious) console.log(`  spurious: ${s}`);
    }
  }
  // Each round of new articles (r2-, r3-, …) on its own: its first-sight score is the honest one.
  for (const round of [...new Set(results.map((r) => /^(r\d+)-/.exec(r.file)?.[1]).filter(Boolean))]) {
    const r = totals(results.filter((x) => x.file.startsWith(`${round}-`)));
    console.log(
      `${round}- articles: recall ${r.recall.toFixed(2)} (${r.tp}/${r.tp + r.fn})  precision ${r.precision.toFixed(2)} (${r.tp}/${r.tp + r.fp})  place right ${r.place}/${r.tp}`,
    );
  }
  const t = totals(results);
  console.log(
    `all: recall ${t.recall.toFixed(2)} (${t.tp}/${t.tp + t.fn})  precision ${t.precision.toFixed(2)} (${t.tp}/${t.tp + t.fp})  place right ${t.place}/${t.tp}`,
  );
}
