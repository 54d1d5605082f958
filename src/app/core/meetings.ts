// Who met whom, as data for the meetings timeline: each meeting with its day and its sides, and
// the lanes (one per person or per country) that the timeline draws them on. Pure functions.
import type { ContractGraph } from '../../graph/json.js';
import { dayNumber } from '../../graph/days.js';
import type { DayWindow } from './timeline.js';

export type LaneKind = 'person' | 'country';

export interface MeetingMark {
  node: string;
  /** First day of the meeting's date (a month or year starts at its first day). */
  day: number;
  /** The lanes it is drawn on: the people who attend, or the countries that take part. */
  lanes: string[];
  place: string;
}

export interface MeetingsQuery {
  lane: LaneKind;
  /** Case-insensitive parts of a lane's label and of the place; empty matches all. */
  person: string;
  place: string;
  window: DayWindow | null;
  /** A selected node: only its meetings (a person or country), or the meeting itself. */
  around: string | null;
}

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The country each person holds a role for (role edges person → country). */
function countriesOf(graph: ContractGraph, person: string): string[] {
  const out: string[] = [];
  graph.forEachOutEdge(person, (_edge, attrs, _source, target) => {
    if (attrs.type === 'role' && graph.getNodeAttribute(target, 'type') === 'country') out.push(target);
  });
  return out;
}

/** Every meeting with a day, and its sides of the asked kind (a person's country stands for them in country lanes). */
export function meetingMarks(graph: ContractGraph, lane: LaneKind): MeetingMark[] {
  const marks: MeetingMark[] = [];
  graph.forEachNode((node, attrs) => {
    if (attrs.type !== 'meeting' || !attrs.start) return;
    const lanes = new Set<string>();
    graph.forEachInEdge(node, (_edge, edge, source) => {
      if (edge.type !== 'attends') return;
      const type = graph.getNodeAttribute(source, 'type');
      if (lane === 'person' && type === 'person') lanes.add(source);
      if (lane === 'country' && type === 'country') lanes.add(source);
      if (lane === 'country' && type === 'person') countriesOf(graph, source).forEach((country) => lanes.add(country));
    });
    if (lanes.size) marks.push({ node, day: dayNumber(attrs.start), lanes: [...lanes].sort(), place: attrs.place ?? '' });
  });
  return marks.sort((a, b) => a.day - b.day || (a.node < b.node ? -1 : 1));
}

export interface LaneRow {
  node: string;
  label: string;
  meetings: number;
}

/** The meetings the query keeps and their lanes, busiest lane first. */
export function queryMeetings(graph: ContractGraph, marks: MeetingMark[], query: MeetingsQuery): { marks: MeetingMark[]; lanes: LaneRow[] } {
  const person = folded(query.person.trim());
  const place = folded(query.place.trim());
  const label = (node: string) => graph.getNodeAttribute(node, 'label');
  // Around a meeting: the meetings of its sides; around a person or country: theirs.
  const aroundMark = query.around ? marks.find((mark) => mark.node === query.around) : undefined;
  const near = (mark: MeetingMark) =>
    !query.around || (aroundMark ? mark.lanes.some((lane) => aroundMark.lanes.includes(lane)) : mark.lanes.includes(query.around));
  const kept = marks.filter(
    (mark) =>
      (!query.window || (mark.day >= query.window.from && mark.day <= query.window.to)) &&
      (!place || folded(mark.place).includes(place)) &&
      (!person || mark.lanes.some((lane) => folded(label(lane)).includes(person))) &&
      near(mark),
  );
  const counts = new Map<string, number>();
  for (const mark of kept) for (const lane of mark.lanes) counts.set(lane, (counts.get(lane) ?? 0) + 1);
  const lanes = [...counts]
    .map(([node, meetings]) => ({ node, label: label(node), meetings }))
    .sort((a, b) => b.meetings - a.meetings || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  // The selected side's own lane comes first, then those it met.
  const first = new Set(aroundMark ? aroundMark.lanes : query.around ? [query.around] : []);
  if (first.size) lanes.sort((a, b) => Number(first.has(b.node)) - Number(first.has(a.node)));
  return { marks: kept, lanes };
}
