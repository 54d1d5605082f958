// Finding meeting cues in a sentence, and reading what the words around a cue say about it: a
// call, a plan, a wish, a denial. The words themselves are data (lexicon/<lang>/meeting-cues.ts).

import type { IsoDay } from '../../graph/types.js';
import type { MeetingMode, MeetingStatus, When } from './types.js';
import { type CueClass, type EventKind, allWords, wordPattern } from './words.js';

export interface CueHit {
  cls: CueClass;
  index: number;
  end: number;
  text: string;
}

const CUE_CLASSES: CueClass[] = ['meet', 'talks', 'summit', 'host', 'attend', 'visit'];

const CUES: [CueClass, RegExp][] = CUE_CLASSES.flatMap((cls): [CueClass, RegExp][] => {
  const pattern: [CueClass, RegExp] = [cls, wordPattern(allWords((w) => w.cues[cls]), 'giu')];
  const named = allWords((w) => w.hostNamed);
  // Case matters for the capitalised name after these, so they get a pattern of their own.
  return cls === 'host' && named.length ? [pattern, [cls, new RegExp(`\\b(?:${named.join('|')})`, 'gu')]] : [pattern];
});

export const EVENT_CUES: [EventKind, RegExp][] = (['test', 'launch', 'signing'] as const).map((kind) => [
  kind,
  wordPattern(allWords((w) => w.events[kind]), 'giu'),
]);

/** Cue words that are not about a meeting here: "in talks to build", "welcomed the deal". */
const NOT_A_MEETING = /^(?:in\s+talks\s+to|visiting\s+(?:professor|scholar|team))/i;

export const PLANNED = wordPattern(allWords((w) => w.planned));
export const PLANNED_AFTER_CUE = new RegExp(`^[^,;.]{0,40}?\\b(?:${allWords((w) => w.plannedAfterCue).join('|')})\\b`, 'iu');
const NOT_PLANNED_AFTER = wordPattern(allWords((w) => w.notPlanned));
const DENIED = wordPattern(allWords((w) => w.denied));
const HYPOTHETICAL = wordPattern(allWords((w) => w.hypothetical));
/** One word, whole: for the words a parse attaches to a trigger. */
const oneWord = (words: string[]) => new RegExp(`^(?:${words.join('|')})$`, 'iu');
export const PLANNED_WORD = oneWord(allWords((w) => w.planned));
export const HYPOTHETICAL_WORD = oneWord([...allWords((w) => w.hypothetical), ...allWords((w) => w.wishVerbs)]);
export const DENIED_WORD = oneWord(allWords((w) => w.cancelWords));

/** Phone and video calls are not meetings: nobody goes anywhere or receives anyone. */
export const PHONE = wordPattern(allWords((w) => w.phone));
/** A cue told as a call: "pembicaraan melalui telepon", "talks by phone", "phone talks". */
export const PHONE_AFTER_CUE = /^(?:nya)?\s+(?:[\p{Ll}]+\s+){0,2}(?:melalui|lewat|via|by|over\s+the)\s+(?:sambungan\s+)?(?:tele)?(?:phone|telepon|video)/iu;
export const PHONE_BEFORE_CUE = /(?:phone|telephone|telepon|video)\s+$/iu;

/** Every meeting cue of a sentence, in order. */
export function cueHits(text: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const [cls, pattern] of CUES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (NOT_A_MEETING.test(text.slice(Math.max(0, m.index - 3)).replace(/^\S*\s/, '')) || NOT_A_MEETING.test(text.slice(m.index - 3 < 0 ? 0 : m.index - 3))) continue;
      if (/^in\s+talks\s+to/i.test(text.slice(Math.max(0, m.index - 3)))) continue;
      if (/\bin\s+$/i.test(text.slice(0, m.index)) && /^talks\s+to\b/i.test(text.slice(m.index))) continue;
      hits.push({ cls, index: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** Whether the words up to a cue (or its date) make the happening planned rather than told as done. */
export function isPlanned(text: string, date: When | undefined, published: IsoDay | ''): boolean {
  if (date && published && date.start > published) return true;
  return PLANNED.test(text) && !NOT_PLANNED_AFTER.test(text);
}

/**
 * The status the clause's words give a meeting: denied when it is called off or said not to
 * happen, hypothetical when only wished, offered or conditional, else planned or happened as
 * `isPlanned` tells. `modal` is the clause up to the cue; `clause` the whole clause.
 */
export function statusOf(modal: string, clause: string, planned: boolean): MeetingStatus {
  if (DENIED.test(clause)) return 'denied';
  if (HYPOTHETICAL.test(modal)) return 'hypothetical';
  return planned ? 'planned' : 'happened';
}

/** How strongly a cue says people met: a verb of meeting most, a visit or a bare noun less. */
export const CUE_STRENGTH: Record<CueClass, number> = { meet: 1, host: 1, talks: 0.8, summit: 0.7, attend: 0.7, visit: 0.6 };

/** The mode of a meeting from its cues: a call, a summit, a visit or talks. */
export function modeOf(classes: CueClass[], call: boolean): MeetingMode {
  if (call) return 'call';
  if (classes.includes('summit')) return 'summit';
  if (classes.every((c) => c === 'visit' || c === 'host')) return 'visit';
  return 'talks';
}
