// Meeting recall, precision, F1 and status accuracy on annotated articles that are not in seeds/:
// `npm run eval:meetings [-- --verbose] [-- --rounds r2,r3] [-- --ablate]`.
// A found meeting counts only when its people are exactly the annotated participants (or their
// 'also') and its date fits (scripts/meeting-score.ts); the strict line allows no 'also'.
//
// --rounds  keeps the files of those rounds (r2-, r3-…; "first" for the unprefixed first 13).
// --ablate  reruns the evaluation with each participant rule of src/extract/meetings/participants.ts
//           switched off in turn, and prints what each contributes (the change when it is off).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../src/cli/inputs.js';
import { buildGraph } from '../src/extract/build.js';
import { RULE_NAMES, setDisabledRules } from '../src/extract/meetings/participants.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { UNSEEN_DIR } from './eval-entities.js';
import { type MeetingExpectation, type MeetingScore, scoreMeetings } from './meeting-score.js';

type Expected = Record<string, MeetingExpectation[]> & { published?: Record<string, string> };

const roundOf = (file: string) => /^(r\d+)-/.exec(file)?.[1] ?? 'first';

/** The score of every annotated file (of those `keep` keeps: the others are not even read). */
export async function evaluateMeetings(keep: (file: string) => boolean = () => true): Promise<{ file: string; score: MeetingScore; strict: MeetingScore }[]> {
  const expected = JSON.parse(readFileSync(join(UNSEEN_DIR, 'meetings.json'), 'utf8')) as Expected;
  const files = Object.keys(expected)
    .filter((k) => !k.startsWith('//') && k !== 'published' && keep(k))
    .sort();
  const results = [];
  for (const file of files) {
    const { articles } = await readArticleFile(join(UNSEEN_DIR, file));
    // Wire copy dated "Feb 13 (Reuters)" has no year; the outlet's page gives the publication date.
    for (const a of articles) if (!a.published && expected.published?.[file]) a.published = expected.published[file]!;
    const graph = buildGraph(articles.map(extractArticle));
    results.push({ file, score: scoreMeetings(graph, expected[file]!), strict: scoreMeetings(graph, expected[file]!, true) });
  }
  return results;
}

export function totals(results: { score: MeetingScore }[]) {
  const t = results.reduce(
    (s, { score }) => ({
      tp: s.tp + score.tp, fp: s.fp + score.fp, fn: s.fn + score.fn, place: s.place + score.placeRight, status: s.status + score.statusRight, visits: s.visits + score.visits,
    }),
    { tp: 0, fp: 0, fn: 0, place: 0, status: 0, visits: 0 },
  );
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  // Found as a meeting, or a one-person meeting told by a visits edge.
  const toldRecall = t.tp + t.fn ? (t.tp + t.visits) / (t.tp + t.fn) : 0;
  return { ...t, recall, precision, f1, toldRecall, statusAccuracy: t.tp ? t.status / t.tp : 0 };
}

const line = (name: string, r: ReturnType<typeof totals>) =>
  `${name}: recall ${r.recall.toFixed(2)} (${r.tp}/${r.tp + r.fn})  precision ${r.precision.toFixed(2)} (${r.tp}/${r.tp + r.fp})  F1 ${r.f1.toFixed(2)}  status right ${r.status}/${r.tp}  place right ${r.place}/${r.tp}  one-person missed but a visit ${r.visits}`;

/** Each round on its own (its first-sight score is the honest one), then all together. */
function report(results: { file: string; score: MeetingScore; strict: MeetingScore }[], verbose: boolean): void {
  for (const { file, score } of results) {
    console.log(`${file.padEnd(24)} found ${score.tp}  missed ${score.fn}  spurious ${score.fp}`);
    if (!verbose) continue;
    for (const m of score.missed) console.log(`  missed:   ${m}`);
    for (const s of score.spurious) console.log(`  spurious: ${s}`);
  }
  const strict = (rs: typeof results) => rs.map((r) => ({ score: r.strict }));
  for (const round of [...new Set(results.map((r) => roundOf(r.file)))].filter((r) => r !== 'first')) {
    const mine = results.filter((x) => roundOf(x.file) === round);
    console.log(line(`${round}- articles`, totals(mine)));
    console.log(line(`${round}- strict`, totals(strict(mine))));
  }
  console.log(line('all', totals(results)));
  console.log(line('all strict', totals(strict(results))));
}

/** What each participant rule contributes: the totals with it switched off, against all rules on. */
async function ablate(keep: (file: string) => boolean, base: ReturnType<typeof totals>): Promise<void> {
  console.log(`\nper-rule contribution (all rules on: tp ${base.tp}  fp ${base.fp}  F1 ${base.f1.toFixed(3)}); a positive ΔF1 is what the rule adds`);
  for (const name of RULE_NAMES) {
    setDisabledRules([name]);
    const off = totals(await evaluateMeetings(keep));
    const d = (x: number) => (x >= 0 ? `+${x}` : `${x}`);
    console.log(`  ${name.padEnd(28)} ΔF1 ${d(Number((base.f1 - off.f1).toFixed(3)))}  Δtp ${d(base.tp - off.tp)}  Δfp ${d(base.fp - off.fp)}`);
  }
  setDisabledRules([]);
}

if (process.argv[1] === import.meta.filename) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--rounds');
  const rounds = at >= 0 ? args[at + 1]!.split(',') : undefined;
  const keep = (file: string) => !rounds || rounds.includes(roundOf(file));
  const results = await evaluateMeetings(keep);
  report(results, args.includes('--verbose'));
  if (args.includes('--ablate')) await ablate(keep, totals(results));
}
