// Scores a graph's meetings against the meetings a reader of the articles sees
// (src/extract/__fixtures__/unseen/meetings.json): a found meeting matches an annotated one
// when every annotated participant attends it, every attendee is an annotated participant or
// one of its 'also', and its date agrees at the annotated precision (a null date is not checked).
// A one-person "meeting" is a `visits` edge in the graph, not a meeting node: an annotated
// meeting of one that no node matches is counted apart when a visits edge of that person with a
// fitting date tells it (never as a meeting found).

import type { NewsGraph } from '../src/extract/build.js';
import { sameName } from '../src/extract/names.js';
import { slugify } from '../src/extract/slug.js';

export interface MeetingExpectation {
  participants: string[];
  also?: string[];
  date: string | null;
  place: string | null;
  status: 'happened' | 'planned';
  optional?: boolean;
}

export interface FoundMeeting {
  key: string;
  label: string;
  date: string;
  place: string;
  status: string;
  participants: { label: string; forms: string[] }[];
}

export interface MeetingScore {
  tp: number;
  fp: number;
  fn: number;
  /** Matched meetings whose place also agrees. */
  placeRight: number;
  /** Matched meetings whose status agrees (planned or hypothetical against an annotated 'planned'). */
  statusRight: number;
  missed: string[];
  spurious: string[];
  /** Missed one-person meetings that a visits edge tells. */
  visits: number;
}

interface FoundVisit {
  forms: string[];
  dates: string[];
}

function visitsOf(graph: NewsGraph): FoundVisit[] {
  return graph
    .filterEdges((_, a) => a.type === 'visits')
    .map((e) => {
      const a = graph.getEdgeAttributes(e);
      const p = graph.getNodeAttributes(graph.source(e));
      return { forms: [p.label, ...p.aliases], dates: [...a.dates, ...a.evidence.map((x) => x.date)] };
    });
}

const visitMatches = (v: FoundVisit, e: MeetingExpectation) =>
  e.participants.length === 1 && nameMatches(e.participants[0]!, v.forms) && (e.date === null || v.dates.some((d) => d.startsWith(e.date!)));

const names = (alternatives: string) => alternatives.split('|');
const nameMatches = (alternatives: string, forms: string[]) =>
  names(alternatives).some((n) => forms.some((f) => slugify(f) === slugify(n) || sameName(f, n)));

export function meetingsOf(graph: NewsGraph): FoundMeeting[] {
  return graph
    .filterNodes((_, a) => a.type === 'meeting')
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      const participants = graph
        .inEdges(key)
        .filter((e) => graph.getEdgeAttribute(e, 'type') === 'attends')
        .map((e) => graph.getNodeAttributes(graph.source(e)))
        .map((p) => ({ label: p.label, forms: [p.label, ...p.aliases] }));
      return { key, label: a.label, date: a.date ?? '', place: a.place ?? '', status: a.status ?? '', participants };
    });
}

/**
 * Whether a found meeting is the annotated one. `strict`: its people are exactly the annotated
 * participants (an attendee annotated only as 'also' makes it wrong); otherwise an 'also' may attend.
 */
export function meetingMatches(found: FoundMeeting, expected: MeetingExpectation, strict = false): boolean {
  const allowed = strict ? expected.participants : [...expected.participants, ...(expected.also ?? [])];
  if (!expected.participants.every((p) => found.participants.some((f) => nameMatches(p, f.forms)))) return false;
  if (!found.participants.every((f) => allowed.some((p) => nameMatches(p, f.forms)))) return false;
  return expected.date === null || found.date.startsWith(expected.date);
}

/** The annotation knows happened and planned; a meeting read as hypothetical is not set, so it counts as planned. */
export const statusAgrees = (found: string, expected: MeetingExpectation['status']) =>
  expected === 'happened' ? found === 'happened' : found === 'planned' || found === 'hypothetical';

export function scoreMeetings(graph: NewsGraph, expected: MeetingExpectation[], strict = false): MeetingScore {
  const found = meetingsOf(graph);
  const used = new Set<string>();
  let tp = 0;
  let placeRight = 0;
  let statusRight = 0;
  const missed: string[] = [];
  const visits = visitsOf(graph);
  let visitsFound = 0;
  for (const e of expected.filter((x) => !x.optional)) {
    const hit = found.find((f) => !used.has(f.key) && meetingMatches(f, e, strict));
    if (hit) {
      used.add(hit.key);
      tp++;
      if (e.place === null || nameMatches(e.place, [hit.place])) placeRight++;
      if (statusAgrees(hit.status, e.status)) statusRight++;
    } else {
      missed.push(`${e.participants.join(' – ')}, ${e.date ?? '?'}`);
      if (visits.some((v) => visitMatches(v, e))) visitsFound++;
    }
  }
  for (const e of expected.filter((x) => x.optional)) {
    const hit = found.find((f) => !used.has(f.key) && meetingMatches(f, e, strict));
    if (hit) used.add(hit.key);
  }
  const spurious = found.filter((f) => !used.has(f.key)).map((f) => `${f.label} [${f.participants.map((p) => p.label).join(', ')}]`);
  return { tp, fp: spurious.length, fn: missed.length, placeRight, statusRight, missed, spurious, visits: visitsFound };
}
