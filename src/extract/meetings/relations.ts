// Typed relations a sentence states between its mentions: who supplies what weapons to whom,
// who accuses, condemns or denies, who invites whom. Subjects and objects come from mentions
// and verb cues in both languages; negation ("tidak", "menampik", "denied") turns a claim into a
// denial, and attribution ("kata X", "menurut X", "X menuduh", "according to X") records who
// makes the claim, so a contested claim is never stated as fact. Pure; cues are closed classes.

import { type Clause, clauseAt, clauses } from './clauses.js';
import type { MentionRef } from './types.js';
import type { AnalysedArticle, AnalysedSentence } from '../pipeline.js';
import type { Mention } from '../types.js';
import { relationPattern } from './relation-words.js';

export type RelationType = 'supplies' | 'receives' | 'accuses' | 'condemns' | 'denies' | 'invites';

export interface RelationCandidate {
  sentence: number;
  type: RelationType;
  source: MentionRef;
  target: MentionRef;
  /** The verb or noun that states it, as written. */
  cue: string;
  /** For supplies between actors: the weapons carried. */
  weapons: MentionRef[];
  /** Who says so (the speaker, the accuser), when not the story itself. */
  claimedBy: MentionRef[];
  /** The relation is denied (negated, or "menampik tuduhan …") by these. */
  deniedBy: MentionRef[];
  /** Arms named by a common noun only ("senjata"), when no weapon is mentioned. */
  carried?: string;
  /** A denial of earlier accusations ("menampik tuduhan", "denies the accusation"). */
  deniesAccusation?: boolean;
}

const SUPPLY = relationPattern('supply', 'giu');
const BUY = relationPattern('buy', 'giu');
const ACCUSE = relationPattern('accuse', 'giu');
const CONDEMN = relationPattern('condemn', 'giu');
const DENY = relationPattern('deny', 'giu');
const INVITE = relationPattern('invite', 'giu');
const NEGATION = relationPattern('negation', 'iu');
/** Hedges with no named claimant. */
const RECIPIENT_BEFORE = /\b(?:ke|kepada|untuk|bagi|to|for|with)\s+(?:(?!perang\b|war\b|melawan\b|against\b|menyerang\b|attack)[\p{Ll}-]+\s+){0,2}$/u;
const SOURCE_BEFORE = /\b(?:oleh|dari|by|from)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const PLACE_PREPOSITION = /\b(?:di|in|at|near|dekat)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

const isActor = (m: Mention) => m.type === 'country' || m.type === 'organization' || m.type === 'person' || m.type === 'place';
const isWeapon = (m: Mention) => m.type === 'weapon';

interface Hit {
  index: number;
  end: number;
  text: string;
}

function hits(pattern: RegExp, text: string, from = 0, to = text.length): Hit[] {
  const out: Hit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text))
    if (m.index >= from && m.index < to) out.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** Actors that stand in a country's title ("Menteri Luar Negeri Korea Utara Choe") are the person's. */
function titleOwner(sentence: AnalysedSentence, m: Mention): boolean {
  const next = sentence.mentions.find((o) => o.start >= m.end && o.type === 'person');
  return next !== undefined && /^\s*(?:\([^)]*\))?\s*$/.test(sentence.text.slice(m.end, next.start));
}

interface Scope {
  sentence: AnalysedSentence;
  s: number;
  clause: Clause;
  actors: { m: Mention; i: number }[];
}

const ref = (s: number, i: number): MentionRef => ({ sentence: s, mention: i });

/** The speakers of a sentence: mentions in its attribution clauses. */
function speakers(sentence: AnalysedSentence, s: number, parts: Clause[]): MentionRef[] {
  const out: MentionRef[] = [];
  const personIn = (c: Clause) => sentence.mentions.some((m) => m.type === 'person' && m.start >= c.start && m.end <= c.end);
  for (const c of parts) {
    if (!c.attribution) continue;
    const person = personIn(c);
    sentence.mentions.forEach((m, i) => {
      if (m.start < c.start || m.end > c.end || !isActor(m)) return;
      // "kata Juru Bicara Kementerian Luar Negeri Rusia Maria Zakharova": the speaker is the person.
      if (person && m.type !== 'person') return;
      if (m.type === 'organization' && /\b(?:dilansir|dikutip)\b/i.test(sentence.text.slice(c.start - 15, m.start))) return;
      out.push(ref(s, i));
    });
  }
  return out;
}

function supplies(scope: Scope, claimedBy: MentionRef[], negated: boolean): RelationCandidate[] {
  const { sentence, s, clause } = scope;
  const { text, mentions } = sentence;
  const found: RelationCandidate[] = [];
  for (const buy of [false, true]) {
    for (const hit of hits(buy ? BUY : SUPPLY, text, clause.start, clause.end)) {
      const inClause = scope.actors.filter(({ m }) => !titleOwner(sentence, m));
      const weapons = mentions.map((m, i) => ({ m, i })).filter(({ m }) => isWeapon(m) && m.start >= clause.start && m.end <= clause.end);
      // "transfer senjata": arms named only by a common noun still make a supply between actors.
      const arms = /\b(?:senjata|persenjataan|amunisi|weapons?|arms|munitions)\b/i.exec(text.slice(clause.start, clause.end));
      if (!weapons.length && !arms) continue;
      const before = inClause.filter(({ m }) => m.end <= hit.index && !PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 25), m.start)));
      const after = inClause.filter(({ m }) => m.start >= hit.end);
      const passive =
        /^di/i.test(hit.text) ||
        /-$/.test(text.slice(hit.index - 1, hit.index)) ||
        (/^(?:sold|supplied|provided|sent|delivered|transferred)$/i.test(hit.text) && /\b(?:was|were|been|being|be|is|are|which|that)\s+$/i.test(text.slice(0, hit.index)));
      const noun = /^(?:transfer|pengiriman|pasokan|penjualan|suplai|delivery|deliveries|sale)/i.test(hit.text);
      const byAfter = after.find(({ m }) => SOURCE_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start)));
      const toAfter = after.find(({ m }) => RECIPIENT_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start)));
      // "transfer senjata Korea Utara ke Rusia": a noun cue with the supplier after it.
      const nounSupplier = noun
        ? after.find(({ m }) => m !== toAfter?.m && !RECIPIENT_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start)))
        : undefined;
      let supplier = byAfter ?? nounSupplier ?? (passive ? undefined : before[before.length - 1]);
      // "supplied Israel with artillery shells": the object right after the verb receives.
      const direct = after.find(({ m }) => /^\s*$/.test(text.slice(hit.end, m.start)));
      let recipient = toAfter ?? (!passive && !noun && direct && /\bwith\b/i.test(text.slice(direct.m.end, direct.m.end + 8)) ? direct : undefined);
      if (buy) {
        // "Moskow membeli senjata dari Pyongyang": the buyer receives from the seller.
        recipient = before[before.length - 1];
        supplier = byAfter;
      }
      const base = { sentence: s, cue: hit.text, claimedBy, deniedBy: negated ? claimedBy.length ? claimedBy : supplier ? [ref(s, supplier.i)] : [] : [] };
      const w = weapons.map(({ i }) => ref(s, i));
      const carried = weapons.length ? undefined : arms![0].toLowerCase();
      if (supplier) for (const x of weapons) found.push({ ...base, type: 'supplies', source: ref(s, supplier.i), target: ref(s, x.i), weapons: [] });
      if (recipient) for (const x of weapons) found.push({ ...base, type: 'receives', source: ref(s, recipient.i), target: ref(s, x.i), weapons: [] });
      if (supplier && recipient && supplier.m.text !== recipient.m.text)
        found.push({ ...base, type: 'supplies', source: ref(s, supplier.i), target: ref(s, recipient.i), weapons: w, ...(carried ? { carried } : {}) });
      if (supplier || recipient) break;
    }
  }
  return found;
}

interface SentenceScope {
  sentence: AnalysedSentence;
  s: number;
  parts: Clause[];
  /** Who speaks in the sentence's attribution clauses. */
  said: MentionRef[];
  actorsIn: (c: Clause) => { m: Mention; i: number }[];
}

/** Accusations and condemnations: "AS dan Korea Selatan menuduh Korea Utara menyediakan …"; the accusers found. */
function accusations(scope: SentenceScope, found: RelationCandidate[]): MentionRef[] {
  const { sentence, s, parts, said, actorsIn } = scope;
  const { text, mentions } = sentence;
  let accusers: MentionRef[] = [];
  for (const [type, pattern] of [['accuses', ACCUSE], ['condemns', CONDEMN]] as const) {
    for (const hit of hits(pattern, text)) {
      const clause = clauseAt(parts, hit.index);
      const actors = actorsIn(clause).filter(({ m }) => !titleOwner(sentence, m));
      let subjects = actors.filter(({ m }) => m.end <= hit.index);
      // "AS dan sekutunya": the subjects are the actors joined before the verb, nearest first.
      subjects = subjects.filter(({ m }, k) => k === subjects.length - 1 || /^\s*(?:,|dan|and|serta|maupun)\s*/i.test(text.slice(m.end, subjects[k + 1]!.m.start)) || /^\s*$/.test(text.slice(m.end, subjects[k + 1]!.m.start)));
      const last = subjects[subjects.length - 1];
      if (last && text.slice(last.m.end, hit.index).trim().split(/\s+/).length > 3) {
        const first = actors.find(({ m }) => m.end <= hit.index);
        subjects = first ? [first] : [];
      }
      // "menampik tuduhan …", "dituduh": the accuser is not the subject.
      if (/^(?:di|tuduhan|tudingan|accusation|allegation|kecaman)/i.test(hit.text)) continue;
      const object = actors.find(({ m }) => m.start >= hit.end);
      if (!subjects.length) {
        if (!said.length || !object) continue;
        subjects = said.map((r) => ({ m: mentions[r.mention]!, i: r.mention }));
      }
      if (type === 'accuses') accusers = subjects.map(({ i }) => ref(s, i));
      if (object) for (const { i } of subjects) found.push({ sentence: s, type, source: ref(s, i), target: ref(s, object.i), cue: hit.text, weapons: [], claimedBy: said, deniedBy: [] });
      if (type === 'condemns' && !accusers.length) accusers = subjects.map(({ i }) => ref(s, i));
    }
  }
  return accusers;
}

/** Who denies in the sentence: "Rusia dan Korea Utara menampik tuduhan transfer senjata …", "The army denies the accusation". */
function deniersOf(scope: SentenceScope): { deniers: MentionRef[]; cue?: string } {
  const { sentence, s, parts, said, actorsIn } = scope;
  const denials = hits(DENY, sentence.text);
  let deniers: MentionRef[] = [];
  for (const hit of denials) {
    const clause = clauseAt(parts, hit.index);
    deniers = actorsIn(clause)
      .filter(({ m }) => m.end <= hit.index && !titleOwner(sentence, m))
      .map(({ i }) => ref(s, i));
    if (!deniers.length) deniers = said;
  }
  return { deniers, ...(denials.length ? { cue: denials[0]!.text } : {}) };
}

/** Supplies, in every clause that is not an attribution; denied by the deniers, claimed by the accusers. */
function suppliesOf(scope: SentenceScope, accusers: MentionRef[], deniers: MentionRef[], found: RelationCandidate[]): void {
  const { sentence, s, parts, said, actorsIn } = scope;
  const { text } = sentence;
  const claimants = accusers.length ? accusers : said;
  for (const clause of parts) {
    if (clause.attribution) continue;
    const negated = deniers.length > 0 || NEGATION.test(text.slice(clause.start, clause.end).split(SUPPLY)[0] ?? '');
    for (const r of supplies({ sentence, s, clause, actors: actorsIn(clause) }, claimants, negated)) {
      if (deniers.length) {
        r.deniedBy = deniers;
        r.claimedBy = accusers;
      }
      // A supply inside the accusation itself must not name the accuser as supplier.
      if (claimants.some((c) => c.mention === r.source.mention)) continue;
      found.push(r);
    }
  }
}

/** Invitations: "atas undangan Menteri Luar Negeri Sergei Lavrov", "Putin pun diundang … Kim Jong-un", "X mengundang Y". */
function invitations(scope: SentenceScope, found: RelationCandidate[]): void {
  const { sentence, s, said } = scope;
  const { text, mentions } = sentence;
  for (const hit of hits(INVITE, text)) {
    const speaking = new Set(said.map((r) => r.mention));
    const hasPerson = mentions.some((m) => m.type === 'person');
    const people = mentions
      .map((m, i) => ({ m, i }))
      .filter(({ m, i }) => (hasPerson ? m.type === 'person' : m.type === 'country') && !speaking.has(i) && !/^\s*(?:mengatakan|menyatakan|said|says|told)\b/i.test(text.slice(m.end)));
    const after = people.filter(({ m }) => m.start >= hit.end && m.start - hit.end < 60 && !titleOwner(sentence, m));
    const before = people.filter(({ m }) => m.end <= hit.index && !titleOwner(sentence, m));
    const passive = /^(?:diundang|undangan|invitation|invited\s+by)/i.test(text.slice(hit.index)) || /\b(?:atas|at\s+the)\s+$/i.test(text.slice(0, hit.index));
    const inviter = passive ? after[0] : before[before.length - 1];
    const invitee = passive ? before.find(({ m }) => m.type === 'person') ?? before[0] : after[0];
    if (inviter && invitee && inviter.i !== invitee.i)
      found.push({ sentence: s, type: 'invites', source: ref(s, inviter.i), target: ref(s, invitee.i), cue: hit.text, weapons: [], claimedBy: said, deniedBy: [] });
  }
}

function sentenceRelations(article: AnalysedArticle, s: number): RelationCandidate[] {
  const sentence = article.sentences[s]!;
  const parts = clauses(sentence.text);
  const actorsIn = (c: Clause) => sentence.mentions.map((m, i) => ({ m, i })).filter(({ m }) => isActor(m) && m.start >= c.start && m.end <= c.end);
  const scope: SentenceScope = { sentence, s, parts, said: speakers(sentence, s, parts), actorsIn };
  const found: RelationCandidate[] = [];
  const accusers = accusations(scope, found);
  const { deniers, cue } = deniersOf(scope);
  suppliesOf(scope, accusers, deniers, found);
  if (deniers.length && /\b(?:tuduhan|tudingan|accusations?|allegations?|claims?|laporan)\b/i.test(sentence.text))
    for (const d of deniers) found.push({ sentence: s, type: 'denies', source: d, target: d, cue: cue!, weapons: [], claimedBy: [], deniedBy: [], deniesAccusation: true });
  invitations(scope, found);
  return found;
}

/** Every typed relation an article states, in sentence order. */
export function findRelations(article: AnalysedArticle): RelationCandidate[] {
  return article.sentences.flatMap((_, s) => sentenceRelations(article, s));
}
