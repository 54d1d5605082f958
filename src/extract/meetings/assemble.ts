// From candidates to graph parts: meetings and events told by one or many sentences and
// articles become one node each (merge.ts, event-merge.ts), typed relations become edges carrying
// who claims and who denies them. Pure: resolved articles in, node and edge drafts out; build.ts
// adds them.

import type { EdgeType, Evidence, HappeningStatus, IsoDay, MeetingMode, NodeType, PartialDate } from '../../graph/types.js';
import type { Corpus } from '../pipeline.js';
import type { Resolution } from '../resolve.js';
import { sentenceRefs } from '../sentence-refs.js';
import { slugify } from '../slug.js';
import { meetingConfidence } from './confidence.js';
import { type EventDraft, EventMerger } from './event-merge.js';
import { type MeetingDraft, MeetingMerger } from './merge.js';
import { PlaceAgreement } from './places.js';
import { relationEdges } from './relation-edges.js';
import type { EventKind, MentionRef, When } from './types.js';

export interface NodePart {
  key: string;
  type: NodeType;
  label: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  start: IsoDay;
  end: IsoDay;
  attributes: { date?: PartialDate; status?: HappeningStatus; place?: string; kind?: string; mode?: MeetingMode; host?: string; confidence?: number };
}

export interface EdgePart {
  type: EdgeType;
  source: string;
  target: string;
  label: string;
  evidence: Evidence;
  span: { start: IsoDay; end: IsoDay } | undefined;
  claimedBy?: string[];
  deniedBy?: string[];
}

export interface Context {
  /** Person key → the countries and bodies their titles belong to. */
  roleOwners: Map<string, Set<string>>;
  /** Place key → the key of its country. */
  placeCountry: Map<string, string>;
}

const KIND_LABEL: Record<EventKind, string> = { test: 'test', launch: 'launch', signing: 'signing' };
const byText = <T extends { text: string }>(x: T, y: T) => (x.text < y.text ? -1 : x.text > y.text ? 1 : 0);
const spanOf = (when: When) => (when.start ? { start: when.start, end: when.end } : undefined);

/** Node keys made unique by a counter, in the order asked. */
function keyMaker(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return key;
  };
}

/** A meeting or event node: one shape for both, so the viewer and the exports read them alike. */
function happeningNode(
  key: string,
  type: 'meeting' | 'event',
  text: string,
  d: { cues: Set<string>; tellings: unknown[]; articles: Set<string>; place?: string; kind: string },
  when: When,
  status: HappeningStatus,
  placeLabel: string | undefined,
): NodePart {
  return {
    key, type, label: text, aliases: [...d.cues].sort(), mentions: d.tellings.length, articles: [...d.articles].sort(), start: when.start, end: when.end,
    attributes: { ...(when.value ? { date: when.value } : {}), status, ...(placeLabel ? { place: placeLabel } : {}), kind: d.kind },
  };
}

/**
 * A meeting's status: happened when a telling says so (or a plan's date is past when reported);
 * else planned, hypothetical or denied, the firmest any telling gives.
 */
function meetingStatus(d: MeetingDraft, when: When): HappeningStatus {
  if (d.happened) return 'happened';
  if (d.statuses.has('planned') || d.statuses.size === 0) return when.end !== '' && d.published !== '' && when.end < d.published ? 'happened' : 'planned';
  return d.statuses.has('hypothetical') ? 'hypothetical' : 'denied';
}

/** A summit when any telling says so, else a visit when anyone travels or is received, else talks. */
const meetingMode = (d: MeetingDraft): MeetingMode => (d.modes.has('summit') ? 'summit' : d.modes.has('visit') ? 'visit' : 'talks');

/** The one participant the tellings name as host, if they agree on one. */
const hostOf = (d: MeetingDraft) => (d.hosts.size === 1 && d.participants.has([...d.hosts][0]!) ? [...d.hosts][0] : undefined);

interface Parts {
  label: (k: string) => string;
  uniqueKey: (b: string) => string;
  places: PlaceAgreement;
  nodes: NodePart[];
  edges: EdgePart[];
}

/** The date a meeting is shown at: its own, else (if it happened) the day it was reported. */
function shownDate(d: MeetingDraft): When {
  // A planned meeting the text gives no date for has none: its days are the day it was
  // reported (start/end, for the time bar), not a date it holds for.
  const reported = d.published ? { value: d.published, start: d.published, end: d.published } : { value: '', start: '', end: '' };
  return d.when ?? (d.happened ? reported : { ...reported, value: '' });
}

/**
 * One person (or one delegation) alone is no meeting: their tellings become `visits` edges to
 * the place, labelled with the status when it did not happen. Without a place there is nothing to draw.
 */
function visitParts(d: MeetingDraft, { edges }: Parts): void {
  if (!d.place) return;
  const when = shownDate(d);
  const status = meetingStatus(d, when);
  const [visitor] = d.participants;
  for (const t of d.tellings) {
    const evidence: Evidence = { article: t.article, sentence: t.sentence, date: when.value || when.start };
    edges.push({ type: 'visits', source: visitor!, target: d.place, label: status === 'happened' ? '' : status, evidence, span: spanOf(when) });
  }
}

/** Meeting nodes of two or more sides, with attends, held_in and visits edges per telling. */
function meetingParts(drafts: MeetingDraft[], parts: Parts): void {
  const { label, uniqueKey, nodes, edges } = parts;
  for (const d of drafts) if (d.participants.size < 2) visitParts(d, parts);
  const finished = drafts
    .filter((d) => d.participants.size > 1)
    .map((d) => {
      const when = shownDate(d);
      const names = [...d.participants].map(label).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      const text = [names.join(' – '), d.place ? label(d.place) : '', when.value].filter(Boolean).join(', ');
      return { d, when, text };
    })
    .sort(byText);
  for (const { d, when, text } of finished) {
    const key = uniqueKey(`meeting:${slugify(text)}`);
    const node = happeningNode(key, 'meeting', text, d, when, meetingStatus(d, when), d.place ? label(d.place) : undefined);
    const host = hostOf(d);
    Object.assign(node.attributes, { mode: meetingMode(d), ...(host ? { host: label(host) } : {}), confidence: meetingConfidence(d, when, parts.places) });
    nodes.push(node);
    const span = spanOf(when);
    for (const t of d.tellings) {
      const evidence: Evidence = { article: t.article, sentence: t.sentence, date: when.value || when.start };
      for (const p of [...d.participants].sort()) edges.push({ type: 'attends', source: p, target: key, label: host === undefined ? '' : p === host ? 'host' : 'guest', evidence, span });
      if (!d.place) continue;
      edges.push({ type: 'held_in', source: key, target: d.place, label: '', evidence, span });
      for (const v of t.visitors) if (d.participants.has(v)) edges.push({ type: 'visits', source: v, target: d.place, label: '', evidence, span });
    }
  }
}

/** Event nodes, with involves, tests, launches, signs and held_in edges per telling. */
function eventParts(drafts: EventDraft[], { label, uniqueKey, nodes, edges }: Parts): void {
  const events = drafts
    .map((d) => {
      const when: When = d.when ?? (d.published ? { value: d.published, start: d.published, end: d.published } : { value: '', start: '', end: '' });
      const what = `${[...d.weapons].map(label).sort()[0] ?? ''} ${KIND_LABEL[d.kind]}`.trim();
      const text = [`${[...d.actors].map(label).sort().join(' – ')}: ${what}`, d.place ? label(d.place) : '', when.value].filter(Boolean).join(', ');
      return { d, when, text };
    })
    .sort(byText);
  for (const { d, when, text } of events) {
    const key = uniqueKey(`event:${slugify(text)}`);
    nodes.push(happeningNode(key, 'event', text, d, when, d.happened ? 'happened' : 'planned', d.place ? label(d.place) : undefined));
    const span = spanOf(when);
    for (const t of d.tellings) {
      const evidence: Evidence = { article: t.article, sentence: t.sentence, date: when.value };
      for (const actor of [...d.actors].sort()) {
        if (d.kind === 'signing') edges.push({ type: 'signs', source: actor, target: key, label: '', evidence, span });
        else {
          edges.push({ type: 'involves', source: key, target: actor, label: '', evidence, span });
          for (const w of [...d.weapons].sort()) edges.push({ type: d.kind === 'test' ? 'tests' : 'launches', source: actor, target: w, label: '', evidence, span });
        }
      }
      for (const w of [...d.weapons].sort()) edges.push({ type: 'involves', source: key, target: w, label: '', evidence, span });
      if (d.place) edges.push({ type: 'held_in', source: key, target: d.place, label: '', evidence, span });
    }
  }
}

export function assembleEvents(articles: Corpus, { entities, keys }: Resolution, { roleOwners, placeCountry }: Context): { nodes: NodePart[]; edges: EdgePart[] } {
  const label = (key: string) => entities.get(key)?.label ?? key;
  const places = new PlaceAgreement(placeCountry);
  const meetings = new MeetingMerger(roleOwners, places);
  const events = new EventMerger();
  const edges: EdgePart[] = [];
  let read = 0;
  for (const article of articles) {
    const a = read++;
    const keyOf = (r: MentionRef) => keys[a]![r.sentence]![r.mention]!;
    const refs = sentenceRefs(article.sentences);
    meetings.addArticle(article, keyOf, refs);
    events.addArticle(article, keyOf, refs);
    relationEdges(article, a, refs, keys, entities, edges);
  }
  const parts: Parts = { label, uniqueKey: keyMaker(), places, nodes: [], edges };
  meetingParts(meetings.finish(), parts);
  eventParts(events.drafts, parts);
  return { nodes: parts.nodes, edges };
}
