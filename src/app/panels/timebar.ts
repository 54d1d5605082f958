// The date-range time bar: a histogram of dated evidence under a window the user drags,
// resizes, types dates into or plays through time. It changes nothing but the filters'
// window; render() follows the filters (a link, "All dates") without rebuilding the bars.
import type { View } from '../controllers/view.js';
import { dayNumber, isIsoDay, isoOfDay } from '../../graph/days.js';
import { histogram, type Bucket, type Unit } from '../core/histogram.js';
import type { DayWindow } from '../core/timeline.js';
import {
  busyRange,
  dayAtFraction,
  daysOfFraction,
  fractionOfDay,
  moveWindow,
  playStart,
  resizeWindow,
  stepWindow,
  ticks,
  widthOf,
  windowFromInputs,
} from '../core/window-math.js';
import { el } from '../dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const PLAY_TICK_MS = 150;
const MAX_TICKS = 6;

export interface Timebar {
  render(): void;
}

const sameWindow = (a: DayWindow | null, b: DayWindow | null) => a === b || (!!a && !!b && a.from === b.from && a.to === b.to);

const bucketLabel = (b: Bucket, unit: Unit) =>
  unit === 'month' ? isoOfDay(b.from).slice(0, 7) : unit === 'week' ? `week of ${isoOfDay(b.from)}` : isoOfDay(b.from);

function dateField(id: string, text: string): { label: HTMLLabelElement; input: HTMLInputElement } {
  const input = el('input');
  // Text, not a date picker: the browser's picker shows dates in the system's locale
  // (mm/dd/yyyy), while the rest of the page writes ISO dates.
  input.type = 'text';
  input.placeholder = 'YYYY-MM-DD';
  input.pattern = '\\d{4}-\\d{2}-\\d{2}';
  input.size = 10;
  input.spellcheck = false;
  input.id = id;
  const label = el('label', text);
  label.append(input);
  return { label, input };
}

/** Bars in day units, stretched to the track's size, so a resized page needs no redraw. */
function bars(buckets: Bucket[], unit: Unit, extent: DayWindow): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'timebar-bars');
  svg.setAttribute('viewBox', `0 0 ${widthOf(extent)} 100`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  const peak = Math.max(1, ...buckets.map((b) => b.count));
  for (const b of buckets) {
    if (!b.count) continue;
    const x = Math.max(b.from, extent.from) - extent.from;
    // A bucket holding one item next to one holding hundreds still shows as a sliver.
    const height = Math.max(4, (b.count / peak) * 100);
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', String(x));
    rect.setAttribute('width', String(b.to + 1 - extent.from - x));
    rect.setAttribute('y', String(100 - height));
    rect.setAttribute('height', String(height));
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${bucketLabel(b, unit)}: ${b.count} dated evidence`;
    rect.append(title);
    svg.append(rect);
  }
  return svg;
}

/** The days meetings took place on, with how many on each: one mark per day, however many meetings. */
function meetingDays(view: View): Map<number, number> {
  const days = new Map<number, number>();
  view.graph.forEachNode((_node, attrs) => {
    if (attrs.type !== 'meeting' || !attrs.start) return;
    const day = dayNumber(attrs.start);
    days.set(day, (days.get(day) ?? 0) + 1);
  });
  return days;
}

/** A diamond on the bar for each day with a meeting, so the busy weeks of diplomacy show beside the evidence. */
function meetingMarks(days: Map<number, number>, extent: DayWindow): HTMLElement {
  const row = el('div', undefined, 'timebar-meetings');
  row.setAttribute('aria-hidden', 'true');
  for (const [day, count] of days) {
    if (day < extent.from || day > extent.to) continue;
    const mark = el('span', undefined, 'timebar-meeting');
    mark.style.left = `${fractionOfDay(day, extent) * 100}%`;
    mark.title = `${isoOfDay(day)}: ${count} meeting${count === 1 ? '' : 's'}`;
    row.append(mark);
  }
  return row;
}

function axis(buckets: Bucket[], unit: Unit, extent: DayWindow): HTMLElement {
  const row = el('div', undefined, 'timebar-axis');
  const label = (text: string, day: number, className: string) => {
    const span = el('span', text, className);
    span.style.left = `${fractionOfDay(day, extent) * 100}%`;
    row.append(span);
  };
  label(isoOfDay(extent.from), extent.from, 'first');
  for (const tick of ticks(buckets, unit, extent, MAX_TICKS)) label(tick.label, tick.day, 'tick');
  label(isoOfDay(extent.to), extent.to + 1, 'last');
  return row;
}

/** What the bar shows: the span (busy or whole) with its histogram, and the window the filters hold. */
interface Bar {
  view: View;
  full: DayWindow;
  busy: DayWindow;
  range: DayWindow;
  unit: Unit;
  buckets: Bucket[];
  /** Meeting days, for the marks. */
  days: Map<number, number>;
}

const chosenWindow = (bar: Bar) => bar.view.state.filters.window;

function setWindowOf(bar: Bar, next: DayWindow | null): void {
  if (!sameWindow(next, chosenWindow(bar))) bar.view.setFilters({ window: next });
}

/** A button whose action is bound later, by the part that owns it. */
function unbound(text: string): HTMLButtonElement {
  const b = el('button', text);
  b.type = 'button';
  return b;
}

function timebarControls() {
  const from = dateField('date-from', 'From ');
  const to = dateField('date-to', 'To ');
  const play = unbound('Play');
  play.id = 'play';
  const reset = unbound('All dates');
  reset.id = 'all-dates';
  const controls = el('div', undefined, 'timebar-controls');
  controls.append(from.label, play, to.label, reset);
  return { from, to, play, reset, controls };
}

type Controls = ReturnType<typeof timebarControls>;

/** Pointer events come faster than the screen refreshes: one filter update per frame is all anyone sees. */
function frameThrottle(bar: Bar) {
  let pending: DayWindow | null = null;
  let frame = 0;
  const flush = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    if (pending) setWindowOf(bar, pending);
    pending = null;
  };
  return {
    flush,
    soon(next: DayWindow) {
      pending = next;
      frame ||= requestAnimationFrame(flush);
    },
    cancel: () => cancelAnimationFrame(frame),
  };
}

/** Play steps the window through the span, one bucket per tick. */
function player(bar: Bar, play: HTMLButtonElement) {
  let timer = 0;
  const render = () => {
    play.textContent = timer ? 'Pause' : 'Play';
    play.setAttribute('aria-pressed', String(Boolean(timer)));
  };
  const stop = () => {
    clearInterval(timer);
    timer = 0;
    render();
  };
  const start = () => {
    setWindowOf(bar, playStart(chosenWindow(bar), bar.range));
    timer = window.setInterval(() => {
      const next = stepWindow(chosenWindow(bar) ?? bar.range, bar.buckets, bar.range, 1);
      if (next) setWindowOf(bar, next);
      else stop();
    }, PLAY_TICK_MS);
    render();
  };
  play.addEventListener('click', () => (timer ? stop() : start()));
  render();
  return { stop };
}

type Player = ReturnType<typeof player>;

function windowOverlay(): HTMLElement {
  const overlay = el('div', undefined, 'timebar-window');
  overlay.tabIndex = 0;
  overlay.setAttribute('role', 'group');
  for (const edge of ['from', 'to'] as const) {
    const handle = el('div', undefined, `timebar-handle ${edge}`);
    handle.dataset.edge = edge;
    handle.title = edge === 'from' ? 'Drag to change the first day' : 'Drag to change the last day';
    overlay.append(handle);
  }
  return overlay;
}

/** Dragging the window or its edges, and the arrow keys, move it within the span shown. */
function bindDragging(overlay: HTMLElement, track: HTMLElement, bar: Bar, throttle: ReturnType<typeof frameThrottle>, playing: Player): void {
  let drag: { edge: 'from' | 'to' | null; x: number; start: DayWindow } | null = null;
  overlay.addEventListener('pointerdown', (event) => {
    const edge = (event.target as HTMLElement).dataset.edge as 'from' | 'to' | undefined;
    // With no date filter the window is the whole range: there is nowhere to move it, only edges to pull.
    if (event.button !== 0 || (!edge && !chosenWindow(bar))) return;
    event.preventDefault();
    overlay.focus();
    playing.stop();
    drag = { edge: edge ?? null, x: event.clientX, start: chosenWindow(bar) ?? bar.range };
    overlay.setPointerCapture(event.pointerId);
  });
  overlay.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const box = track.getBoundingClientRect();
    throttle.soon(
      drag.edge
        ? resizeWindow(drag.start, drag.edge, dayAtFraction((event.clientX - box.left) / box.width, bar.range), bar.range)
        : moveWindow(drag.start, daysOfFraction((event.clientX - drag.x) / box.width, bar.range), bar.range),
    );
  });
  const endDrag = () => {
    drag = null;
    throttle.flush(); // the window ends exactly where the pointer was let go
  };
  overlay.addEventListener('pointerup', endDrag);
  overlay.addEventListener('pointercancel', endDrag);
  overlay.addEventListener('keydown', (event) => {
    const direction = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const chosen = chosenWindow(bar);
    if (!direction || !chosen) return;
    event.preventDefault();
    playing.stop();
    const next = stepWindow(chosen, bar.buckets, bar.range, direction);
    if (next) setWindowOf(bar, next);
  });
}

/** Typed dates set the window; one outside the busy span shows the whole span, so the window stays visible. */
function bindTypedDates(c: Controls, bar: Bar, playing: Player, showSpan: (span: DayWindow) => void, render: () => void): void {
  const typed = (changed: 'from' | 'to') => () => {
    playing.stop();
    const day = (input: HTMLInputElement) => (isIsoDay(input.value.trim()) ? dayNumber(input.value.trim()) : null);
    const next = windowFromInputs(day(c.from.input), day(c.to.input), changed, bar.full);
    if (next && (next.from < bar.range.from || next.to > bar.range.to) && bar.range !== bar.full) showSpan(bar.full);
    setWindowOf(bar, next);
    render(); // show the window as clamped, even when it did not change
  };
  for (const field of [c.from, c.to]) field.input.title = `${isoOfDay(bar.full.from)} to ${isoOfDay(bar.full.to)}`;
  c.from.input.addEventListener('change', typed('from'));
  c.to.input.addEventListener('change', typed('to'));
}

/** The window over the bars, the date fields and the reset button, as the filters have them. */
function renderWindow(bar: Bar, overlay: HTMLElement, c: Controls): void {
  const chosen = chosenWindow(bar);
  const shown = chosen ?? bar.range;
  const left = fractionOfDay(shown.from, bar.range);
  overlay.style.left = `${left * 100}%`;
  overlay.style.width = `${(fractionOfDay(shown.to + 1, bar.range) - left) * 100}%`;
  overlay.classList.toggle('all', !chosen);
  c.from.input.value = chosen ? isoOfDay(chosen.from) : '';
  c.to.input.value = chosen ? isoOfDay(chosen.to) : '';
  overlay.setAttribute(
    'aria-label',
    chosen ? `Date window ${isoOfDay(chosen.from)} to ${isoOfDay(chosen.to)}; arrow keys move it` : 'All dates; drag an edge to narrow the window',
  );
  c.reset.disabled = !chosen;
}

/** The bars, meeting marks and axis of the span shown, redrawn when the span changes. */
function spanChart(bar: Bar, overlay: HTMLElement) {
  const track = el('div', undefined, 'timebar-track');
  track.append(bars(bar.buckets, bar.unit, bar.range), meetingMarks(bar.days, bar.range), overlay);
  let axisRow = axis(bar.buckets, bar.unit, bar.range);
  const chart = el('div', undefined, 'timebar-chart');
  chart.append(track, axisRow);
  const toggle = unbound('');
  toggle.id = 'timebar-span';
  toggle.hidden = bar.busy === bar.full;
  const label = () => {
    const other = bar.range === bar.full ? bar.busy : bar.full;
    toggle.textContent = bar.range === bar.full ? 'Busy span' : 'Whole span';
    toggle.title = `Show ${isoOfDay(other.from)} – ${isoOfDay(other.to)}`;
  };
  label();
  const show = (next: DayWindow) => {
    bar.range = next;
    ({ unit: bar.unit, buckets: bar.buckets } = histogram(bar.view.timeline.evidenceDays, next));
    track.firstElementChild!.replaceWith(bars(bar.buckets, bar.unit, next));
    track.querySelector('.timebar-meetings')!.replaceWith(meetingMarks(bar.days, next));
    const nextAxis = axis(bar.buckets, bar.unit, next);
    axisRow.replaceWith(nextAxis);
    axisRow = nextAxis;
    label();
  };
  return { chart, track, toggle, show };
}

export function bindTimebar(target: HTMLElement, view: View, signal: AbortSignal): Timebar {
  const extent = view.timeline.extent;
  const c = timebarControls();
  if (!extent) {
    for (const control of [c.from.input, c.to.input, c.play, c.reset]) control.disabled = true;
    target.replaceChildren(c.controls, el('p', 'No dated evidence', 'timebar-empty'));
    return { render() {} };
  }
  // The bar shows the busy part of the extent until the user asks for the whole span; windows,
  // dragging and Play stay inside what is shown.
  const busy = busyRange(view.timeline.evidenceDays, extent);
  const bar: Bar = { view, full: extent, busy, range: busy, ...histogram(view.timeline.evidenceDays, busy), days: meetingDays(view) };
  const throttle = frameThrottle(bar);
  const playing = player(bar, c.play);
  c.reset.addEventListener('click', () => {
    playing.stop();
    setWindowOf(bar, null);
  });
  const overlay = windowOverlay();
  const chart = spanChart(bar, overlay);
  const render = () => {
    const chosen = chosenWindow(bar);
    // A window from a link may lie outside the busy span: show all of it.
    if (chosen && bar.range !== bar.full && (chosen.from < bar.range.from || chosen.to > bar.range.to)) return showSpan(bar.full);
    renderWindow(bar, overlay, c);
  };
  const showSpan = (next: DayWindow) => {
    chart.show(next);
    render();
  };
  chart.toggle.addEventListener('click', () => showSpan(bar.range === bar.full ? bar.busy : bar.full));
  bindDragging(overlay, chart.track, bar, throttle, playing);
  bindTypedDates(c, bar, playing, showSpan, render);
  // A newly mounted graph must not be driven by the old graph's timer or a frame still pending.
  signal.addEventListener('abort', () => {
    playing.stop();
    throttle.cancel();
  });
  c.controls.append(chart.toggle);
  target.replaceChildren(c.controls, chart.chart);
  render();
  return { render };
}
