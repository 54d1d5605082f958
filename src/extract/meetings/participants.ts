// Who takes part in the meeting a clause tells, as a table of named rules, like LINE_RULES in
// clean.ts: filters that keep a named person out, and rules that add someone the clause does not
// name (a pronoun's antecedent, the sentence's subject, a body received, delegations). Each rule
// has a name so that `npm run eval:meetings -- --ablate` can switch it off and measure it.

import type { AnalysedArticle, AnalysedSentence } from '../pipeline.js';
import type { Mention } from '../types.js';
import type { Clause } from './clauses.js';
import type { CueHit } from './cues.js';
import { inTitle, isDelegation, isPerson, placeBefore } from './mention-kinds.js';
import { BARE_TITLE_ID, DEFINITE_SUBJECT, antecedent, describedPerson } from './reference.js';
import type { MentionRef } from './types.js';
import { isTitleCase } from '../headline.js';

export interface Indexed {
  m: Mention;
  i: number;
}

/** What the rules read: the clause, its cues and mentions. */
export interface ClauseContext {
  article: AnalysedArticle;
  s: number;
  sentence: AnalysedSentence;
  text: string;
  /** Every clause of the sentence, and the one read. */
  parts: Clause[];
  clause: Clause;
  /** The mentions inside the clause. */
  inside: Indexed[];
  /** The meeting cues of the clause that hold (host verbs with someone after them). */
  real: CueHit[];
  /** The place the meeting is held in, if the clause names one. */
  place?: Indexed;
}

// ---------------------------------------------------------------- filters

/** Nouns of kinship and apposition that make the next name a description, not a participant. */
const APPOSITION_BEFORE = /,\s*(?:ayah(?:nya)?|ibu(?:nya)?|putra(?:nya)?|putri(?:nya)?|anak(?:nya)?|istri(?:nya)?|suami(?:nya)?|adik(?:nya)?|kakak(?:nya)?|father\s+of|mother\s+of|son\s+of|daughter\s+of|wife\s+of|husband\s+of|brother\s+of|sister\s+of)\s+$/iu;
/** Who stayed away is no participant: "Xi Jinping skipped the summit", "Presiden tidak hadir". */
export const ABSENCE_AFTER = /^(?:,\s*(?:yang|who)\b)?[^,;]{0,40}?\b(?:skipped|stayed\s+away|was\s+absent|absen|tidak\s+hadir|batal\s+hadir|tidak\s+diundang|not\s+invited|sent\s+(?:his|her|a|an)\b|mengutus|mengirim\s+wakil(?:nya)?|diwakili|was\s+represented\s+by)\b/iu;
/** "KTT tidak dihadiri X", "held without X": who is named after is not there. */
const ABSENCE_BEFORE = /\b(?:tidak\s+dihadiri|tanpa\s+kehadiran|not\s+attended\s+by|without)\s+(?:[\p{L}.-]+\s+){0,5}$/iu;
/** "Trump's proposal", "Hegseth's predecessor": a possessor is no participant unless the cue follows. */
const POSSESSIVE_NOT_CUE = /^['’]s\s+(?![^,;.]{0,25}?\b(?:visit|trip|talks|meeting|summit|meet|stopover|arrival|tour|reception)\b)/iu;
const SPEECH_NEXT = /^\s*(?:,[^,]{0,60},\s*)?(?:mengatakan|menyatakan|menyebut|mengklaim|menegaskan|said|says|told)\b/iu;

interface PersonFilter {
  name: string;
  /** Whether the person named at `m` is kept out of the clause's meeting. */
  excludes: (c: ClauseContext, m: Mention) => boolean;
}

export const PERSON_FILTERS: PersonFilter[] = [
  { name: 'kinship apposition', excludes: ({ text }, m) => APPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) },
  { name: 'absent (said after)', excludes: ({ text, clause }, m) => ABSENCE_AFTER.test(text.slice(m.end, clause.end)) },
  { name: 'absent (said before)', excludes: ({ text, clause }, m) => ABSENCE_BEFORE.test(text.slice(clause.start, m.start)) },
  { name: 'possessor of another noun', excludes: ({ text, clause }, m) => POSSESSIVE_NOT_CUE.test(text.slice(m.end, clause.end)) },
  // "Dmitry Peskov menyatakan …": the speaker of the clause is not a participant.
  { name: 'speaker', excludes: ({ text, clause }, m) => SPEECH_NEXT.test(text.slice(m.end, Math.min(text.length, clause.end + 20))) },
];

// ---------------------------------------------------------------- rules

/** The people named in the clause that no filter keeps out. */
export function namedPeople(c: ClauseContext): Indexed[] {
  return c.inside.filter(({ m }) => isPerson(m) && !PERSON_FILTERS.some((f) => !disabled.has(f.name) && f.excludes(c, m)));
}

interface RuleState extends ClauseContext {
  people: Indexed[];
  firstCue: CueHit;
}

interface ParticipantRule {
  name: string;
  /** Rules of one group are alternatives: the first whose condition holds is the only one applied. */
  group?: string;
  /** Read after the meeting's anaphora is judged (it must not see this rule's additions). */
  late?: boolean;
  /** Undefined when the rule does not apply; else the participants after it. */
  apply: (c: RuleState, participants: MentionRef[]) => MentionRef[] | undefined;
}

const ref = (s: number, mention: number): MentionRef => ({ sentence: s, mention });
const has = (list: MentionRef[], r: MentionRef) => list.some((p) => p.sentence === r.sentence && p.mention === r.mention);
const allAfterCue = (c: RuleState) => c.people.every(({ m }) => m.start > c.firstCue.index);
const before = (c: RuleState) => c.text.slice(c.clause.start, c.firstCue.index);
const prepend = (r: MentionRef | undefined, list: MentionRef[]) => (r ? [r, ...list] : list);

// "where he is due to meet": a clause cut after a subordinating word opens with its pronoun.
const SUBJECT_PRONOUN = /(?:^\s*|[,;]\s*|\b(?:dan|and)\s+)(?:ia|dia|beliau|he|she)\s+(?:\p{Ll}+\s+){0,3}$/iu;
/** "he and Witkoff would meet", "dia dan Lavrov akan bertemu": a pronoun coordinated with a name. */
const PRONOUN_AND_NAME = /(?:^\s*|[,;]\s*|\b(?:said|says|kata|mengatakan)\s+(?:that\s+|bahwa\s+)?)(?:he|she|ia|dia|beliau)\s+(?:and|dan|bersama)\s+$/iu;
const RESUMING_WORDS = /\b(?:also|then|later|juga|kemudian|lalu|and|dan|to|untuk|will|akan|dijadwalkan|is|was|scheduled|expected)\b/giu;
const OBJECT_PRONOUN_AFTER = /^\s+(?:him|her)\b/i;
const PERSON_PRONOUN = /\b(?:ia|dia|beliau|he|she)\b|\p{L}nya\b/iu;
/** "his bilateral talks with Trump": the possessive pronoun before a cue names a participant. */
const POSSESSIVE_BEFORE = /\b(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "Sebagai Ketua ASEAN", "as chair of ASEAN": a body named in a role, not a side. */
const ROLE_BEFORE = /\b(?:sebagai|as)\s+(?:the\s+)?(?:ketua|chair(?:man)?|presiden|president|tuan\s+rumah|host|anggota|member)(?:\s+of)?\s+$/iu;
/** "Arab League summit", "KTT BRICS", "G20 summit": the body whose summit it is. */
const SUMMIT_BODY_AFTER = /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;

/** "…, also called on Marcos": the verb resumes the subject of the sentence, before the clause cut. */
function resumedSubject(c: RuleState, participants: MentionRef[]): MentionRef[] | undefined {
  const { text, clause, firstCue, sentence, parts, s } = c;
  if (!participants.length || !allAfterCue(c) || (firstCue.cls !== 'meet' && firstCue.cls !== 'host') || clause.start === 0) return undefined;
  if (/\p{L}/u.test(before(c).replace(RESUMING_WORDS, '')) && !/,\s*(?:(?:also|then|later|juga|kemudian|lalu)\s+)?$/iu.test(before(c))) return undefined;
  // "Hegseth, on his first trip to Asia since taking office, also called on Marcos".
  const subject = sentence.mentions.findIndex((m) => isPerson(m) && m.end <= clause.start && !SPEECH_NEXT.test(text.slice(m.end)) && !POSSESSIVE_NOT_CUE.test(text.slice(m.end)));
  const earlier = parts.filter((p) => p.end <= clause.start);
  if (subject >= 0 && sentence.mentions[subject]!.start < (earlier[0]?.end ?? 0) && !earlier.some((p) => p.attribution)) return [ref(s, subject), ...participants];
  return participants;
}

/** Countries or bodies as the sides, when no person is: "Delegasi Jepang dan China", "KTT BRICS". */
function delegations(c: RuleState, participants: MentionRef[]): MentionRef[] | undefined {
  if (participants.length) return undefined;
  const { text, inside, real, place, sentence, clause, s } = c;
  const summitBody = inside.find(
    ({ m }) =>
      isDelegation(m) &&
      real.some((k) => k.cls === 'summit' && ((SUMMIT_BODY_AFTER.test(text.slice(m.end, k.index)) && k.index >= m.end) || (/^KTT$/i.test(k.text) && /^\s+$/.test(text.slice(k.end, m.start))))),
  );
  const sides = inside.filter(
    ({ m, i }) =>
      isDelegation(m) && i !== place?.i && !placeBefore(text, m) && !inTitle(sentence, m) &&
      // "Lima, Peru": a country after a place is the place's.
      !/^,\s*$/.test(text.slice(Math.max(0, m.start - 2), m.start)) &&
      !ROLE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
      !ABSENCE_AFTER.test(text.slice(m.end, clause.end)),
  );
  // A headline names sides loosely, and one body alone does not meet anybody, unless the
  // summit is its own ("an emergency Arab League summit", "KTT BRICS").
  if (!isTitleCase(text) && (sides.length > 1 || place)) return sides.map(({ i }) => ref(s, i));
  if (!isTitleCase(text) && summitBody && !/\b(?:sela(?:-sela)?|sidelines?|margins?)\b/i.test(text.slice(Math.max(0, summitBody.m.start - 30), summitBody.m.start)))
    return [ref(s, summitBody.i)];
  return undefined;
}

export const PARTICIPANT_RULES: ParticipantRule[] = [
  {
    name: 'pronoun subject',
    group: 'subject',
    apply: (c, p) => (p.length && SUBJECT_PRONOUN.test(before(c)) && allAfterCue(c) ? prepend(antecedent(c.article, c.s, c.clause.start), p) : undefined),
  },
  {
    name: 'pronoun and name',
    group: 'subject',
    apply: (c, p) =>
      c.people.length > 0 && c.people[0]!.m.start < c.firstCue.index && PRONOUN_AND_NAME.test(c.text.slice(c.clause.start, c.people[0]!.m.start))
        ? prepend(antecedent(c.article, c.s, c.clause.start), p)
        : undefined,
  },
  {
    // "The prime minister held talks with …", "Menhan kemudian bertemu …": the person told before under that title.
    name: 'title for a person',
    group: 'subject',
    apply: (c, p) => {
      const described = DEFINITE_SUBJECT.exec(before(c)) ?? BARE_TITLE_ID.exec(before(c));
      return described && p.length && allAfterCue(c) ? prepend(describedPerson(c.article, c.s, c.clause.start, described[1]!), p) : undefined;
    },
  },
  { name: 'resumed subject', group: 'subject', apply: resumedSubject },
  {
    // "menerima jajaran direksi KAI", "received a Hamas delegation": a body received is a side too.
    name: 'body received',
    apply: (c, p) => {
      let out = p;
      for (const k of p.length ? c.real.filter((x) => x.cls === 'host') : []) {
        const guest = c.inside.find(({ m }) => m.start >= k.end && /^[\s\p{Ll}]{0,40}$/u.test(c.text.slice(k.end, m.start)));
        if (guest && isDelegation(guest.m) && !/^['’]s\b/.test(c.text.slice(guest.m.end)) && !inTitle(c.sentence, guest.m) && !has(out, ref(c.s, guest.i)))
          out = [...out, ref(c.s, guest.i)];
      }
      return out;
    },
  },
  {
    // "where President Bukele hosted him", "Putin menerimanya": the object pronoun is the one told before.
    name: 'object pronoun',
    apply: (c, p) => {
      const objectCue = c.real.find((k) => (k.cls === 'meet' || k.cls === 'host') && (/nya$/i.test(k.text) || OBJECT_PRONOUN_AFTER.test(c.text.slice(k.end))));
      const r = objectCue ? antecedent(c.article, c.s, c.clause.start) : undefined;
      return r && !has(p, r) ? [...p, r] : undefined;
    },
  },
  {
    // "Selain bertemu Wong, Sugiono …": a fronted clause's verb has the main clause's subject.
    name: 'fronted clause subject',
    apply: (c, p) => {
      if (!p.length || !allAfterCue(c) || c.firstCue.cls !== 'meet' || !/^\s*(?:selain|besides|apart\s+from|in\s+addition\s+to)\s+$/iu.test(c.text.slice(0, c.firstCue.index))) return undefined;
      const subject = c.sentence.mentions.findIndex((m) => isPerson(m) && m.start >= c.clause.end);
      return subject >= 0 ? [ref(c.s, subject), ...p] : undefined;
    },
  },
  {
    // "his bilateral talks with Trump": the possessor of the cue takes part. "During his visit,
    // Hassan Sheikh also met …": the possessor is the name after the comma.
    name: 'possessor of the cue',
    apply: (c, p) => {
      const cataphora = c.people.length > 0 && /^[^,;]{0,30},[^,;]{0,40}$/u.test(c.text.slice(c.firstCue.end, c.people[0]!.m.start));
      if (!p.length || cataphora || !c.real.some((k) => k.cls !== 'meet' && POSSESSIVE_BEFORE.test(c.text.slice(c.clause.start, k.index))) || !allAfterCue(c)) return undefined;
      const r = antecedent(c.article, c.s, c.clause.start);
      return r && !has(p, r) ? [r, ...p] : undefined;
    },
  },
  { name: 'delegations', apply: delegations },
  {
    // "seperti yang dilakukannya pada kunjungan terakhirnya ke Pyongyang": a pronoun names the visitor.
    name: 'pronoun visitor',
    late: true,
    apply: (c, p) => {
      const clauseText = c.text.slice(c.clause.start, c.clause.end);
      if (p.length || !(c.real.some((k) => /nya$/i.test(k.text)) || /\b(?:ia|dia|beliau|he|she)\b|dilakukannya|terakhirnya/i.test(clauseText)) || !PERSON_PRONOUN.test(clauseText)) return undefined;
      const r = antecedent(c.article, c.s, c.clause.start);
      return r ? [r] : undefined;
    },
  },
];

/** The rules' and filters' names, for the evaluation's ablation. */
export const RULE_NAMES = [...PERSON_FILTERS, ...PARTICIPANT_RULES].map((r) => r.name);

/** Rules switched off: only the evaluation sets it, to measure what each rule contributes. */
const disabled = new Set<string>();
export function setDisabledRules(names: Iterable<string>): void {
  disabled.clear();
  for (const n of names) {
    if (!RULE_NAMES.includes(n)) throw new Error(`no participant rule named "${n}"`);
    disabled.add(n);
  }
}

/** The participants after the early (or the late) rules, in table order. */
export function applyRules(c: RuleState, participants: MentionRef[], late: boolean): MentionRef[] {
  const groupsDone = new Set<string>();
  let out = participants;
  for (const rule of PARTICIPANT_RULES) {
    if (Boolean(rule.late) !== late || disabled.has(rule.name) || (rule.group && groupsDone.has(rule.group))) continue;
    const next = rule.apply(c, out);
    if (next === undefined) continue;
    if (rule.group) groupsDone.add(rule.group);
    out = next;
  }
  return out;
}

export type { RuleState };
