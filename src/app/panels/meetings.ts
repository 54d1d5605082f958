// The who-met-whom timeline: a lane per person (or country), a mark per meeting on each of its
// sides' lanes at its date. Filtered by a person's name, a place and the time bar's window, and
// following the selection: a selected person or country shows their meetings, a selected
// meeting the meetings of its sides. Clicking a mark selects the meeting.
import type { View } from '../controllers/view.js';
import { dayNumber, isoOfDay } from '../../graph/days.js';
import { meetingMarks, queryMeetings, type LaneKind, type MeetingMark } from '../core/meetings.js';
import type { DayWindow } from '../core/timeline.js';
import { busyRange } from '../core/window-math.js';
import { button, el, truncate } from '../dom.js';
import { t } from '../i18n/strings.js';

/** Lanes drawn at most; the rest are counted. Each is a row of DOM, and a hundred rows is already a long scroll. */
const MAX_LANES = 80;
const FOLLOWS = new Set(['person', 'country', 'meeting']);

export interface MeetingsPanel {
  render(): void;
}

function field(id: string, text: string, type = 'search'): { label: HTMLLabelElement; input: HTMLInputElement } {
  const input = el('input');
  input.id = id;
  input.type = type;
  const label = el('label', text);
  label.append(input);
  return { label, input };
}

/** Ticks at the first day of years (a span of two years or more) or of months, about six of them. */
function axisTicks(from: number, to: number): { day: number; text: string }[] {
  const first = isoOfDay(from);
  const years = Number(isoOfDay(to).slice(0, 4)) - Number(first.slice(0, 4));
  const byYear = years >= 2;
  const months = years * 12 + Number(isoOfDay(to).slice(5, 7)) - Number(first.slice(5, 7));
  const step = Math.max(1, Math.ceil((byYear ? years : months) / 6));
  const ticks: { day: number; text: string }[] = [];
  let [y, m] = [Number(first.slice(0, 4)), byYear ? 1 : Number(first.slice(5, 7))];
  for (;;) {
    if (byYear) y += step;
    else [y, m] = [y + Math.floor((m - 1 + step) / 12), ((m - 1 + step) % 12) + 1];
    const text = byYear ? String(y) : `${y}-${String(m).padStart(2, '0')}`;
    const day = dayNumber(`${text}${byYear ? '-01-01' : '-01'}`);
    if (day > to) return ticks;
    ticks.push({ day, text });
  }
}

function axis(from: number, to: number): HTMLElement {
  const row = el('div', undefined, 'meetings-axis');
  for (const { day, text } of axisTicks(from, to)) {
    const tick = el('span', text);
    tick.style.left = `${((day - from) / Math.max(1, to - from)) * 100}%`;
    row.append(tick);
  }
  return row;
}

/**
 * The axis's days: the time bar's window when one is set; otherwise the busy part of the
 * meetings' dates, as the time bar opens on, so one meeting recalled from 1959 does not squeeze
 * a year of news into the last pixels of every lane.
 */
function axisSpan(marks: MeetingMark[], window: DayWindow | null): DayWindow {
  const extent = window ?? { from: marks[0]!.day, to: marks[marks.length - 1]!.day };
  const span = window ? extent : busyRange(Int32Array.from(marks, (mark) => mark.day), extent);
  return { from: span.from, to: Math.max(span.from + 1, span.to) };
}

export function bindMeetings(target: HTMLElement, view: View, select: (node: string) => void): MeetingsPanel {
  const marksBy = new Map<LaneKind, MeetingMark[]>();
  const marksOf = (kind: LaneKind) => marksBy.get(kind) ?? marksBy.set(kind, meetingMarks(view.graph, kind)).get(kind)!;
  const lane = el('select');
  lane.id = 'meetings-lane';
  for (const [value, text] of [['person', 'people'], ['country', 'countries']] as const) {
    const option = el('option', text);
    option.value = value;
    lane.append(option);
  }
  const laneLabel = el('label', 'Lanes ');
  laneLabel.append(lane);
  const person = field('meetings-person', 'Who ');
  const place = field('meetings-place', 'Where ');
  const summary = el('span', '', 'meetings-summary');
  summary.id = 'meetings-summary';
  const controls = el('div', undefined, 'meetings-controls');
  controls.append(el('h2', t('whoMet')), laneLabel, person.label, place.label, summary);
  const body = el('div', undefined, 'meetings-body');
  target.replaceChildren(controls, body);

  const render = () => {
    if (target.hidden) return;
    const { selected, filters } = view.state;
    const around = selected && FOLLOWS.has(view.graph.getNodeAttribute(selected, 'type')) ? selected : null;
    const kind = lane.value as LaneKind;
    const { marks, lanes } = queryMeetings(view.graph, marksOf(kind), {
      lane: kind,
      person: person.input.value,
      place: place.input.value,
      window: filters.window,
      around,
    });
    const aroundText = around ? ` around ${truncate(view.graph.getNodeAttribute(around, 'label'), 40)}` : '';
    const windowText = filters.window ? ` from ${isoOfDay(filters.window.from)} to ${isoOfDay(filters.window.to)}` : '';
    summary.textContent = `${marks.length} meeting${marks.length === 1 ? '' : 's'}, ${lanes.length} ${kind === 'person' ? 'people' : 'countries'}${aroundText}${windowText}`;
    if (!marks.length) {
      body.replaceChildren(el('p', 'No dated meeting matches.', 'empty'));
      return;
    }
    const { from, to } = axisSpan(marks, filters.window);
    const rows = [axis(from, to)];
    const byLane = new Map<string, MeetingMark[]>();
    for (const mark of marks) for (const side of mark.lanes) (byLane.get(side) ?? byLane.set(side, []).get(side)!).push(mark);
    for (const row of lanes.slice(0, MAX_LANES)) {
      const line = el('div', undefined, 'lane');
      line.dataset.node = row.node;
      const name = button(`${truncate(row.label, 28)} (${row.meetings})`, () => select(row.node), 'lane-label');
      name.title = truncate(row.label, 4000);
      const track = el('div', undefined, 'lane-track');
      for (const mark of byLane.get(row.node) ?? []) {
        const attrs = view.graph.getNodeAttributes(mark.node);
        const dot = button('', () => select(mark.node), 'mark');
        dot.dataset.node = mark.node;
        if (mark.node === selected) dot.classList.add('selected');
        if (attrs.status === 'planned') dot.classList.add('planned');
        // A meeting outside the axis sits at its edge, faded, and says its date.
        const outside = mark.day < from || mark.day > to;
        if (outside) dot.classList.add('outside');
        dot.style.left = `${((Math.min(to, Math.max(from, mark.day)) - from) / (to - from)) * 100}%`;
        dot.title = `${truncate(attrs.label, 300)}${attrs.status === 'planned' ? ' (planned)' : ''}${outside ? ` (${isoOfDay(mark.day)}, off the axis)` : ''}`;
        dot.setAttribute('aria-label', dot.title);
        track.append(dot);
      }
      line.append(name, track);
      rows.push(line);
    }
    if (lanes.length > MAX_LANES) rows.push(el('p', `… and ${lanes.length - MAX_LANES} more lanes: narrow by name, place or dates.`, 'empty'));
    body.replaceChildren(...rows);
  };
  for (const input of [person.input, place.input]) input.addEventListener('input', render);
  lane.addEventListener('change', render);
  return { render };
}
