import { describe, expect, it } from 'vitest';
import { evaluateMeetings, totals } from './eval-meetings.js';

// Meetings a reader sees in annotated articles outside the seeds, both languages
// (`npm run eval:meetings -- --verbose` lists misses).
describe('meetings on articles outside the seeds', async () => {
  const results = await evaluateMeetings();

  it('covers at least 12 articles in Indonesian and English', () => {
    expect(results.length).toBeGreaterThanOrEqual(12);
    expect(results.some((r) => r.file.startsWith('id-'))).toBe(true);
    expect(results.some((r) => r.file.startsWith('en-'))).toBe(true);
  });

  it('finds at least 80% of them with the right participants and date', () => {
    expect(totals(results).recall).toBeGreaterThanOrEqual(0.8);
  });
});
