// What the meeting reader hands on: candidates found in one article, with mentions referred to by
// position. merge.ts resolves them to entities and merges tellings of the same meeting.

import type { HappeningStatus, MeetingMode } from '../../graph/types.js';
import type { StatedDate } from '../types.js';
import type { EventKind } from './words.js';

/** A mention of the article: sentence index and mention index in that sentence. */
export interface MentionRef {
  sentence: number;
  mention: number;
}

export type MeetingKind = 'meeting' | 'visit';
/** happened; planned (set, scheduled); hypothetical (wished, offered, conditional); denied (called off, never held). */
export type MeetingStatus = HappeningStatus;
export type { MeetingMode };

export type When = Pick<StatedDate, 'value' | 'start' | 'end'>;

export interface MeetingCandidate {
  sentence: number;
  /** The cue words, as written. */
  cue: string;
  kind: MeetingKind;
  mode: MeetingMode;
  /** How sure the cue is that people met: 1 for a verb of meeting, less for a bare noun or a visit. */
  cueStrength: number;
  /** People taking part; countries and organizations (delegations) when no person is named. */
  participants: MentionRef[];
  /** The participant the text says receives the others ("X menerima Y", "hosted"), if it says. */
  host?: MentionRef;
  place?: MentionRef;
  /** The date the clause states (a bare weekday of a planned meeting is the coming one). */
  date?: When;
  status: MeetingStatus;
  /** "pertemuan ini", "kunjungannya", "the talks": the meeting told before, not a new one. */
  anaphoric: boolean;
  /** "also attended the talks": the people join the meeting told before. */
  joins?: boolean;
  /** Every place the clause names where it is held ("di Aula Besar Rakyat, Beijing"). */
  places?: MentionRef[];
  /** Told in the headline: it names a meeting of the story, and makes none of its own. */
  headline?: boolean;
  /** "Dalam pertemuan itu, kedua menteri …": only points back; joins a meeting or makes none. */
  backOnly?: boolean;
}

/** A candidate before the article-level passes: calls are kept only to resolve "the two leaders". */
export interface Draft extends MeetingCandidate {
  call?: boolean;
  /** "the two leaders", "the three officials": the people of the meeting told before, as many as it counts. */
  groupCount?: number;
  /** A clause coordinated to the one before ("and at the NATO summit"): its people, if it names none. */
  coordinated?: boolean;
  /** Every cue points back ("pertemuan itu", "the talks"). */
  pointsBack?: boolean;
}

export interface EventCandidate {
  sentence: number;
  cue: string;
  kind: EventKind;
  actors: MentionRef[];
  weapons: MentionRef[];
  place?: MentionRef;
  date?: When;
  status: 'happened' | 'planned';
}

export type { EventKind };
