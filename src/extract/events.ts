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
import { ROLES_EN, ROLES_ID } from './lexicon/roles.js';
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
  /** "the two leaders", "the three officials": the people of the meeting told before, as many as it counts. */
  groupCount?: number;
  /** A clause coordinated to the one before ("and at the NATO summit"): its people, if it names none. */
  coordinated?: boolean;
  /** Every cue points back ("pertemuan itu", "the talks"). */
  pointsBack?: boolean;
}

/** A sentence set at the meeting told before: "Usai pertemuan itu", "Before the talks", "Sore harinya". */
const SAME_OCCASION_OPENING =
  /^(?:(?:usai|seusai|setelah|sesudah|sebelum|selepas|after|before|following|ahead\s+of)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?<noun>(?:pertemuan|talks|meeting|summit|KTT|kunjungan|visit|perundingan|pembicaraan)(?:\s+(?!itu\b|tersebut\b|ini\b|with\b|dengan\b)[\p{L}\d+-]+)?)\b|(?:di\s+)?sela(?:-sela)?\s+kunjungan|during\s+(?:the|his|her)\s+visit|(?:pagi|siang|sore|malam)\s+harinya|(?:pada\s+)?hari\s+yang\s+sama|later\s+(?:that|the\s+same)\s+day|(?:that|the\s+same)\s+(?:morning|afternoon|evening|day)\b)/iu;
/** "Sehari sebelumnya" (group 1) or "Keesokan harinya": a day off the day told before. */
const DAY_SHIFT_OPENING = /^(?:(sehari\s+sebelumnya|the\s+day\s+before|a\s+day\s+earlier|the\s+previous\s+day)|keesokan\s+harinya|esoknya|sehari\s+(?:setelahnya|kemudian)|the\s+(?:next|following)\s+day|a\s+day\s+later)\b/iu;

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
  ['meet', /\b(?:bertemu(?:\s+dengan)?|menemuinya|menemui|temui|berjumpa(?:\s+dengan)?|bertatap\s+muka(?:\s+dengan)?|met(?:\s+with)?|meets(?:\s+with)?|meet(?:\s+with)?|meeting\s+with|(?:sat|sit|sits|sitting)\s+down\s+with|called\s+on|calls\s+on|paid\s+a\s+(?:courtesy\s+)?call\s+on|(?:had|over|at\s+a)\s+(?:a\s+)?(?:working\s+)?(?:breakfast|lunch|dinner)\s+with|makan\s+(?:pagi|siang|malam)\s+(?:bersama|dengan))\b/giu],
  ['talks', /\b(?:pertemuan(?!\s+puncak)(?:nya)?|pembicaraan(?:nya)?|perundingan(?:nya)?|berunding|rapat|talks|meetings?|negotiations)\b/giu],
  ['summit', /\b(?:KTT|pertemuan\s+puncak|konferensi\s+tingkat\s+tinggi|summit)\b/giu],
  ['host', /\b(?:menerimanya|menjamunya|menyambutnya|menjamu|menyambut(?!\s+baik)(?:\s+kedatangan)?|menerima\s+(?:kunjungan|kedatangan)|jamuan|hosted|hosts|(?<=\b(?:to|will|would)\s)host|welcomed|welcomes|received)\b/giu],
  // "Prabowo diterima Putra Mahkota Mohammed bin Salman", "Zelensky menerima Kanselir Jerman Friedrich Merz":
  // received by or receiving someone named (not "usulan itu diterima", "menerima laporan").
  ['host', /\b(?:diterima(?:\s+oleh)?|menerima)(?=\s+(?:(?:jajaran|delegasi|rombongan|pimpinan|direksi|para|sejumlah)\s+)*\p{Lu})/gu],
  ['attend', /\b(?:attended|attends|joined|menghadiri|turut\s+hadir|ikut\s+hadir)\b/giu],
  ['visit', /\b(?:kunjungan(?:nya)?|berkunjung|mengunjungi|kunjungi|melawat|lawatan(?:nya)?|menyambangi|tiba\s+di|bertolak\s+ke|perjalanan(?:nya)?(?:\s+resmi)?\s+ke|visit(?:s|ed|ing)?|trip\s+to|travell?ed\s+to|arrived\s+in|arrives\s+in|stopover)\b/giu],
];

/** Cue words that are not about a meeting here: "in talks to build", "welcomed the deal". */
const NOT_A_MEETING = /^(?:in\s+talks\s+to|visiting\s+(?:professor|scholar|team))/i;

const PLANNED = /\b(?:akan|diundang|undangan|kemungkinan|possible|possibility|invited|invitation|bakal|dijadwalkan|berencana|direncanakan|rencana(?:nya)?|hendak|ingin|undangan\s+untuk|mengundang|will|would|plans?\s+to|planned|planning|is\s+expected\s+to|are\s+expected\s+to|expected\s+to|set\s+to|scheduled\s+to|is\s+to|are\s+to|due\s+to|intends?\s+to|upcoming|mendatang|next)\b/iu;
const PLANNED_AFTER_CUE = /^[^,;.]{0,40}?\b(?:yang\s+akan\s+(?:digelar|diadakan|dilaksanakan|berlangsung|dihadiri)|to\s+be\s+held|will\s+be\s+held|due\s+to\s+(?:be\s+held|take\s+place))\b/iu;
const NOT_PLANNED_AFTER = /\b(?:akan\s+(?:memicu|membantu|mencakup)|would\s+(?:help|be))\b/iu;

/** A noun cue that points back: "pertemuan ini", "kunjungannya", "the talks", "their meeting". */
const ANAPHOR_AFTER = /^(?:nya|\s+(?:ini|itu|tersebut|mereka|kedua\s+(?:pemimpin|menteri|negara)))\b/iu;
const ANAPHOR_BEFORE = /\b(?:the|this|that|their|his|her|its|awal|akhir|sela-sela|usai|seusai|setelah|selesai|hasil|dalam)\s+$/iu;

/** Nouns of kinship and apposition that make the next name a description, not a participant. */
const APPOSITION_BEFORE = /,\s*(?:ayah(?:nya)?|ibu(?:nya)?|putra(?:nya)?|putri(?:nya)?|anak(?:nya)?|istri(?:nya)?|suami(?:nya)?|adik(?:nya)?|kakak(?:nya)?|father\s+of|mother\s+of|son\s+of|daughter\s+of|wife\s+of|husband\s+of|brother\s+of|sister\s+of)\s+$/iu;

/** "the Polish prime minister, ": a guest told by title, the name in apposition after it. */
const APPOSED_GUEST = /^\s+(?:by\s+)?(?:the|his|her|its|their)\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,4},\s*$/u;

// "before" and "sebelum" need no place here: they open a clause of their own (clauses.ts).
const SECOND_VERB_BEFORE = /\b(?:and|dan|lalu|kemudian|then)\s+(?:(?:will|akan|to|untuk)\s+)?$/iu;
const FRONTED_TIME = /^\s*(?:on|in|at|pada|sejak|since)?\s*[\p{L}\d/() ]{2,30},?\s*$/iu;
const WHERE = '(?:where|di\\s+mana|tempat)';
const WHERE_BEFORE = new RegExp(`\\b${WHERE}\\s*$`, 'iu');
const WHERE_ONLY = new RegExp(`^\\s*${WHERE}\\s*$`, 'iu');

/** Prepositions that introduce where a meeting is held or a visit goes. */
const PLACE_BEFORE = /\b(?:di|ke|menuju|in|at|to|city\s+of|kota)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const PLACE_AFTER_VISIT = /\b(?:mengunjungi|kunjungi|menyambangi|melawat\s+ke|visit(?:s|ed|ing)?)\s+$/iu;

const OBJECT_PRONOUN_AFTER = /^\s+(?:him|her)\b/i;
const PERSON_PRONOUN = /\b(?:ia|dia|beliau|he|she)\b|\p{L}nya\b/iu;
const SPEECH_NEXT = /^\s*(?:,[^,]{0,60},\s*)?(?:mengatakan|menyatakan|menyebut|mengklaim|menegaskan|said|says|told)\b/iu;
// "where he is due to meet": a clause cut after a subordinating word opens with its pronoun.
const SUBJECT_PRONOUN = /(?:^\s*|[,;]\s*|\b(?:dan|and)\s+)(?:ia|dia|beliau|he|she)\s+(?:\p{Ll}+\s+){0,3}$/iu;
/** "he and Witkoff would meet", "dia dan Lavrov akan bertemu": a pronoun coordinated with a name. */
const PRONOUN_AND_NAME = /(?:^\s*|[,;]\s*|\b(?:said|says|kata|mengatakan)\s+(?:that\s+|bahwa\s+)?)(?:he|she|ia|dia|beliau)\s+(?:and|dan|bersama)\s+$/iu;
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
/** "the two leaders", "kedua pemimpin", "the three officials": the people of the meeting told before. */
const GROUP_NOUN = '(?:leaders|ministers|foreign\\s+ministers|presidents|men|women|sides|officials|envoys|mediators|diplomats|delegations|heads\\s+of\\s+state|pemimpin|menteri|menlu|kepala\\s+negara|presiden|tokoh|pihak|pejabat|utusan|delegasi|diplomat)';
const THE_GROUP = new RegExp(
  `\\b(?:the\\s+(two|three|four|five)\\s+${GROUP_NOUN}|(both)\\s+(?:leaders|ministers|men|sides|officials)|(kedua|ketiga|keempat|kelima)\\s+${GROUP_NOUN}|(keduanya|ketiganya))\\b`,
  'iu',
);
const GROUP_SIZE: Record<string, number> = { two: 2, both: 2, kedua: 2, keduanya: 2, three: 3, ketiga: 3, ketiganya: 3, four: 4, keempat: 4, five: 5, kelima: 5 };
/** How many people a group phrase of the clause counts, if it has one. */
function groupSize(text: string): number | undefined {
  const m = THE_GROUP.exec(text);
  const word = m && (m[1] ?? m[2] ?? m[3] ?? m[4]);
  return word ? GROUP_SIZE[word.toLowerCase()] : undefined;
}
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
  cueAt?: number,
): MeetingCandidate['date'] {
  let inClause = sentence.dates.filter((d) => d.index >= clause.start && d.index < clause.end);
  // "will fly to Washington on Sunday and meet Trump … on Monday": a cue that is the second verb
  // of its subject takes the date after it; the one before is the first verb's.
  if (cueAt !== undefined && SECOND_VERB_BEFORE.test(sentence.text.slice(clause.start, cueAt))) {
    const later = inClause.filter((d) => d.index > cueAt);
    if (later.length && later.length < inClause.length) inClause = later;
  }
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

// Case matters for the name test after the title (a /iu \\p{Lu} matches any letter), so each
// title word may open in either case instead.
const eitherCase = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => `${sp ? '\\s+' : ''}[${c.toLowerCase()}${c.toUpperCase()}]`);
/** "The prime minister held talks", "The secretary of state was due to arrive …", "Sang menteri": a title standing for a person told before. */
const DEFINITE_SUBJECT = new RegExp(
  `^\\s*(?:(?:[Oo]n|[Pp]ada)\\s+[\\p{L}\\d]+\\s+|[\\p{L}\\d]+\\s+harinya,?\\s+)?(?:[Tt]he|[Ss]ang)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(${[...ROLES_EN, ...ROLES_ID]
    .filter((r) => r.length > 3 && !r.endsWith('.'))
    .sort((a, b) => b.length - a.length)
    .map(eitherCase)
    .join('|')})\\b(?![,\\s]+\\p{Lu})`,
  'u',
);

/** The person a title stands for: the nearest one told with that title, else the subject told before. */
function describedPerson(article: AnalysedArticle, s: number, index: number, title: string): MentionRef | undefined {
  const wanted = title.toLowerCase().replace(/\s+/g, ' ');
  for (let k = s; k >= 0; k--) {
    const { mentions } = article.sentences[k]!;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (k === s && m.start >= index) continue;
      if (isPerson(m) && m.role && m.role.toLowerCase().replace(/\s+/g, ' ').endsWith(wanted)) return { sentence: k, mention: i };
    }
  }
  return antecedent(article, s, index);
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
    // "spoke by phone with Faisal bin Farhan to brief him on the talks": a call about a meeting told before.
    const calledAbout = (c: CueHit) => PHONE.test(text.slice(whole.start, c.index)) && /\b(?:the|those|these|itu|tersebut)\s+$|\b(?:on|about|tentang|mengenai)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, c.index - 16), c.index));
    const isCall = (c: CueHit) => PHONE_AFTER_CUE.test(text.slice(c.end, c.end + 40)) || PHONE_BEFORE_CUE.test(text.slice(Math.max(0, c.index - 12), c.index)) || calledAbout(c);
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
    if (!real.length) continue;

    // "travels on Friday to Vilnius, where he is due to meet …": the clause is set at the place
    // named just before "where", and at the time of the clause it hangs from.
    const relativeOfPlace = WHERE_BEFORE.test(text.slice(Math.max(0, clause.start - 12), clause.start));
    const placeBeforeWhere = relativeOfPlace
      ? mentions.map((m, i) => ({ m, i })).filter(({ m }) => isPlace(m) && !inTitle(sentence, m) && m.end <= clause.start && clause.start - m.end <= 40).pop()
      : undefined;
    const placeIdx =
      placeBeforeWhere ??
      inside.find(
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
    const described = DEFINITE_SUBJECT.exec(text.slice(clause.start, firstCue.index));
    const withPronoun = people.length > 0 && people[0]!.m.start < firstCue.index && PRONOUN_AND_NAME.test(text.slice(clause.start, people[0]!.m.start));
    if (participants.length && SUBJECT_PRONOUN.test(text.slice(clause.start, firstCue.index)) && people.every(({ m }) => m.start > firstCue.index)) {
      const ref = antecedent(article, s, clause.start);
      if (ref) participants = [ref, ...participants];
    } else if (withPronoun) {
      const ref = antecedent(article, s, clause.start);
      if (ref) participants = [ref, ...participants];
    } else if (described && participants.length && people.every(({ m }) => m.start > firstCue.index)) {
      // "The prime minister held talks with …": the person told before under that title.
      const ref = describedPerson(article, s, clause.start, described[1]!);
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
    // "menerima jajaran direksi KAI", "received a Hamas delegation": a body received is a side too.
    for (const c of participants.length ? real.filter((x) => x.cls === 'host') : []) {
      const guest = inside.find(({ m }) => m.start >= c.end && /^[\s\p{Ll}]{0,40}$/u.test(text.slice(c.end, m.start)));
      if (guest && isDelegation(guest.m) && !/^['’]s\b/.test(text.slice(guest.m.end)) && !inTitle(sentence, guest.m) && !participants.some((p) => p.sentence === s && p.mention === guest.i))
        participants = [...participants, { sentence: s, mention: guest.i }];
    }
    // "where President Bukele hosted him", "Putin menerimanya": the object pronoun is the one told before.
    const objectCue = real.find((c) => (c.cls === 'meet' || c.cls === 'host') && (/nya$/i.test(c.text) || OBJECT_PRONOUN_AFTER.test(text.slice(c.end))));
    if (objectCue) {
      const ref = antecedent(article, s, clause.start);
      if (ref && !participants.some((p) => p.sentence === ref.sentence && p.mention === ref.mention)) participants = [...participants, ref];
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
    // "During his visit, Hassan Sheikh also met …": the possessor is the name after the comma.
    const cataphora = people.length > 0 && /^[^,;]{0,30},[^,;]{0,40}$/u.test(text.slice(firstCue.end, people[0]!.m.start));
    if (participants.length && !cataphora && real.some((c) => c.cls !== 'meet' && POSSESSIVE_BEFORE.test(text.slice(clause.start, c.index))) && people.every(({ m }) => m.start > firstCue.index)) {
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
    const hangsFrom = relativeOfPlace ? parts.filter((p) => p.end <= clause.start && !p.attribution && !WHERE_ONLY.test(text.slice(p.start, p.end))).pop() : undefined;
    const date =
      clauseDate(sentence, clause, provisional, published, firstCue.index) ??
      // "On Tuesday morning, before the summit opened, Xi held …": a fronted time holds for the sentence.
      (FRONTED_TIME.test(text.slice(0, parts[0]!.end)) && parts[0] !== clause ? clauseDate(sentence, parts[0]!, provisional, published) : undefined) ??
      (hangsFrom ? clauseDate(sentence, { ...clause, start: hangsFrom.start }, provisional, published) : undefined);
    // "Pertemuan 2+2 yang akan digelar di Canberra", "a summit to be held in Astana": planned by the relative after it.
    const plannedAfter = real.some((c) => PLANNED_AFTER_CUE.test(text.slice(c.end, Math.min(clause.end, c.end + 60))));
    const status = isPlanned(modalText, date, published) || plannedAfter ? 'planned' : 'happened';
    const meets = real.some((c) => c.cls !== 'visit');
    const group = groupSize(clauseText);
    const groupCount = group !== undefined && participants.filter((r) => r.sentence === s && isPerson(mentions[r.mention]!)).length < group ? group : undefined;
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
        groupCount === undefined &&
        anaphoric &&
        (people.length < 2 || joins || real.some((c) => /^\s+mereka\b|^\s*their\b/i.test(text.slice(c.end)) || /\btheir\s+$/i.test(text.slice(0, c.index)))),
      joins,
      places: inside.filter(({ m }) => isPlace(m) && !inTitle(sentence, m) && placeBefore(text, m)).map(({ i }) => ({ sentence: s, mention: i })),
      ...(call ? { call: true } : {}),
      ...(groupCount ? { groupCount } : {}),
      ...(groupCount && anaphoric && !joins ? { pointsBack: true } : {}),
      ...(/^\s*(?:and|dan)\s/i.test(text.slice(clause.start - 5, clause.start + 1)) || /^(?:and|dan)\s*$/i.test(text.slice(Math.max(0, clause.start - 4), clause.start).trim()) ? { coordinated: true } : {}),
    };
    // "held separate meetings with Ramaswamy and with Waltz": one meeting with each.
    const separate = SEPARATE.exec(clauseText);
    const splitAt = separate ? clause.start + separate.index : firstCue.index;
    const after = participants.filter((r) => r.sentence === s && mentions[r.mention]!.start > splitAt);
    const subjects = participants.filter((r) => !after.includes(r));
    if (separate && subjects.length >= 1 && after.length > 1) {
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
  let lastGroup: MentionRef[] | undefined;
  // Meetings of two or more told with a date, for "Usai pertemuan itu" and "Sore harinya".
  const dated: { sentence: number; date: NonNullable<MeetingCandidate['date']> }[] = [];
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
      // A group of two takes the last pair told; a larger group must count as many.
      // With no meeting of them told yet, "kedua pemimpin" are the people the sentence before names.
      const group = d.groupCount && lastGroup && (d.groupCount === 2 || lastGroup.length === d.groupCount) ? lastGroup : d.groupCount ? namedBefore(article, s, d.groupCount) : undefined;
      if (d.groupCount && group) {
        lastGroup = group;
        const named = d.participants.filter(isPersonRef);
        d.participants = [...group, ...named.filter((r) => !group.some((p) => sameMention(article, p, r)))];
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
      if (!d.date) {
        const recalled = dateOfHappeningBefore(article, s);
        if (recalled) d.date = recalled;
      }
      // "Usai pertemuan 2+2, …", "Sore harinya, …", "During the visit, …": the day of the meeting told before.
      const occasion = d.date ? null : SAME_OCCASION_OPENING.exec(sentence.text.trimStart());
      if (occasion) {
        // "Usai pertemuan 2+2": the meeting told with those words, else the last one told.
        const noun = occasion.groups?.noun?.toLowerCase();
        const named = noun && /\s/.test(noun) ? [...dated].reverse().find((x) => article.sentences[x.sentence]!.text.toLowerCase().includes(noun)) : undefined;
        const last = named ?? dated[dated.length - 1];
        if (last) d.date = last.date;
      }
      // "Sehari sebelumnya, Prabowo bertemu …": a day before the day the story was telling.
      const shift = DAY_SHIFT_OPENING.exec(sentence.text.trimStart());
      if (shift) {
        const earlier = [s - 1, s - 2].filter((k) => k >= 0).flatMap((k) => article.sentences[k]!.dates).filter((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.value));
        const day = earlier[earlier.length - 1];
        if (day) {
          const value = addDays(day.value, shift[1] ? -1 : 1);
          d.date = { value, start: value, end: value };
        }
      }
      if (d.date && !d.anaphoric && d.participants.length > 1) dated.push({ sentence: s, date: d.date });
      // The main clause's meeting is the one "the two leaders" will mean, not one a later clause recalls.
      const persons = d.participants.filter(isPersonRef);
      if (persons.length >= 2 && !d.anaphoric && (k === 0 || !told.slice(0, k).some((o) => o.participants.filter(isPersonRef).length >= 2))) lastGroup = persons;
      if (d.call) return;
      const { call: _call, groupCount: _two, coordinated: _co, pointsBack: _back, ...candidate } = d;
      if (s === 0 && title && (sentence.text.trim() === title || isTitleCase(sentence.text))) candidate.headline = true;
      meetings.push(candidate);
    });
    events.push(...sentenceEvents(article, s));
  });
  return { meetings, events };
}

/** The people of the nearest sentence before (up to three back) that names exactly `count` of them. */
function namedBefore(article: AnalysedArticle, s: number, count: number): MentionRef[] | undefined {
  for (let k = s - 1; k >= Math.max(0, s - 3); k--) {
    const refs: MentionRef[] = [];
    article.sentences[k]!.mentions.forEach((m, i) => {
      if (isPerson(m) && !refs.some((r) => sameMention(article, r, { sentence: k, mention: i }))) refs.push({ sentence: k, mention: i });
    });
    if (refs.length === count) return refs;
    if (refs.length) return undefined;
  }
  return undefined;
}

/** "days after the strike", "sepekan setelah serangan itu": timed by a happening told before. */
const SHORTLY_AFTER_HAPPENING =
  /\b(?:(?:a\s+few|several|two|three)\s+(?:days|weeks)|days|weeks|a\s+(?:day|week)|(?:beberapa|dua|tiga)\s+(?:hari|pekan|minggu)|sehari|sepekan|seminggu)\s+(?:after|before|setelah|sebelum|sesudah|usai|pasca)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{Ll}{4,})/iu;

/**
 * The month of the happening a sentence times itself by ("hosted him days after the strike"),
 * from the nearest sentence before that names it with a date. Only the month: "days after" a
 * day is not that day.
 */
function dateOfHappeningBefore(article: AnalysedArticle, s: number): MeetingCandidate['date'] {
  const m = SHORTLY_AFTER_HAPPENING.exec(article.sentences[s]!.text);
  if (!m) return undefined;
  const noun = new RegExp(`\\b${m[1]!.toLowerCase()}(?:s|es)?\\b`, 'iu');
  for (let k = s - 1; k >= Math.max(0, s - 5); k--) {
    const { text, dates } = article.sentences[k]!;
    const at = noun.exec(text);
    if (!at || !dates.length) continue;
    const nearest = [...dates].sort((a, b) => Math.abs(a.index - at.index) - Math.abs(b.index - at.index))[0]!;
    const month = nearest.value.slice(0, 7);
    return { value: month, ...dateSpan(month) };
  }
  return undefined;
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
