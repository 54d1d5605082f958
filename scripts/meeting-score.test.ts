import { describe, expect, it } from 'vitest';
import { type FoundMeeting, type MeetingExpectation, meetingMatches } from './meeting-score.js';

const found = (names: string[], date = '2025-03-10'): FoundMeeting => ({
  key: 'm',
  label: names.join(' – '),
  date,
  place: '',
  status: 'happened',
  participants: names.map((label) => ({ label, forms: [label] })),
});
const expected: MeetingExpectation = { participants: ['Prabowo Subianto', 'To Lam'], also: ['Sugiono'], date: '2025-03', place: null, status: 'happened' };

describe('meeting matching', () => {
  it('matches exactly the participants with a fitting date, in both modes', () => {
    expect(meetingMatches(found(['Prabowo Subianto', 'To Lam']), expected)).toBe(true);
    expect(meetingMatches(found(['Prabowo Subianto', 'To Lam']), expected, true)).toBe(true);
    expect(meetingMatches(found(['Prabowo Subianto', 'To Lam'], '2025-04-01'), expected, true)).toBe(false);
    expect(meetingMatches(found(['Prabowo Subianto']), expected)).toBe(false);
  });

  it('lets an attendee annotated as "also" attend, except in the strict mode', () => {
    const withAide = found(['Prabowo Subianto', 'To Lam', 'Sugiono']);
    expect(meetingMatches(withAide, expected)).toBe(true);
    expect(meetingMatches(withAide, expected, true)).toBe(false);
  });
});
