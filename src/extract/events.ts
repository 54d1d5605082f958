// Meetings and events a story tells: sentences that say people met, talked, visited, hosted or
// held a summit (in Indonesian or English), with who took part, where and when; and other dated
// happenings (missile tests and launches, signings). Pure: an extracted article in, candidates
// out, with mentions referred to by position. build.ts resolves them to entities and merges the
// same meeting told by several sentences and articles.
//
// Cues, modality, pronouns and prepositions are closed-class words; participants, places and
// dates come from the mentions and stated dates the pipeline found.

import type { IsoDay, Lang } from '../graph/types.js';
import { type Clause, clauseAt, clauses } from './clauses.js';
import { dateSpan } from './dates.js';
import type { AnalysedSentence, ExtractedArticle } from './pipeline.js';
import { isTitleCase } from './headline.js';
import type { Mention, StatedDate } from './types.js';

/** A mention of the article: sentence index and mention index in that sentence. */
export interface MentionRef {
  sentence: number;
  mention: number;
}

export type MeetingKind = 'meeting' | 'visit';

export interface MeetingCandidate {
  sentence: number;
  /** The cue words, as written. */
  cue: string;
  kind: MeetingKind;
  /** People taking part; countries and organizations (delegations) when no person is named. */
  participants: MentionRef[];
  place?: MentionRef;
  /** The date the clause states (a bare weekday of a planned meeting is the coming one). */
  date?: Pick<StatedDate, 'value' | 'start' | 'end'>;
  status: 'happened' | 'planned';
  /** "pertemuan ini", "kunjungannya", "the talks": the meeting told before, not a new one. */
  anaphoric: boolean;
  /** "also attended the talks": the people join the meeting told before. */
  joins?: boolean;
  /** Every place the clause names where it is held ("di Aula Besar Rakyat, Beijing"). */
  places?: MentionRef[];
}

export type EventKind = 'test' | 'launch' | 'signing';

export interface EventCandidate {
  sentence: number;
  cue: string;
  kind: EventKind;
  actors: MentionRef[];
  weapons: MentionRef[];
  place?: MentionRef;
  date?: Pick<StatedDate, 'value' | 'start' | 'end'>;
  status: 'happened' | 'planned';
}

// ---------------------------------------------------------------- cues

type CueClass = 'meet' | 'talks' | 'summit' | 'host' | 'visit' | 'attend';

const CUES: [CueClass, RegExp][] = [
  ['meet', /\b(?:bertemu(?:\s+dengan)?|menemui|temui|berjumpa(?:\s+dengan)?|bertatap\s+muka(?:\s+dengan)?|met(?:\s+with)?|meets(?:\s+with)?|meet(?:\s+with)?|meeting\s+with)\b/giu],
  ['talks', /\b(?:pertemuan(?!\s+puncak)(?:nya)?|pembicaraan(?:nya)?|perundingan(?:nya)?|berunding|rapat|talks|meeting|negotiations)\b/giu],
  ['summit', /\b(?:KTT|pertemuan\s+puncak|konferensi\s+tingkat\s+tinggi|summit)\b/giu],
  ['host', /\b(?:menjamu|menyambut(?!\s+baik)(?:\s+kedatangan)?|menerima\s+(?:kunjungan|kedatangan)|jamuan|hosted|hosts|welcomed|welcomes|received)\b/giu],
  ['attend', /\b(?:attended|attends|joined|menghadiri|turut\s+hadir|ikut\s+hadir)\b/giu],
  ['visit', /\b(?:kunjungan(?:nya)?|berkunjung|mengunjungi|kunjungi|melawat|lawatan(?:nya)?|menyambangi|tiba\s+di|bertolak\s+ke|perjalanan(?:nya)?(?:\s+resmi)?\s+ke|visit(?:s|ed|ing)?|trip\s+to|travell?ed\s+to|arrived\s+in|arrives\s+in|stopover)\b/giu],
];

/** Cue words that are not about a meeting here: "in talks to build", "welcomed the deal". */
const NOT_A_MEETING = /^(?:in\s+talks\s+to|visiting\s+(?:professor|scholar|team))/i;

const PLANNED = /\b(?:akan|diundang|undangan|kemungkinan|possible|possibility|invited|bakal|dijadwalkan|berencana|direncanakan|rencana(?:nya)?|hendak|ingin|undangan\s+untuk|mengundang|will|would|plans?\s+to|planned|planning|is\s+expected\s+to|are\s+expected\s+to|expected\s+to|set\s+to|scheduled\s+to|is\s+to|are\s+to|due\s+to|intends?\s+to|upcoming|mendatang|next)\b/iu;
const NOT_PLANNED_AFTER = /\b(?:akan\s+(?:memicu|membantu|mencakup)|would\s+(?:help|be))\b/iu;

/** A noun cue that points back: "pertemuan ini", "kunjungannya", "the talks", "their meeting". */
const ANAPHOR_AFTER = /^(?:nya|\s+(?:ini|itu|tersebut|mereka|kedua\s+(?:pemimpin|menteri|negara)))\b/iu;
const ANAPHOR_BEFORE = /\b(?:the|this|that|their|his|her|its|awal|akhir|sela-sela|usai|seusai|setelah|selesai|hasil|dalam)\s+$/iu;

/** Nouns of kinship and apposition that make the next name a description, not a participant. */
const APPOSITION_BEFORE = /,\s*(?:ayah(?:nya)?|ibu(?:nya)?|putra(?:nya)?|putri(?:nya)?|anak(?:nya)?|istri(?:nya)?|suami(?:nya)?|adik(?:nya)?|kakak(?:nya)?|father\s+of|mother\s+of|son\s+of|daughter\s+of|wife\s+of|husband\s+of|brother\s+of|sister\s+of)\s+$/iu;

/** Prepositions that introduce where a meeting is held or a visit goes. */
const PLACE_BEFORE = /\b(?:di|ke|menuju|in|at|to|city\s+of|kota)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const PLACE_AFTER_VISIT = /\b(?:mengunjungi|kunjungi|menyambangi|melawat\s+ke|visit(?:s|ed|ing)?)\s+$/iu;

const PERSON_PRONOUN = /\b(?:ia|dia|beliau|he|she)\b|\p{L}nya\b/iu;
const SPEECH_NEXT = /^\s*(?:,[^,]{0,60},\s*)?(?:mengatakan|menyatakan|menyebut|mengklaim|menegaskan|said|says|told)\b/iu;
const SUBJECT_PRONOUN = /(?:^|[,;]\s*|\b(?:dan|and)\s+)(?:ia|dia|beliau|he|she)\s+(?:\p{Ll}+\s+){0,2}$/iu;
/** Who stayed away is no participant: "Xi Jinping skipped the summit", "Presiden tidak hadir". */
const ABSENCE_AFTER = /^[^,;]{0,40}?\b(?:skipped|stayed\s+away|was\s+absent|absen|tidak\s+hadir|batal\s+hadir|tidak\s+diundang|not\s+invited)\b/iu;

// ---------------------------------------------------------------- events

const EVENT_CUES: [EventKind, RegExp][] = [
  ['test', /\b(?:uji\s+coba|menguji(?:coba)?|diuji|test(?:ed|s|-fired|\s+fired|\s+launch(?:ed)?)?)\b/giu],
  ['launch', /\b(?:meluncurkan|luncurkan|diluncurkan|menembakkan|ditembakkan|launch(?:ed|es)?|fired)\b/giu],
  ['signing', /\b(?:menandatangani|penandatanganan|ditandatangani|meneken|teken|sign(?:ed|s|ing)?)\b/giu],
];

// ---------------------------------------------------------------- helpers

const isPerson = (m: Mention) => m.type === 'person';
const isDelegation = (m: Mention) => m.type === 'country' || m.type === 'organization';
const isPlace = (m: Mention) => m.type === 'place' || m.type === 'country';

/** A country or body named only inside a person's title ("Menteri Luar Negeri Korea Utara Choe"). */
function inTitle(sentence: AnalysedSentence, m: Mention): boolean {
  const next = sentence.mentions.find((o) => o.start >= m.end && isPerson(o));
  if (next && /^[\s()\p{L}]{0,12}$/u.test(sentence.text.slice(m.end, next.start)) && !/[,.]/.test(sentence.text.slice(m.end, next.start))) {
    const between = sentence.text.slice(m.end, next.start);
    if (/^\s*(?:\([^)]*\))?\s*$/.test(between)) return true;
  }
  return sentence.mentions.some((o) => isPerson(o) && o.roleOf !== undefined && o.roleOf.trim() === m.text.trim() && o.start > m.start);
}

function placeBefore(text: string, m: Mention): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

const pad = (n: number) => String(n).padStart(2, '0');
function addDays(day: IsoDay, n: number): IsoDay {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const BARE_WEEKDAY = /^(?:(?:pada\s+)?(?:hari\s+)?)?(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** The date a clause states for its meeting; a planned meeting's bare weekday is the coming one. */
function clauseDate(
  sentence: AnalysedSentence,
  clause: Clause,
  planned: boolean,
  published: IsoDay | '',
): MeetingCandidate['date'] {
  const stated = sentence.dates.find((d) => d.index >= clause.start && d.index < clause.end);
  if (!stated) return undefined;
  if (planned && published && BARE_WEEKDAY.test(stated.text.trim()) && stated.value < published) {
    const day = addDays(stated.value, 7);
    return { value: day, start: day, end: day };
  }
  return { value: stated.value, start: stated.start, end: stated.end };
}

function isPlanned(text: string, date: MeetingCandidate['date'], published: IsoDay | ''): boolean {
  if (date && published && date.start > published) return true;
  return PLANNED.test(text) && !NOT_PLANNED_AFTER.test(text);
}

/** The first person of the sentence before `index`, else of the nearest sentence before with one. */
function antecedent(article: ExtractedArticle, s: number, index: number): MentionRef | undefined {
  const here = article.sentences[s]!.mentions.findIndex((m) => isPerson(m) && m.start < index);
  if (here >= 0) return { sentence: s, mention: here };
  for (let k = s - 1; k >= Math.max(0, s - 3); k--) {
    const at = article.sentences[k]!.mentions.findIndex(isPerson);
    if (at >= 0) return { sentence: k, mention: at };
  }
  return undefined;
}

interface CueHit {
  cls: CueClass;
  index: number;
  end: number;
  text: string;
}

function cueHits(text: string): CueHit[] {
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

// ---------------------------------------------------------------- meetings

function sentenceMeetings(article: ExtractedArticle, s: number): MeetingCandidate[] {
  const sentence = article.sentences[s]!;
  const { text, mentions } = sentence;
  const published = article.meta.published;
  const hits = cueHits(text);
  if (!hits.length) return [];
  const parts = clauses(text);
  // One candidate per clause: "tiba di Rusia untuk bertemu dengan …" is one meeting.
  const byClause = new Map<Clause, CueHit[]>();
  for (const hit of hits) {
    const clause = clauseAt(parts, hit.index);
    if (clause.attribution) continue;
    byClause.set(clause, [...(byClause.get(clause) ?? []), hit]);
  }
  const found: MeetingCandidate[] = [];
  for (const [clause, cues] of byClause) {
    const inside = mentions
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => m.start >= clause.start && m.end <= clause.end);
    const clauseText = text.slice(clause.start, clause.end);
    // Host and visit verbs need someone or somewhere after them ("welcomed progress" is no reception).
    const real = cues.filter(
      (c) =>
        c.cls !== 'host' ||
        inside.some(({ m }) => m.start >= c.end && (isPerson(m) || isDelegation(m)) && /^[\s\p{L}.'’-]{0,45}$/u.test(text.slice(c.end, m.start)) && !/[,;]/.test(text.slice(c.end, m.start))),
    );
    if (!real.length) continue;

    const placeIdx = inside.find(
      ({ m }) =>
        isPlace(m) &&
        !inTitle(sentence, m) &&
        (placeBefore(text, m) || real.some((c) => c.cls === 'visit' && PLACE_AFTER_VISIT.test(text.slice(c.index, m.start)) && m.start - c.end < 3)),
    );
    const people = inside.filter(
      ({ m }) =>
        isPerson(m) &&
        !APPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
        !ABSENCE_AFTER.test(text.slice(m.end, clause.end)) &&
        // "Dmitry Peskov menyatakan …": the speaker of the clause is not a participant.
        !SPEECH_NEXT.test(text.slice(m.end, Math.min(text.length, clause.end + 20))),
    );
    let participants = people.map(({ i }) => ({ sentence: s, mention: i }));
    // "He also met …": the pronoun before the verb is a participant too.
    const firstCue = real[0]!;
    if (participants.length && SUBJECT_PRONOUN.test(text.slice(clause.start, firstCue.index)) && people.every(({ m }) => m.start > firstCue.index)) {
      const ref = antecedent(article, s, clause.start);
      if (ref) participants = [ref, ...participants];
    }
    if (!participants.length) {
      const delegations = inside.filter(
        ({ m, i }) =>
          isDelegation(m) && i !== placeIdx?.i && !placeBefore(text, m) && !inTitle(sentence, m) &&
          // "Lima, Peru": a country after a place is the place's.
          !/^,\s*$/.test(text.slice(Math.max(0, m.start - 2), m.start)) &&
          !ABSENCE_AFTER.test(text.slice(m.end, clause.end)),
      );
      // A headline names sides loosely, and one body alone does not meet anybody.
      const visit = real.some((c) => c.cls === 'visit');
      if (!isTitleCase(text) && (delegations.length > 1 || placeIdx)) participants = delegations.map(({ i }) => ({ sentence: s, mention: i }));
    }
    const first = real[0]!;
    const anaphoric = real.every(
      (c) =>
        c.cls === 'attend' ||
        (c.cls === 'talks' || c.cls === 'visit' || c.cls === 'summit') &&
        (ANAPHOR_AFTER.test(text.slice(c.end)) || /nya$/i.test(c.text) || ANAPHOR_BEFORE.test(text.slice(0, c.index))),
    );
    // "seperti yang dilakukannya pada kunjungan terakhirnya ke Pyongyang": a pronoun names the visitor.
    if (!participants.length && (real.some((c) => /nya$/i.test(c.text)) || /\b(?:ia|dia|beliau|he|she)\b|dilakukannya|terakhirnya/i.test(clauseText)) && PERSON_PRONOUN.test(clauseText)) {
      const ref = antecedent(article, s, clause.start);
      if (ref) participants = [ref];
    }
    const modalText = text.slice(clause.start, Math.max(...real.map((c) => c.end)));
    const provisional = isPlanned(modalText, undefined, '');
    const date = clauseDate(sentence, clause, provisional, published);
    const status = isPlanned(modalText, date, published) ? 'planned' : 'happened';
    const meets = real.some((c) => c.cls !== 'visit');
    found.push({
      sentence: s,
      cue: first.text,
      kind: meets && participants.length !== 1 ? 'meeting' : real.some((c) => c.cls === 'visit') ? 'visit' : 'meeting',
      participants,
      ...(placeIdx ? { place: { sentence: s, mention: placeIdx.i } } : {}),
      ...(date ? { date } : {}),
      status,
      anaphoric:
        anaphoric &&
        (people.length < 2 || real.every((c) => c.cls === 'attend') || real.some((c) => /^\s+mereka\b|^\s*their\b/i.test(text.slice(c.end)) || /\btheir\s+$/i.test(text.slice(0, c.index)))),
      joins: real.every((c) => c.cls === 'attend'),
      places: inside.filter(({ m }) => isPlace(m) && !inTitle(sentence, m) && placeBefore(text, m)).map(({ i }) => ({ sentence: s, mention: i })),
    });
  }
  return found;
}

// ---------------------------------------------------------------- events

const isWeapon = (m: Mention) => m.type === 'weapon';

function sentenceEvents(article: ExtractedArticle, s: number): EventCandidate[] {
  const sentence = article.sentences[s]!;
  const { text, mentions } = sentence;
  const parts = clauses(text);
  const found: EventCandidate[] = [];
  const seen = new Set<Clause>();
  for (const [kind, pattern] of EVENT_CUES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const clause = clauseAt(parts, m.index);
      if (clause.attribution || seen.has(clause)) continue;
      const inside = mentions.map((x, i) => ({ x, i })).filter(({ x }) => x.start >= clause.start && x.end <= clause.end);
      const weapons = inside.filter(({ x }) => isWeapon(x));
      // Tests and launches are of weapons; a signing needs its parties.
      if (kind !== 'signing' && !weapons.length) continue;
      const actors = inside.filter(
        ({ x }) =>
          (x.type === 'country' || x.type === 'organization' || x.type === 'person') &&
          x.start < m!.index &&
          !placeBefore(text, x) &&
          !inTitle(sentence, x),
      );
      if (!actors.length) continue;
      if (kind === 'signing' && actors.length < 1) continue;
      seen.add(clause);
      const place = inside.find(({ x }) => isPlace(x) && placeBefore(text, x) && !actors.some((a) => a.i === inside.find((y) => y.x === x)!.i));
      const modal = text.slice(clause.start, m.index + m[0].length);
      const date = clauseDate(sentence, clause, PLANNED.test(modal), article.meta.published);
      found.push({
        sentence: s,
        cue: m[0],
        kind: kind === 'launch' && /uji|test/i.test(text.slice(clause.start, clause.end)) ? 'test' : kind,
        actors: actors.map(({ i }) => ({ sentence: s, mention: i })),
        weapons: weapons.map(({ i }) => ({ sentence: s, mention: i })),
        ...(place ? { place: { sentence: s, mention: place.i } } : {}),
        ...(date ? { date } : {}),
        status: isPlanned(modal, date, article.meta.published) ? 'planned' : 'happened',
      });
    }
  }
  return found;
}

/** Every meeting and event an article tells, in sentence order. */
export function findEvents(article: ExtractedArticle): { meetings: MeetingCandidate[]; events: EventCandidate[] } {
  const meetings: MeetingCandidate[] = [];
  const events: EventCandidate[] = [];
  article.sentences.forEach((_, s) => {
    meetings.push(...sentenceMeetings(article, s));
    events.push(...sentenceEvents(article, s));
  });
  return { meetings, events };
}

/** Whether two dates can be the same happening: one's span holds the other's. */
export function datesCompatible(a: { start: IsoDay; end: IsoDay }, b: { start: IsoDay; end: IsoDay }): boolean {
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

export const spanOf = (value: string) => dateSpan(value);
export type { Lang };
