// The shape of a language's meeting words (src/extract/lexicon/<lang>/meeting-cues.ts), and the
// patterns built once from both languages' lists. Words are regular-expression fragments.

import { MEETING_WORDS_EN } from '../lexicon/en/meeting-cues.js';
import { MEETING_WORDS_ID } from '../lexicon/id/meeting-cues.js';

export type CueClass = 'meet' | 'talks' | 'summit' | 'host' | 'visit' | 'attend';
export type EventKind = 'test' | 'launch' | 'signing';

export interface MeetingWords {
  /** Verbs and nouns that tell a meeting, by what they tell. */
  cues: Record<CueClass, string[]>;
  /** Host verbs that need a capitalised name after them (matched case-sensitively). */
  hostNamed: string[];
  /** Modality and time words that make a meeting planned rather than happened. */
  planned: string[];
  /** Words right after a noun cue that make it planned ("yang akan digelar", "to be held"). */
  plannedAfterCue: string[];
  /** Modal phrases that are about something else ("akan membantu", "would help"). */
  notPlanned: string[];
  /** Phone and video calls. */
  phone: string[];
  /** Nouns a counted group is made of ("the two leaders", "kedua menteri"). */
  groupNouns: string[];
  /** Counting words of such a group, with how many they count. */
  groupCounts: Record<string, number>;
  /** Cues of dated happenings that are not meetings. */
  events: Record<EventKind, string[]>;
  /** A meeting said not to happen or to have been called off. */
  denied: string[];
  /** Wishes, offers, invitations and conditions: a meeting nobody has set. */
  hypothetical: string[];
  /** Single verbs of wishing a parse can attach a meeting to ("would like to meet": like). */
  wishVerbs: string[];
  /** Single words that call a meeting off. */
  cancelWords: string[];
}

export const LANGUAGES: MeetingWords[] = [MEETING_WORDS_ID, MEETING_WORDS_EN];

/** Every language's words of one list, each once, in list order. */
export const allWords = (pick: (w: MeetingWords) => string[]): string[] => [...new Set(LANGUAGES.flatMap(pick))];

/** A pattern matching any of the words as a whole word. */
export const wordPattern = (words: string[], flags = 'iu'): RegExp => new RegExp(`\\b(?:${words.join('|')})\\b`, flags);
