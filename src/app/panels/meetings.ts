// The who-met-whom timeline: a lane per person (or country), a mark per meeting on each of its
// sides' lanes at its date. Filtered by a person's name, a place and the time bar's window, and
// following the selection: a selected person or country shows their meetings, a selected
// meeting the meetings of its sides. Clicking a mark selects the meeting.
import type { View } from '../controllers/view.js';
import { isoOfDay } from '../../graph/days.js';
import { meetingMarks, queryMeetings, type LaneKind, type MeetingMark } from '../core/meetings.js';
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

function axis(from: number, to: number): HTMLElement {
  const row = el('div', undefined, 'meetings-axis');
  const years = new Date(to * 86_400_000).getUTCFullYear() - new Date(from * 86_400_000).getUTCFullYear();
  const step = Math.max(1, Math.ceil((to - from) / 6));
  for (let day = from; day <= to; day += step) {
    const tick = el('span', years >= 3 ? isoOfDay(day).slice(0, 4) : isoOfDay(day).slice(0, 7));
    tick.style.left = `${((day - from) / Math.max(1, to - from)) * 100}%`;
    row.append(tick);
  }
  return row;
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
    const from = marks[0]!.day;
    const to = Math.max(from + 1, marks[marks.length - 1]!.day);
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
        dot.style.left = `${((mark.day - from) / (to - from)) * 100}%`;
        dot.title = `${truncate(attrs.label, 300)}${attrs.status === 'planned' ? ' (planned)' : ''}`;
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
