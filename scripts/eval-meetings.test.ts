import { describe, expect, it } from 'vitest';
import { evaluateMeetings, totals } from './eval-meetings.js';
import { isHeldOut } from './held-out.js';

// Meetings a reader sees in annotated articles outside the seeds, both languages
// (`npm run eval:meetings -- --verbose` lists misses).
describe('meetings on articles outside the seeds', async () => {
  // The held-out round is reported by `npm run eval:meetings`, not guarded (see held-out.ts).
  const results = await evaluateMeetings((file) => !isHeldOut(file));

  it('covers at least 12 articles in Indonesian and English', () => {
    expect(results.length).toBeGreaterThanOrEqual(12);
    expect(results.some((r) => r.file.startsWith('id-'))).toBe(true);
    expect(results.some((r) => r.file.startsWith('en-'))).toBe(true);
  });

  // Guards against losing what the rules find today: recall .71 over every round, .85 or more on
  // the rounds the rules were tuned on. The 80% is a first-sight target, measured on each
  // new round before any rule is changed for it (README, "Measuring recognition"): the latest
  // rounds, r5- (partly tuned since) and r6- (untouched), are left out of the tuned set.
  // A one-person "meeting" is a visits edge, not a meeting node: such annotations count here when
  // a visits edge of that person with a fitting date tells them (toldRecall).
  it('keeps finding at least 70% of them with the right participants and date', () => {
    expect(totals(results).toldRecall).toBeGreaterThanOrEqual(0.7);
  });

  it('keeps 85% on the rounds the rules were tuned on', () => {
    const tuned = results.filter((r) => !/^r[56]-/.test(r.file));
    expect(totals(tuned).toldRecall).toBeGreaterThanOrEqual(0.85);
  });
});
