// Meetings and events in date order: what happened when, one click from the graph.
import { nodeTypeDef } from '../../graph/registry.js';
import type { NodeAttributes } from '../../graph/types.js';
import type { View } from '../controllers/view.js';
import { button, clipped, el, truncate } from '../dom.js';

const HAPPENINGS = new Set(['meeting', 'event']);

/** Undated happenings go last; ties by label so the order never depends on insertion. */
const byDate = (a: NodeAttributes, b: NodeAttributes) =>
  (a.date || '9999').localeCompare(b.date || '9999') || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

export const happenings = (view: View): string[] =>
  view.graph
    .filterNodes((_, attrs) => HAPPENINGS.has(attrs.type))
    .sort((a, b) => byDate(view.graph.getNodeAttributes(a), view.graph.getNodeAttributes(b)));

export interface ChronologyPanel {
  /** Greys out what the filters hide, without rebuilding the list. */
  render(): void;
}

export function bindChronology(target: HTMLElement, view: View, select: (node: string) => void): ChronologyPanel {
  const nodes = happenings(view);
  const list = el('ol', undefined, 'chronology-list');
  const items: { node: string; item: HTMLLIElement; out: boolean }[] = [];
  for (const node of nodes) {
    const attrs = view.graph.getNodeAttributes(node);
    const out = !view.state.visible.nodes.has(node);
    const item = el('li', undefined, out ? 'filtered-out' : undefined);
    items.push({ node, item, out });
    item.dataset.node = node;
    const when = clipped('span', attrs.date || 'undated', 20, 'when');
    const what = button(truncate(attrs.label, 90), () => select(node), 'neighbour');
    what.style.borderColor = nodeTypeDef(attrs.type).color;
    what.title = truncate(attrs.label, 4000);
    item.append(when, what);
    if (attrs.status && attrs.status !== 'happened') item.append(el('span', attrs.status, 'status'));
    if (attrs.place) item.append(clipped('span', ` · ${attrs.place}`, 40, 'place'));
    list.append(item);
  }
  target.replaceChildren(
    el('h2', `Meetings and events (${nodes.length})`),
    nodes.length ? list : el('p', 'No meetings or events in this graph.', 'empty'),
  );
  const render = () => {
    const { nodes: visible } = view.state.visible;
    for (const entry of items) {
      const out = !visible.has(entry.node);
      if (out === entry.out) continue;
      entry.out = out;
      entry.item.classList.toggle('filtered-out', out);
    }
  };
  return { render };
}
