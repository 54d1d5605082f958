// Meeting frames of one sentence: for each clause with a meeting cue, who took part, where and
// when, and whether it happened. Cues come from cues.ts, participants from the rules of
// participants.ts, dates from dates.ts. Pure: an analysed sentence in, drafts out, with mentions
// referred to by position; story.ts runs the passes that need the sentences around it.

import type { IsoDay } from '../../graph/types.js';
import type { AnalysedArticle } from '../pipeline.js';
import { type Clause, clauseAt, clauses } from './clauses.js';
import { CUE_STRENGTH, type CueHit, PHONE, PHONE_AFTER_CUE, PHONE_BEFORE_CUE, PLANNED_AFTER_CUE, cueHits, isPlanned, modeOf, statusOf } from './cues.js';
import { clauseDate } from './dates.js';
import { inTitle, isDelegation, isPerson, isPlace, placeBefore } from './mention-kinds.js';
import { type ClauseContext, type Indexed, type RuleState, applyRules, namedPeople } from './participants.js';
import { groupSize } from './reference.js';
import type { Draft, MentionRef, When } from './types.js';

/** A noun cue that points back: "pertemuan ini", "kunjungannya", "the talks", "their meeting". */
const ANAPHOR_AFTER = /^(?:nya|\s+(?:ini|itu|tersebut|mereka|kedua\s+(?:pemimpin|menteri|negara)))\b/iu;
const ANAPHOR_BEFORE = /\b(?:the|this|that|their|his|her|its|awal|akhir|sela-sela|usai|seusai|setelah|selesai|hasil|dalam)\s+$/iu;
/** "the Polish prime minister, ": a guest told by title, the name in apposition after it. */
const APPOSED_GUEST = /^\s+(?:by\s+)?(?:the|his|her|its|their)\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,4},\s*$/u;
const OBJECT_PRONOUN_AFTER = /^\s+(?:him|her)\b/i;
const FRONTED_TIME = /^\s*(?:on|in|at|pada|sejak|since)?\s*[\p{L}\d/() ]{2,30},?\s*$/iu;
const WHERE = '(?:where|di\\s+mana|tempat)';
const WHERE_BEFORE = new RegExp(`\\b${WHERE}\\s*$`, 'iu');
const WHERE_ONLY = new RegExp(`^\\s*${WHERE}\\s*$`, 'iu');
const PLACE_AFTER_VISIT = /\b(?:mengunjungi|kunjungi|menyambangi|melawat\s+ke|visit(?:s|ed|ing)?)\s+$/iu;
/** "held separate meetings with X and with Y": one meeting each. */
const SEPARATE = /\b(?:separate|separately|terpisah|masing-masing)\b/iu;

/** One candidate per clause: "tiba di Rusia untuk bertemu dengan …" is one meeting. */
function cuesByClause(hits: CueHit[], parts: Clause[]): Map<Clause, CueHit[]> {
  const byClause = new Map<Clause, CueHit[]>();
  for (const hit of hits) {
    const clause = clauseAt(parts, hit.index);
    if (clause.attribution) continue;
    byClause.set(clause, [...(byClause.get(clause) ?? []), hit]);
  }
  return byClause;
}

/**
 * The cues of a clause told as a meeting, or as a call when all are ("pembicaraan melalui
 * telepon", "talks by phone"; a call is kept so that "kedua pemimpin" later can name its people),
 * and the clause cut where a call after the meeting begins.
 */
function splitCalls(text: string, whole: Clause, cues: CueHit[]): { clause: Clause; cues: CueHit[]; call: boolean } {
  // "spoke by phone with Faisal bin Farhan to brief him on the talks": a call about a meeting told before.
  const calledAbout = (c: CueHit) => PHONE.test(text.slice(whole.start, c.index)) && /\b(?:the|those|these|itu|tersebut)\s+$|\b(?:on|about|tentang|mengenai)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, c.index - 16), c.index));
  const isCall = (c: CueHit) => PHONE_AFTER_CUE.test(text.slice(c.end, c.end + 40)) || PHONE_BEFORE_CUE.test(text.slice(Math.max(0, c.index - 12), c.index)) || calledAbout(c);
  const meetingCues = cues.filter((c) => !isCall(c));
  if (!meetingCues.length) return { clause: whole, cues: cues.filter(isCall), call: true };
  // "…, who met Rubio earlier this month, spoke by phone on Tuesday with Al Thani": the call and
  // whom it was with end the meeting's clause.
  const phone = PHONE.exec(text.slice(meetingCues[0]!.end, whole.end));
  const clause = phone ? { ...whole, end: meetingCues[0]!.end + phone.index } : whole;
  return { clause, cues: meetingCues, call: false };
}

/** Host and visit verbs need someone or somewhere after them ("welcomed progress" is no reception). */
function holdingCues(text: string, cues: CueHit[], inside: Indexed[]): CueHit[] {
  return cues.filter(
    (c) =>
      c.cls !== 'host' ||
      OBJECT_PRONOUN_AFTER.test(text.slice(c.end)) ||
      /nya$/i.test(c.text) ||
      inside.some(
        ({ m }) =>
          m.start >= c.end &&
          (isPerson(m) || isDelegation(m)) &&
          ((/^[\s\p{L}.'’-]{0,45}$/u.test(text.slice(c.end, m.start)) && !/[,;]/.test(text.slice(c.end, m.start))) ||
            // "hosted the Polish prime minister, Donald Tusk, in London": a name in apposition to the guest's title.
            (APPOSED_GUEST.test(text.slice(c.end, m.start)) && /^\s*(?:[,)]|[.!?]?\s*$)/.test(text.slice(m.end)))),
      ),
  );
}

/**
 * Where the clause's meeting is: after a locative preposition or a visit verb, or, in "travels on
 * Friday to Vilnius, where he is due to meet …", the place named just before "where".
 */
function meetingPlace(c: Omit<ClauseContext, 'place'>, relativeOfPlace: boolean): Indexed | undefined {
  const { text, sentence, clause, inside, real } = c;
  const placeBeforeWhere = relativeOfPlace
    ? sentence.mentions.map((m, i) => ({ m, i })).filter(({ m }) => isPlace(m) && !inTitle(sentence, m) && m.end <= clause.start && clause.start - m.end <= 40).pop()
    : undefined;
  return (
    placeBeforeWhere ??
    inside.find(
      ({ m }) =>
        isPlace(m) &&
        !inTitle(sentence, m) &&
        (placeBefore(text, m) || real.some((k) => k.cls === 'visit' && PLACE_AFTER_VISIT.test(text.slice(k.index, m.start)) && m.start - k.end < 3)),
    )
  );
}

/** A noun cue that points back to a meeting told before ("pertemuan itu", "the talks"). */
function pointsBack(text: string, c: CueHit, participants: MentionRef[]): boolean {
  return (
    (c.cls === 'talks' || c.cls === 'visit' || c.cls === 'summit') &&
    (ANAPHOR_AFTER.test(text.slice(c.end)) || /nya$/i.test(c.text) || ANAPHOR_BEFORE.test(text.slice(0, c.index)) ||
      // "The emergency Arab summit is scheduled …": the summit told before.
      (c.cls === 'summit' && !participants.length && /\bthe\s+(?:[\p{Ll}\p{Lu}][\p{L}-]*\s+){0,2}$/iu.test(text.slice(Math.max(0, c.index - 40), c.index))))
  );
}

/** The clause's date; else a fronted time of the sentence, else that of the clause "where" hangs from. */
function meetingDate(c: ClauseContext, firstCue: CueHit, provisional: boolean, published: IsoDay | '', relativeOfPlace: boolean): When | undefined {
  const { sentence, clause, parts, text } = c;
  const hangsFrom = relativeOfPlace ? parts.filter((p) => p.end <= clause.start && !p.attribution && !WHERE_ONLY.test(text.slice(p.start, p.end))).pop() : undefined;
  return (
    clauseDate(sentence, clause, provisional, published, firstCue.index) ??
    // "On Tuesday morning, before the summit opened, Xi held …": a fronted time holds for the sentence.
    (FRONTED_TIME.test(text.slice(0, parts[0]!.end)) && parts[0] !== clause ? clauseDate(sentence, parts[0]!, provisional, published) : undefined) ??
    (hangsFrom ? clauseDate(sentence, { ...clause, start: hangsFrom.start }, provisional, published) : undefined)
  );
}

/** Whether the clause begins "and …", coordinated to the clause before. */
const coordinated = (text: string, clause: Clause) =>
  /^\s*(?:and|dan)\s/i.test(text.slice(clause.start - 5, clause.start + 1)) || /^(?:and|dan)\s*$/i.test(text.slice(Math.max(0, clause.start - 4), clause.start).trim());

/** The participant a host verb makes the host: the one named before "menerima", "hosted". */
function hostOf(c: ClauseContext, participants: MentionRef[]): MentionRef | undefined {
  const hostCue = c.real.find((k) => k.cls === 'host' && !/^di/i.test(k.text));
  if (!hostCue) return undefined;
  const mentions = c.sentence.mentions;
  return participants.find((r) => r.sentence === c.s && mentions[r.mention]!.end <= hostCue.index);
}

/** The frame of one clause with meeting cues, or none when its cues do not hold. */
function readClause(article: AnalysedArticle, s: number, parts: Clause[], whole: Clause, cues: CueHit[]): Draft[] {
  const sentence = article.sentences[s]!;
  const { text, mentions } = sentence;
  const published = article.meta.published;
  const split = splitCalls(text, whole, cues);
  const { clause, call } = split;
  const inside = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.start >= clause.start && m.end <= clause.end);
  const real = holdingCues(text, split.cues, inside);
  if (!real.length) return [];
  const relativeOfPlace = WHERE_BEFORE.test(text.slice(Math.max(0, clause.start - 12), clause.start));
  const base = { article, s, sentence, text, parts, clause, inside, real };
  const context: ClauseContext = { ...base, place: meetingPlace(base, relativeOfPlace) };
  const people = namedPeople(context);
  const firstCue = real[0]!;
  const state: RuleState = { ...context, people, firstCue };
  const early = applyRules(state, people.map(({ i }) => ({ sentence: s, mention: i })), false);
  const anaphoric = real.every((c) => c.cls === 'attend' || pointsBack(text, c, early));
  const participants = applyRules(state, early, true);
  const modalText = text.slice(clause.start, Math.max(...real.map((c) => c.end)));
  const date = meetingDate(context, firstCue, isPlanned(modalText, undefined, ''), published, relativeOfPlace);
  // "Pertemuan 2+2 yang akan digelar di Canberra", "a summit to be held in Astana": planned by the relative after it.
  const plannedAfter = real.some((c) => PLANNED_AFTER_CUE.test(text.slice(c.end, Math.min(clause.end, c.end + 60))));
  const clauseText = text.slice(clause.start, clause.end);
  const group = groupSize(clauseText);
  const groupCount = group !== undefined && participants.filter((r) => r.sentence === s && isPerson(mentions[r.mention]!)).length < group ? group : undefined;
  const joins = real.some((c) => c.cls === 'attend') && real.every((c) => c.cls === 'attend' || pointsBack(text, c, participants));
  const meets = real.some((c) => c.cls !== 'visit');
  const host = hostOf(context, participants);
  const draft: Draft = {
    sentence: s,
    cue: real[0]!.text,
    kind: meets && participants.length !== 1 ? 'meeting' : real.some((c) => c.cls === 'visit') ? 'visit' : 'meeting',
    mode: modeOf(real.map((c) => c.cls), call),
    cueStrength: Math.max(...real.map((c) => CUE_STRENGTH[c.cls])),
    participants,
    ...(host ? { host } : {}),
    ...(context.place ? { place: { sentence: s, mention: context.place.i } } : {}),
    ...(date ? { date } : {}),
    status: statusOf(modalText, clauseText, isPlanned(modalText, date, published) || plannedAfter),
    anaphoric:
      groupCount === undefined &&
      anaphoric &&
      (people.length < 2 || joins || real.some((c) => /^\s+mereka\b|^\s*their\b/i.test(text.slice(c.end)) || /\btheir\s+$/i.test(text.slice(0, c.index)))),
    joins,
    places: inside.filter(({ m }) => isPlace(m) && !inTitle(sentence, m) && placeBefore(text, m)).map(({ i }) => ({ sentence: s, mention: i })),
    ...(call ? { call: true } : {}),
    ...(groupCount ? { groupCount } : {}),
    ...(groupCount && anaphoric && !joins ? { pointsBack: true } : {}),
    ...(coordinated(text, clause) ? { coordinated: true } : {}),
  };
  return travellingTogether(separately(draft, text, clause, firstCue, mentions), real, mentions);
}

/** Cues of travel: whoever is their subject goes somewhere, and does not meet the one beside them. */
const TRAVEL = /^(?:tiba|arriv|bertolak|travel|perjalanan|trip)/i;

/**
 * "Macron dan Brigitte Macron tiba di Jakarta", "X and his wife arrived in Hanoi": people who are
 * together the subject of a travel verb travel together; each makes a visit, not a meeting of them.
 */
function travellingTogether(drafts: Draft[], real: CueHit[], mentions: AnalysedArticle['sentences'][number]['mentions']): Draft[] {
  if (!real.every((c) => TRAVEL.test(c.text))) return drafts;
  return drafts.flatMap((d) => {
    const here = d.participants.filter((r) => r.sentence === d.sentence);
    if (here.length < 2 || here.length !== d.participants.length || here.some((r) => mentions[r.mention]!.start > real[0]!.index)) return [d];
    return here.map((r) => ({ ...d, participants: [r], kind: 'visit' as const }));
  });
}

/** "held separate meetings with Ramaswamy and with Waltz": one meeting with each. */
function separately(draft: Draft, text: string, clause: Clause, firstCue: CueHit, mentions: AnalysedArticle['sentences'][number]['mentions']): Draft[] {
  const separate = SEPARATE.exec(text.slice(clause.start, clause.end));
  const splitAt = separate ? clause.start + separate.index : firstCue.index;
  const after = draft.participants.filter((r) => r.sentence === draft.sentence && mentions[r.mention]!.start > splitAt);
  const subjects = draft.participants.filter((r) => !after.includes(r));
  if (separate && subjects.length >= 1 && after.length > 1) return after.map((other) => ({ ...draft, participants: [...subjects, other], kind: 'meeting' }));
  return [draft];
}

/** The meeting frames of one sentence, in clause order. */
export function sentenceMeetings(article: AnalysedArticle, s: number): Draft[] {
  const { text } = article.sentences[s]!;
  const hits = cueHits(text);
  if (!hits.length) return [];
  const parts = clauses(text);
  return [...cuesByClause(hits, parts)].flatMap(([whole, cues]) => readClause(article, s, parts, whole, cues));
}
