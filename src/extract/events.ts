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
import type { AnalysedArticle, AnalysedSentence } from './pipeline.js';
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
  /** Told in the headline: it names a meeting of the story, and makes none of its own. */
  headline?: boolean;
  /** "Dalam pertemuan itu, kedua menteri …": only points back; joins a meeting or makes none. */
  backOnly?: boolean;
}

/** A candidate before the article-level passes: calls are kept only to resolve "the two leaders". */
interface Draft extends MeetingCandidate {
  call?: boolean;
  /** "the two leaders", "kedua pemimpin": participants are those of the meeting told before. */
  theTwo?: boolean;
  /** A clause coordinated to the one before ("and at the NATO summit"): its people, if it names none. */
  coordinated?: boolean;
  /** Every cue points back ("pertemuan itu", "the talks"). */
  pointsBack?: boolean;
}

/** A sentence that continues the time of the one before. */
const THEN_OPENING = /^(?:(?:soon|shortly|immediately|right|not\s+long)\s+after\b|then\b|later\b|afterwards\b|after\s+that\b|setelah\s+itu\b|sesudah\s+itu\b|usai\s+itu\b|seusai\s+itu\b|kemudian\b|tak\s+lama\s+kemudian\b|tidak\s+lama\s+kemudian\b|sesaat\s+setelah\b|(?:pada\s+)?(?:kala|saat|ketika|waktu)\s+itu\b|at\s+(?:the|that)\s+time\b|back\s+then\b)/iu;

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
  ['meet', /\b(?:bertemu(?:\s+dengan)?|menemui|temui|berjumpa(?:\s+dengan)?|bertatap\s+muka(?:\s+dengan)?|met(?:\s+with)?|meets(?:\s+with)?|meet(?:\s+with)?|meeting\s+with|called\s+on|calls\s+on|paid\s+a\s+(?:courtesy\s+)?call\s+on|(?:had|over|at\s+a)\s+(?:a\s+)?(?:working\s+)?(?:breakfast|lunch|dinner)\s+with|makan\s+(?:pagi|siang|malam)\s+(?:bersama|dengan))\b/giu],
  ['talks', /\b(?:pertemuan(?!\s+puncak)(?:nya)?|pembicaraan(?:nya)?|perundingan(?:nya)?|berunding|rapat|talks|meetings?|negotiations)\b/giu],
  ['summit', /\b(?:KTT|pertemuan\s+puncak|konferensi\s+tingkat\s+tinggi|summit)\b/giu],
  ['host', /\b(?:menjamu|menyambut(?!\s+baik)(?:\s+kedatangan)?|menerima\s+(?:kunjungan|kedatangan)|jamuan|hosted|hosts|(?<=\b(?:to|will|would)\s)host|welcomed|welcomes|received)\b/giu],
  // "Prabowo diterima Putra Mahkota Mohammed bin Salman": received by someone named (not "usulan itu diterima").
  ['host', /\bditerima(?:\s+oleh)?(?=\s+\p{Lu})/gu],
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

/** "the Polish prime minister, ": a guest told by title, the name in apposition after it. */
const APPOSED_GUEST = /^\s+(?:the|his|her|its|their)\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,4},\s*$/u;

/** Prepositions that introduce where a meeting is held or a visit goes. */
const PLACE_BEFORE = /\b(?:di|ke|menuju|in|at|to|city\s+of|kota)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const PLACE_AFTER_VISIT = /\b(?:mengunjungi|kunjungi|menyambangi|melawat\s+ke|visit(?:s|ed|ing)?)\s+$/iu;

const PERSON_PRONOUN = /\b(?:ia|dia|beliau|he|she)\b|\p{L}nya\b/iu;
const SPEECH_NEXT = /^\s*(?:,[^,]{0,60},\s*)?(?:mengatakan|menyatakan|menyebut|mengklaim|menegaskan|said|says|told)\b/iu;
const SUBJECT_PRONOUN = /(?:^|[,;]\s*|\b(?:dan|and)\s+)(?:ia|dia|beliau|he|she)\s+(?:\p{Ll}+\s+){0,3}$/iu;
/** Who stayed away is no participant: "Xi Jinping skipped the summit", "Presiden tidak hadir". */
const ABSENCE_AFTER = /^(?:,\s*(?:yang|who)\b)?[^,;]{0,40}?\b(?:skipped|stayed\s+away|was\s+absent|absen|tidak\s+hadir|batal\s+hadir|tidak\s+diundang|not\s+invited|sent\s+(?:his|her|a|an)\b|mengutus|mengirim\s+wakil(?:nya)?|diwakili|was\s+represented\s+by)\b/iu;
/** "KTT tidak dihadiri X", "held without X": who is named after is not there. */
const ABSENCE_BEFORE = /\b(?:tidak\s+dihadiri|tanpa\s+kehadiran|not\s+attended\s+by|without)\s+(?:[\p{L}.-]+\s+){0,5}$/iu;
/** "Trump's proposal", "Hegseth's predecessor": a possessor is no participant unless the cue follows. */
const POSSESSIVE_NOT_CUE = /^['’]s\s+(?![^,;.]{0,25}?\b(?:visit|trip|talks|meeting|summit|meet|stopover|arrival|tour|reception)\b)/iu;
/** "his bilateral talks with Trump": the possessive pronoun before a cue names a participant. */
const POSSESSIVE_BEFORE = /\b(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A clause that begins "hours before …": it holds for the day the sentence states. */
const SAME_DAY_BEFORE = /\b(?:hours|minutes|shortly|moments|just|soon|jam|menit|sesaat|tak\s+lama|tidak\s+lama)\s+(?:before|after|sebelum|setelah|sesudah|usai|seusai)\s*$/iu;
/** Phone and video calls are not meetings: nobody goes anywhere or receives anyone. */
const PHONE = /\b(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|(?:tele)?phone\s+(?:call|conversation|talks)|video\s*(?:call|link|conference)|(?:tele)?phoned|videoconference|melalui\s+(?:sambungan\s+)?(?:telepon|video|panggilan)|lewat\s+(?:sambungan\s+)?telepon|via\s+(?:telepon|video|phone)|percakapan\s+telepon|panggilan\s+(?:telepon|video)|sambungan\s+telepon|konferensi\s+video|menelepon|ditelepon|bertelepon|berbicara\s+melalui\s+telepon)\b/iu;
/** A cue told as a call: "pembicaraan melalui telepon", "talks by phone", "phone talks". */
const PHONE_AFTER_CUE = /^(?:nya)?\s+(?:[\p{Ll}]+\s+){0,2}(?:melalui|lewat|via|by|over\s+the)\s+(?:sambungan\s+)?(?:tele)?(?:phone|telepon|video)/iu;
const PHONE_BEFORE_CUE = /(?:phone|telephone|telepon|video)\s+$/iu;
/** "the two leaders", "kedua pemimpin": the people of the meeting told before. */
const THE_TWO = /\b(?:the\s+two\s+(?:leaders|ministers|presidents|men|women|sides|officials|heads\s+of\s+state)|both\s+(?:leaders|ministers|men|sides)|kedua\s+(?:pemimpin|menteri|kepala\s+negara|presiden|tokoh|pihak)|keduanya)\b/iu;
/** "held separate meetings with X and with Y": one meeting each. */
const SEPARATE = /\b(?:separate|separately|terpisah|masing-masing)\b/iu;
/** "Sebagai Ketua ASEAN", "as chair of ASEAN": a body named in a role, not a side. */
const ROLE_BEFORE = /\b(?:sebagai|as)\s+(?:the\s+)?(?:ketua|chair(?:man)?|presiden|president|tuan\s+rumah|host|anggota|member)(?:\s+of)?\s+$/iu;
/** "Arab League summit", "KTT BRICS", "G20 summit": the body whose summit it is. */
const SUMMIT_BODY_AFTER = /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;

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
  const inClause = sentence.dates.filter((d) => d.index >= clause.start && d.index < clause.end);
  // "tahun ini … pada 4 Agustus": the most precise of dates that hold one another.
  let stated = inClause[0];
  for (const d of inClause.slice(1))
    if (stated && datesCompatible(d, stated) && d.start >= stated.start && d.end <= stated.end && (d.start !== stated.start || d.end !== stated.end)) stated = d;
  // "hours before his talks with Trump": the clause holds for the day the sentence states.
  if (!stated && SAME_DAY_BEFORE.test(sentence.text.slice(Math.max(0, clause.start - 20), clause.start)) && sentence.dates.length === 1) stated = sentence.dates[0];
  if (!stated) return undefined;
  if (planned && published && BARE_WEEKDAY.test(stated.text.trim()) && stated.value < published) {
    const day = addDays(stated.value, 7);
    return { value: day, start: day, end: day };
  }
  // "dijadwalkan berkunjung ke Jakarta pada November", written in September: a planned meeting's
  // month without a year is the coming one, not last year's.
  if (planned && published && stated.end < published && !/\d{4}/.test(stated.text) && /^\d{4}-\d{2}(?:-\d{2})?$/.test(stated.value)) {
    const next = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
    const end = next(stated.end);
    if (end >= published) return { value: next(stated.value), start: next(stated.start), end };
  }
  return { value: stated.value, start: stated.start, end: stated.end };
}

function isPlanned(text: string, date: MeetingCandidate['date'], published: IsoDay | ''): boolean {
  if (date && published && date.start > published) return true;
  return PLANNED.test(text) && !NOT_PLANNED_AFTER.test(text);
}

/** The first person of the sentence before `index`, else of the nearest sentence before with one. */
function antecedent(article: AnalysedArticle, s: number, index: number): MentionRef | undefined {
  const here = article.sentences[s]!.mentions.findIndex((m) => isPerson(m) && m.start < index);
  if (here >= 0) return { sentence: s, mention: here };
  for (let k = s - 1; k >= Math.max(0, s - 3); k--) {
    const { text, mentions } = article.sentences[k]!;
    const at = mentions.findIndex(isPerson);
    // "Soon after landing, he met Gabbard": her sentence's subject is still the one before.
    if (at >= 0 && /(?:^|[,;]\s*)(?:ia|dia|beliau|he|she)\s/iu.test(text.slice(0, mentions[at]!.start))) continue;
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

function sentenceMeetings(article: AnalysedArticle, s: number): Draft[] {
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
  const found: Draft[] = [];
  for (const [whole, cues] of byClause) {
    // A cue told as a call ("pembicaraan melalui telepon", "talks by phone") is no meeting, but
    // is kept as a call so that "kedua pemimpin" later can name its people.
    const isCall = (c: CueHit) => PHONE_AFTER_CUE.test(text.slice(c.end, c.end + 40)) || PHONE_BEFORE_CUE.test(text.slice(Math.max(0, c.index - 12), c.index));
    const calls = cues.filter(isCall);
    let clause = whole;
    // "…, who met Rubio earlier this month, spoke by phone on Tuesday with Al Thani": the call
    // and whom it was with end the meeting's clause.
    const meetingCues = cues.filter((c) => !isCall(c));
    if (meetingCues.length) {
      PHONE.lastIndex = 0;
      const phone = PHONE.exec(text.slice(meetingCues[0]!.end, whole.end));
      if (phone) clause = { ...whole, end: meetingCues[0]!.end + phone.index };
    }
    const inside = mentions
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => m.start >= clause.start && m.end <= clause.end);
    const clauseText = text.slice(clause.start, clause.end);
    const candidateCues = meetingCues.length ? meetingCues : calls;
    const call = !meetingCues.length;
    // Host and visit verbs need someone or somewhere after them ("welcomed progress" is no reception).
    const real = candidateCues.filter(
      (c) =>
        c.cls !== 'host' ||
        inside.some(
          ({ m }) =>
            m.start >= c.end &&
            (isPerson(m) || isDelegation(m)) &&
            ((/^[\s\p{L}.'’-]{0,45}$/u.test(text.slice(c.end, m.start)) && !/[,;]/.test(text.slice(c.end, m.start))) ||
              // "hosted the Polish prime minister, Donald Tusk, in London": a name in apposition to the guest's title.
              (APPOSED_GUEST.test(text.slice(c.end, m.start)) && /^\s*[,)]/.test(text.slice(m.end)))),
        ),
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
        !ABSENCE_BEFORE.test(text.slice(clause.start, m.start)) &&
        !POSSESSIVE_NOT_CUE.test(text.slice(m.end, clause.end)) &&
        // "Dmitry Peskov menyatakan …": the speaker of the clause is not a participant.
        !SPEECH_NEXT.test(text.slice(m.end, Math.min(text.length, clause.end + 20))),
    );
    let participants = people.map(({ i }) => ({ sentence: s, mention: i }));
    const firstCue = real[0]!;
    // "He also met …": the pronoun before the verb is a participant too.
    if (participants.length && SUBJECT_PRONOUN.test(text.slice(clause.start, firstCue.index)) && people.every(({ m }) => m.start > firstCue.index)) {
      const ref = antecedent(article, s, clause.start);
      if (ref) participants = [ref, ...participants];
    } else if (
      participants.length &&
      people.every(({ m }) => m.start > firstCue.index) &&
      (firstCue.cls === 'meet' || firstCue.cls === 'host') &&
      clause.start > 0 &&
      (!/\p{L}/u.test(text.slice(clause.start, firstCue.index).replace(/\b(?:also|then|later|juga|kemudian|lalu|and|dan|to|untuk|will|akan|dijadwalkan|is|was|scheduled|expected)\b/giu, '')) ||
        // "…, also called on Marcos": a comma and the verb resume the sentence's subject.
        /,\s*(?:(?:also|then|later|juga|kemudian|lalu)\s+)?$/iu.test(text.slice(clause.start, firstCue.index)))
    ) {
      // "Hegseth, on his first trip to Asia since taking office, also called on Marcos": the verb's
      // subject is the sentence's, before the clause cut.
      const subject = mentions.findIndex((m, i) => isPerson(m) && m.end <= clause.start && !SPEECH_NEXT.test(text.slice(m.end)) && !POSSESSIVE_NOT_CUE.test(text.slice(m.end)) && i >= 0);
      const before = parts.filter((p) => p.end <= clause.start);
      if (subject >= 0 && mentions[subject]!.start < (before[0]?.end ?? 0) && !before.some((p) => p.attribution))
        participants = [{ sentence: s, mention: subject }, ...participants];
    }
    // "Selain bertemu Wong, Sugiono …": a fronted clause's verb has the main clause's subject.
    if (
      participants.length &&
      people.every(({ m }) => m.start > firstCue.index) &&
      firstCue.cls === 'meet' &&
      /^\s*(?:selain|besides|apart\s+from|in\s+addition\s+to)\s+$/iu.test(text.slice(0, firstCue.index))
    ) {
      const subject = mentions.findIndex((m) => isPerson(m) && m.start >= clause.end);
      if (subject >= 0) participants = [{ sentence: s, mention: subject }, ...participants];
    }
    // "his bilateral talks with Trump": the possessor of the cue takes part.
    if (participants.length && real.some((c) => c.cls !== 'meet' && POSSESSIVE_BEFORE.test(text.slice(clause.start, c.index))) && people.every(({ m }) => m.start > firstCue.index)) {
      const ref = antecedent(article, s, clause.start);
      if (ref && !participants.some((p) => p.sentence === ref.sentence && p.mention === ref.mention)) participants = [ref, ...participants];
    }
    if (!participants.length) {
      const summitBody = inside.find(
        ({ m }) =>
          isDelegation(m) &&
          real.some((c) => c.cls === 'summit' && (SUMMIT_BODY_AFTER.test(text.slice(m.end, c.index)) && c.index >= m.end || (/^KTT$/i.test(c.text) && /^\s+$/.test(text.slice(c.end, m.start))))),
      );
      const delegations = inside.filter(
        ({ m, i }) =>
          isDelegation(m) && i !== placeIdx?.i && !placeBefore(text, m) && !inTitle(sentence, m) &&
          // "Lima, Peru": a country after a place is the place's.
          !/^,\s*$/.test(text.slice(Math.max(0, m.start - 2), m.start)) &&
          !ROLE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
          !ABSENCE_AFTER.test(text.slice(m.end, clause.end)),
      );
      // A headline names sides loosely, and one body alone does not meet anybody, unless the
      // summit is its own ("an emergency Arab League summit", "KTT BRICS").
      if (!isTitleCase(text) && (delegations.length > 1 || placeIdx)) participants = delegations.map(({ i }) => ({ sentence: s, mention: i }));
      else if (!isTitleCase(text) && summitBody && !/\b(?:sela(?:-sela)?|sidelines?|margins?)\b/i.test(text.slice(Math.max(0, summitBody.m.start - 30), summitBody.m.start)))
        participants = [{ sentence: s, mention: summitBody.i }];
    }
    const anaphoricCue = (c: CueHit) =>
      (c.cls === 'talks' || c.cls === 'visit' || c.cls === 'summit') &&
      (ANAPHOR_AFTER.test(text.slice(c.end)) || /nya$/i.test(c.text) || ANAPHOR_BEFORE.test(text.slice(0, c.index)) ||
        // "The emergency Arab summit is scheduled …": the summit told before.
        (c.cls === 'summit' && !participants.length && /\bthe\s+(?:[\p{Ll}\p{Lu}][\p{L}-]*\s+){0,2}$/iu.test(text.slice(Math.max(0, c.index - 40), c.index))));
    const anaphoric = real.every((c) => c.cls === 'attend' || anaphoricCue(c));
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
    const theTwo = THE_TWO.test(clauseText) && participants.filter((r) => r.sentence === s && isPerson(mentions[r.mention]!)).length < 2;
    const joins = real.some((c) => c.cls === 'attend') && real.every((c) => c.cls === 'attend' || anaphoricCue(c));
    const base: Draft = {
      sentence: s,
      cue: real[0]!.text,
      kind: meets && participants.length !== 1 ? 'meeting' : real.some((c) => c.cls === 'visit') ? 'visit' : 'meeting',
      participants,
      ...(placeIdx ? { place: { sentence: s, mention: placeIdx.i } } : {}),
      ...(date ? { date } : {}),
      status,
      anaphoric:
        !theTwo &&
        anaphoric &&
        (people.length < 2 || joins || real.some((c) => /^\s+mereka\b|^\s*their\b/i.test(text.slice(c.end)) || /\btheir\s+$/i.test(text.slice(0, c.index)))),
      joins,
      places: inside.filter(({ m }) => isPlace(m) && !inTitle(sentence, m) && placeBefore(text, m)).map(({ i }) => ({ sentence: s, mention: i })),
      ...(call ? { call: true } : {}),
      ...(theTwo ? { theTwo: true } : {}),
      ...(theTwo && anaphoric && !joins ? { pointsBack: true } : {}),
      ...(/^\s*(?:and|dan)\s/i.test(text.slice(clause.start - 5, clause.start + 1)) || /^(?:and|dan)\s*$/i.test(text.slice(Math.max(0, clause.start - 4), clause.start).trim()) ? { coordinated: true } : {}),
    };
    // "held separate meetings with Ramaswamy and with Waltz": one meeting with each.
    const after = participants.filter((r) => r.sentence === s && mentions[r.mention]!.start > firstCue.index);
    const subjects = participants.filter((r) => !after.includes(r));
    if (SEPARATE.test(clauseText) && subjects.length >= 1 && after.length > 1) {
      for (const other of after) found.push({ ...base, participants: [...subjects, other], kind: 'meeting' });
      continue;
    }
    found.push(base);
  }
  return found;
}

// ---------------------------------------------------------------- events

const isWeapon = (m: Mention) => m.type === 'weapon';

function sentenceEvents(article: AnalysedArticle, s: number): EventCandidate[] {
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
export function findEvents(article: AnalysedArticle): { meetings: MeetingCandidate[]; events: EventCandidate[] } {
  const meetings: MeetingCandidate[] = [];
  const events: EventCandidate[] = [];
  const title = article.meta.title?.trim();
  // The people of the last meeting or call told with two or more of them, for "the two leaders".
  let lastPair: MentionRef[] | undefined;
  const isPersonRef = (r: MentionRef) => article.sentences[r.sentence]!.mentions[r.mention]!.type === 'person';
  article.sentences.forEach((sentence, s) => {
    const told = sentenceMeetings(article, s);
    told.forEach((d, k) => {
      // "and at the NATO summit in The Hague": the same people, at a second occasion.
      if (d.coordinated && k > 0 && !d.participants.some(isPersonRef)) {
        const previous = told[k - 1]!;
        d.participants = previous.participants.filter(isPersonRef);
        d.kind = 'meeting';
        d.anaphoric = false;
        if (previous.status === 'planned') d.status = 'planned';
      }
      if (d.theTwo && lastPair) {
        const named = d.participants.filter(isPersonRef);
        d.participants = [...lastPair, ...named.filter((r) => !lastPair!.some((p) => sameMention(article, p, r)))];
        d.kind = 'meeting';
        // "The two leaders met at the palace on Wednesday" tells a meeting; "Dalam pertemuan itu,
        // kedua menteri …" points back to one.
        if (d.pointsBack) d.backOnly = true;
        else d.anaphoric = false;
      }
      // "Soon after landing, he met …", "Setelah itu …": the time of the sentence before.
      if (!d.date && s > 0 && THEN_OPENING.test(sentence.text)) {
        const previous = article.sentences[s - 1]!.dates;
        const last = previous[previous.length - 1];
        if (last) d.date = { value: last.value, start: last.start, end: last.end };
      }
      const persons = d.participants.filter(isPersonRef);
      if (persons.length >= 2 && !d.anaphoric) lastPair = persons;
      if (d.call) return;
      const { call: _call, theTwo: _two, coordinated: _co, pointsBack: _back, ...candidate } = d;
      if (s === 0 && title && (sentence.text.trim() === title || isTitleCase(sentence.text))) candidate.headline = true;
      meetings.push(candidate);
    });
    events.push(...sentenceEvents(article, s));
  });
  return { meetings, events };
}

function sameMention(article: AnalysedArticle, a: MentionRef, b: MentionRef): boolean {
  const ma = article.sentences[a.sentence]!.mentions[a.mention]!;
  const mb = article.sentences[b.sentence]!.mentions[b.mention]!;
  return ma.text === mb.text || ma.text.endsWith(mb.text) || mb.text.endsWith(ma.text);
}

/** Whether two dates can be the same happening: one's span holds the other's. */
export function datesCompatible(a: { start: IsoDay; end: IsoDay }, b: { start: IsoDay; end: IsoDay }): boolean {
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

export const spanOf = (value: string) => dateSpan(value);
export type { Lang };
