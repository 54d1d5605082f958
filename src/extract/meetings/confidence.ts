// How sure a merged meeting is, 0–1: a weighted sum of how strongly its cue words say people met,
// how many articles tell it, and how far its tellings agree on the date and the place it keeps.
// The weights are a stated choice, not fitted: cue words first, since a bare "visit" or "summit"
// says less than "met"; then corroboration across articles; then agreement.

import { datesCompatible } from './dates.js';
import type { MeetingDraft } from './merge.js';
import type { PlaceAgreement } from './places.js';
import type { When } from './types.js';

const WEIGHTS = { cue: 0.35, articles: 0.25, date: 0.2, place: 0.2 };
/** The agreement counted when no telling states a date (or a place): neither for nor against. */
const UNKNOWN = 0.5;

const share = <T>(told: T[], agrees: (x: T) => boolean) => (told.length ? told.filter(agrees).length / told.length : UNKNOWN);

export function meetingConfidence(d: MeetingDraft, when: When, places: PlaceAgreement): number {
  const articles = 1 - 0.5 ** d.articles.size;
  const date = when.start ? share(d.toldDates, (x) => datesCompatible(x, when)) : UNKNOWN;
  const place = d.place ? share(d.toldPlaces, (x) => places.agree(x, d.place)) : UNKNOWN;
  const score = WEIGHTS.cue * d.cueStrength + WEIGHTS.articles * articles + WEIGHTS.date * date + WEIGHTS.place * place;
  return Math.round(score * 100) / 100;
}
