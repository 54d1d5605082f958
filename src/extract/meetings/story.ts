// The meetings and events of a whole article: the frames of each sentence, then the passes that
// need the story around them: a coordinated clause's people, "the two leaders", a date the story's
// flow gives ("Setelah itu", "Sore harinya"), a headline that names a meeting of the body.

import { isTitleCase } from '../headline.js';
import type { AnalysedArticle } from '../pipeline.js';
import { type DatedMeetings, narrativeDate } from './dates.js';
import { sentenceEvents } from './events.js';
import { sentenceMeetings } from './frames.js';
import { namedBefore, sameMention } from './reference.js';
import type { Draft, EventCandidate, MeetingCandidate, MentionRef } from './types.js';

interface StoryState {
  article: AnalysedArticle;
  /** The people of the last meeting or call told with two or more of them, for "the two leaders". */
  lastGroup?: MentionRef[];
  /** Meetings of two or more told with a date, for "Usai pertemuan itu" and "Sore harinya". */
  dated: DatedMeetings;
}

const isPersonRef = (article: AnalysedArticle, r: MentionRef) => article.sentences[r.sentence]!.mentions[r.mention]!.type === 'person';

/** "and at the NATO summit in The Hague": the same people as the clause before, at a second occasion. */
function takeCoordinatedPeople(article: AnalysedArticle, told: Draft[], k: number): void {
  const d = told[k]!;
  if (!d.coordinated || k === 0 || d.participants.some((r) => isPersonRef(article, r))) return;
  const previous = told[k - 1]!;
  d.participants = previous.participants.filter((r) => isPersonRef(article, r));
  d.kind = 'meeting';
  d.anaphoric = false;
  if (previous.status !== 'happened') d.status = previous.status;
}

/**
 * "the two leaders": a group of two takes the last pair told; a larger group must count as many.
 * With no meeting of them told yet, "kedua pemimpin" are the people the sentence before names.
 */
function resolveGroup(state: StoryState, d: Draft, s: number): void {
  const { article, lastGroup } = state;
  if (!d.groupCount) return;
  const group = lastGroup && (d.groupCount === 2 || lastGroup.length === d.groupCount) ? lastGroup : namedBefore(article, s, d.groupCount);
  if (!group) return;
  state.lastGroup = group;
  const named = d.participants.filter((r) => isPersonRef(article, r));
  d.participants = [...group, ...named.filter((r) => !group.some((p) => sameMention(article, p, r)))];
  d.kind = 'meeting';
  // "The two leaders met at the palace on Wednesday" tells a meeting; "Dalam pertemuan itu,
  // kedua menteri …" points back to one.
  if (d.pointsBack) d.backOnly = true;
  else d.anaphoric = false;
}

/** The story's passes over one sentence's drafts; the candidates it keeps (calls are not). */
function storyPasses(state: StoryState, s: number, told: Draft[]): MeetingCandidate[] {
  const { article } = state;
  const title = article.meta.title?.trim();
  const kept: MeetingCandidate[] = [];
  told.forEach((d, k) => {
    takeCoordinatedPeople(article, told, k);
    resolveGroup(state, d, s);
    const date = narrativeDate(article, s, d.date, state.dated);
    if (date) d.date = date;
    if (d.date && !d.anaphoric && d.participants.length > 1) state.dated.push({ sentence: s, date: d.date });
    // The main clause's meeting is the one "the two leaders" will mean, not one a later clause recalls.
    const persons = d.participants.filter((r) => isPersonRef(article, r));
    if (persons.length >= 2 && !d.anaphoric && (k === 0 || !told.slice(0, k).some((o) => o.participants.filter((r) => isPersonRef(article, r)).length >= 2)))
      state.lastGroup = persons;
    if (d.call) return;
    const { call: _call, groupCount: _two, coordinated: _co, pointsBack: _back, ...candidate } = d;
    const sentence = article.sentences[s]!;
    if (s === 0 && title && (sentence.text.trim() === title || isTitleCase(sentence.text))) candidate.headline = true;
    kept.push(candidate);
  });
  return kept;
}

/** Every meeting and event an article tells, in sentence order. */
export function findEvents(article: AnalysedArticle): { meetings: MeetingCandidate[]; events: EventCandidate[] } {
  const meetings: MeetingCandidate[] = [];
  const events: EventCandidate[] = [];
  const state: StoryState = { article, dated: [] };
  article.sentences.forEach((_, s) => {
    meetings.push(...storyPasses(state, s, sentenceMeetings(article, s)));
    events.push(...sentenceEvents(article, s));
  });
  return { meetings, events };
}
