// From candidates to graph parts: meetings and events told by one or many sentences and
// articles become one node each (merge.ts, event-merge.ts), typed relations become edges carrying
// who claims and who denies them. Pure: resolved articles in, node and edge drafts out; build.ts
// adds them.

import type { EdgeType, IsoDay, NodeType, PartialDate } from '../../graph/types.js';
import type { SentenceEvidence as Evidence } from '../types.js';
import type { ExtractedArticle } from '../pipeline.js';
import type { Resolution } from '../resolve.js';
import { slugify } from '../slug.js';
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
  attributes: { date?: PartialDate; status?: 'happened' | 'planned'; place?: string; kind?: string };
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
  status: 'happened' | 'planned',
  placeLabel: string | undefined,
): NodePart {
  return {
    key, type, label: text, aliases: [...d.cues].sort(), mentions: d.tellings.length, articles: [...d.articles].sort(), start: when.start, end: when.end,
    attributes: { ...(when.value ? { date: when.value } : {}), status, ...(placeLabel ? { place: placeLabel } : {}), kind: d.kind },
  };
}

/** Meeting nodes, with attends, held_in and visits edges per telling. */
function meetingParts(drafts: MeetingDraft[], label: (k: string) => string, uniqueKey: (b: string) => string, nodes: NodePart[], edges: EdgePart[]): void {
  const finished = drafts
    .map((d) => {
      // A planned meeting the text gives no date for has none: its days are the day it was
      // reported (start/end, for the time bar), not a date it holds for.
      const reported = d.published ? { value: d.published, start: d.published, end: d.published } : { value: '', start: '', end: '' };
      const when: When = d.when ?? (d.happened ? reported : { ...reported, value: '' });
      const names = [...d.participants].map(label).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      const text = [names.join(' – '), d.place ? label(d.place) : '', when.value].filter(Boolean).join(', ');
      return { d, when, text };
    })
    .sort(byText);
  for (const { d, when, text } of finished) {
    const key = uniqueKey(`meeting:${slugify(text)}`);
    const status = d.happened || (when.end !== '' && d.published !== '' && when.end < d.published) ? 'happened' : 'planned';
    nodes.push(happeningNode(key, 'meeting', text, d, when, status, d.place ? label(d.place) : undefined));
    const span = spanOf(when);
    for (const t of d.tellings) {
      const evidence: Evidence = { article: t.article, sentence: t.sentence, date: when.value || when.start };
      for (const p of [...d.participants].sort()) edges.push({ type: 'attends', source: p, target: key, label: '', evidence, span });
      if (!d.place) continue;
      edges.push({ type: 'held_in', source: key, target: d.place, label: '', evidence, span });
      for (const v of t.visitors) if (d.participants.has(v)) edges.push({ type: 'visits', source: v, target: d.place, label: '', evidence, span });
    }
  }
}

/** Event nodes, with involves, tests, launches, signs and held_in edges per telling. */
function eventParts(drafts: EventDraft[], label: (k: string) => string, uniqueKey: (b: string) => string, nodes: NodePart[], edges: EdgePart[]): void {
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

export function assembleEvents(articles: ExtractedArticle[], { entities, keys }: Resolution, { roleOwners, placeCountry }: Context): { nodes: NodePart[]; edges: EdgePart[] } {
  const label = (key: string) => entities.get(key)?.label ?? key;
  const meetings = new MeetingMerger(roleOwners, new PlaceAgreement(placeCountry));
  const events = new EventMerger();
  const edges: EdgePart[] = [];
  for (const [a, article] of articles.entries()) {
    const keyOf = (r: MentionRef) => keys[a]![r.sentence]![r.mention]!;
    meetings.addArticle(article, keyOf);
    events.addArticle(article, keyOf);
    relationEdges(article, a, keys, entities, edges);
  }
  const nodes: NodePart[] = [];
  const uniqueKey = keyMaker();
  meetingParts(meetings.finish(), label, uniqueKey, nodes, edges);
  eventParts(events.drafts, label, uniqueKey, nodes, edges);
  return { nodes, edges };
}
