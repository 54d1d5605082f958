// The date-range time bar: a histogram of dated evidence under a window the user drags,
// resizes, types dates into or plays through time. It changes nothing but the filters'
// window; render() follows the filters (a link, "All dates") without rebuilding the bars.
import type { View } from '../controllers/view.js';
import { dayNumber, isoOfDay } from '../../graph/days.js';
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
import { button, el } from '../dom.js';

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
  input.type = 'date';
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

export function bindTimebar(target: HTMLElement, view: View, signal: AbortSignal): Timebar {
  const extent = view.timeline.extent;
  const from = dateField('date-from', 'From ');
  const to = dateField('date-to', 'To ');
  const play = button('Play', () => (timer ? stopPlay() : startPlay()));
  play.id = 'play';
  const reset = button('All dates', () => {
    stopPlay();
    setWindow(null);
  });
  reset.id = 'all-dates';
  const controls = el('div', undefined, 'timebar-controls');
  controls.append(from.label, play, to.label, reset);

  if (!extent) {
    for (const control of [from.input, to.input, play, reset]) control.disabled = true;
    target.replaceChildren(controls, el('p', 'No dated evidence', 'timebar-empty'));
    return { render() {} };
  }

  // The bar shows the busy part of the extent until the user asks for the whole span; windows,
  // dragging and Play stay inside what is shown.
  const full = extent;
  const busy = busyRange(view.timeline.evidenceDays, full);
  let range = busy;
  let { unit, buckets } = histogram(view.timeline.evidenceDays, range);
  const current = () => view.state.filters.window;
  const setWindow = (next: DayWindow | null) => {
    if (!sameWindow(next, current())) view.setFilters({ window: next });
  };

  // Pointer events come faster than the screen refreshes: one filter update per frame is all anyone sees.
  let pending: DayWindow | null = null;
  let frame = 0;
  const flush = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    if (pending) setWindow(pending);
    pending = null;
  };
  const setWindowSoon = (next: DayWindow) => {
    pending = next;
    frame ||= requestAnimationFrame(flush);
  };

  let timer = 0;
  const renderPlay = () => {
    play.textContent = timer ? 'Pause' : 'Play';
    play.setAttribute('aria-pressed', String(Boolean(timer)));
  };
  const stopPlay = () => {
    clearInterval(timer);
    timer = 0;
    renderPlay();
  };
  const startPlay = () => {
    setWindow(playStart(current(), range));
    timer = window.setInterval(() => {
      const next = stepWindow(current() ?? range, buckets, range, 1);
      if (next) setWindow(next);
      else stopPlay();
    }, PLAY_TICK_MS);
    renderPlay();
  };

  const overlay = el('div', undefined, 'timebar-window');
  overlay.tabIndex = 0;
  overlay.setAttribute('role', 'group');
  for (const edge of ['from', 'to'] as const) {
    const handle = el('div', undefined, `timebar-handle ${edge}`);
    handle.dataset.edge = edge;
    handle.title = edge === 'from' ? 'Drag to change the first day' : 'Drag to change the last day';
    overlay.append(handle);
  }
  const track = el('div', undefined, 'timebar-track');
  track.append(bars(buckets, unit, range), overlay);
  let axisRow = axis(buckets, unit, range);

  let drag: { edge: 'from' | 'to' | null; x: number; start: DayWindow } | null = null;
  overlay.addEventListener('pointerdown', (event) => {
    const edge = (event.target as HTMLElement).dataset.edge as 'from' | 'to' | undefined;
    // With no date filter the window is the whole range: there is nowhere to move it, only edges to pull.
    if (event.button !== 0 || (!edge && !current())) return;
    event.preventDefault();
    overlay.focus();
    stopPlay();
    drag = { edge: edge ?? null, x: event.clientX, start: current() ?? range };
    overlay.setPointerCapture(event.pointerId);
  });
  overlay.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const box = track.getBoundingClientRect();
    setWindowSoon(
      drag.edge
        ? resizeWindow(drag.start, drag.edge, dayAtFraction((event.clientX - box.left) / box.width, range), range)
        : moveWindow(drag.start, daysOfFraction((event.clientX - drag.x) / box.width, range), range),
    );
  });
  const endDrag = () => {
    drag = null;
    flush(); // the window ends exactly where the pointer was let go
  };
  overlay.addEventListener('pointerup', endDrag);
  overlay.addEventListener('pointercancel', endDrag);
  overlay.addEventListener('keydown', (event) => {
    const direction = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const chosen = current();
    if (!direction || !chosen) return;
    event.preventDefault();
    stopPlay();
    const next = stepWindow(chosen, buckets, range, direction);
    if (next) setWindow(next);
  });

  const typed = (changed: 'from' | 'to') => () => {
    stopPlay();
    const day = (input: HTMLInputElement) => (input.value ? dayNumber(input.value) : null);
    const typedWindow = windowFromInputs(day(from.input), day(to.input), changed, full);
    // A date typed outside the busy span shows the whole span, so the window stays visible.
    if (typedWindow && (typedWindow.from < range.from || typedWindow.to > range.to) && range !== full) showSpan(full);
    setWindow(typedWindow);
    render(); // show the window as clamped, even when it did not change
  };
  for (const field of [from, to]) {
    field.input.min = isoOfDay(extent.from);
    field.input.max = isoOfDay(extent.to);
  }
  from.input.addEventListener('change', typed('from'));
  to.input.addEventListener('change', typed('to'));

  const render = () => {
    const chosen = current();
    // A window from a link may lie outside the busy span: show all of it.
    if (chosen && range !== full && (chosen.from < range.from || chosen.to > range.to)) return showSpan(full);
    const shown = chosen ?? range;
    const left = fractionOfDay(shown.from, range);
    overlay.style.left = `${left * 100}%`;
    overlay.style.width = `${(fractionOfDay(shown.to + 1, range) - left) * 100}%`;
    overlay.classList.toggle('all', !chosen);
    from.input.value = chosen ? isoOfDay(chosen.from) : '';
    to.input.value = chosen ? isoOfDay(chosen.to) : '';
    overlay.setAttribute(
      'aria-label',
      chosen
        ? `Date window ${isoOfDay(chosen.from)} to ${isoOfDay(chosen.to)}; arrow keys move it`
        : 'All dates; drag an edge to narrow the window',
    );
    reset.disabled = !chosen;
  };

  // A newly mounted graph must not be driven by the old graph's timer or a frame still pending.
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    cancelAnimationFrame(frame);
  });

  const showSpan = (next: DayWindow) => {
    range = next;
    ({ unit, buckets } = histogram(view.timeline.evidenceDays, range));
    track.firstElementChild!.replaceWith(bars(buckets, unit, range));
    const nextAxis = axis(buckets, unit, range);
    axisRow.replaceWith(nextAxis);
    axisRow = nextAxis;
    labelSpan();
    render();
  };
  const span = button('', () => showSpan(range === full ? busy : full));
  span.id = 'timebar-span';
  span.hidden = busy === full;
  const labelSpan = () => {
    const other = range === full ? busy : full;
    span.textContent = range === full ? 'Busy span' : 'Whole span';
    span.title = `Show ${isoOfDay(other.from)} – ${isoOfDay(other.to)}`;
  };
  labelSpan();
  controls.append(span);

  const chart = el('div', undefined, 'timebar-chart');
  chart.append(track, axisRow);
  target.replaceChildren(controls, chart);
  renderPlay();
  render();
  return { render };
}
