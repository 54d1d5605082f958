// Legend that doubles as the type filter, relation filter, minimum mentions and size mode.
import { EDGE_TYPES, NODE_TYPES } from '../../graph/registry.js';
import type { EdgeType, NodeType } from '../../graph/types.js';
import type { View } from '../controllers/view.js';
import { el } from '../dom.js';
import { pictogramOf } from '../controllers/shapes.js';
import type { ColorBy, SizeBy } from '../core/appearance.js';
import { lang, t } from '../i18n/strings.js';

const toggle = <T extends string>(list: T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

function swatch(color: string, shape: string): HTMLElement {
  const mark = el('span', undefined, `swatch shape-${shape}`);
  const image = pictogramOf(shape as never);
  if (image) {
    mark.style.maskImage = `url("${image}")`;
    mark.style.webkitMaskImage = `url("${image}")`;
  }
  mark.style.background = color;
  return mark;
}

const SIZE_CHOICES = (): [SizeBy, string][] => [
  ['mentions', t('mentions')],
  ['degree', t('connections')],
  ['pagerank', 'PageRank'],
  ['betweenness', 'betweenness'],
];
const COLOR_CHOICES = (): [ColorBy, string][] => [
  ['type', t('type')],
  ['community', t('community')],
];

function choice<T extends string>(id: string, text: string, choices: readonly [T, string][], value: T, onChange: (value: T) => void) {
  const select = el('select');
  select.id = id;
  for (const [option, label] of choices) {
    const item = el('option', label);
    item.value = option;
    item.selected = option === value;
    select.append(item);
  }
  select.addEventListener('change', () => onChange(select.value as T));
  const label = el('label', text, id);
  label.append(select);
  return { label, select };
}

export interface FiltersPanel {
  /** Follows the filters (pressed types, ticked relations, minimum, size mode) without rebuilding. */
  render(): void;
}

/**
 * Only the types present, in registry order, so the legend never explains colours nobody sees.
 * Built once per graph: the counts are the graph's, and a filter change only updates the controls.
 */
export function bindFilters(target: HTMLElement, view: View): FiltersPanel {
  const { graph, state } = view;
  const nodeCounts = new Map<NodeType, number>();
  graph.forEachNode((_, a) => nodeCounts.set(a.type, (nodeCounts.get(a.type) ?? 0) + 1));
  const edgeCounts = new Map<EdgeType, number>();
  graph.forEachEdge((_, a) => edgeCounts.set(a.type, (edgeCounts.get(a.type) ?? 0) + 1));

  const typeButtons: { id: NodeType; button: HTMLButtonElement }[] = [];
  const edgeBoxes: { id: EdgeType; box: HTMLInputElement }[] = [];
  const legend = el('ul', undefined, 'legend');
  legend.id = 'legend';
  legend.setAttribute('aria-label', 'Node types');
  for (const def of NODE_TYPES.filter((d) => nodeCounts.has(d.id))) {
    const item = el('li');
    item.dataset.type = def.id;
    const b = el('button', undefined, 'type-toggle');
    b.type = 'button';
    b.setAttribute('aria-pressed', String(!state.filters.hiddenNodeTypes.includes(def.id)));
    b.append(swatch(def.color, def.shape), el('span', def.label[lang()]), el('span', ` ${nodeCounts.get(def.id)}`, 'count'));
    b.addEventListener('click', () => view.setFilters({ hiddenNodeTypes: toggle(state.filters.hiddenNodeTypes, def.id) }));
    typeButtons.push({ id: def.id, button: b });
    item.append(b);
    legend.append(item);
  }

  const relations = el('ul', undefined, 'legend edge-types');
  relations.id = 'edge-types';
  relations.setAttribute('aria-label', 'Relation types');
  for (const def of EDGE_TYPES.filter((d) => edgeCounts.has(d.id))) {
    const item = el('li');
    item.dataset.type = def.id;
    const label = el('label');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = !state.filters.hiddenEdgeTypes.includes(def.id);
    box.addEventListener('change', () => view.setFilters({ hiddenEdgeTypes: toggle(state.filters.hiddenEdgeTypes, def.id) }));
    edgeBoxes.push({ id: def.id, box });
    const line = el('span', undefined, 'edge-swatch');
    line.style.background = def.color;
    label.append(box, line, el('span', def.label[lang()]), el('span', ` ${edgeCounts.get(def.id)}`, 'count'));
    item.append(label);
    relations.append(item);
  }

  const min = el('input');
  min.id = 'min-mentions';
  min.type = 'number';
  min.min = '0';
  min.step = '1';
  min.value = String(state.filters.minMentions);
  min.addEventListener('input', () => {
    const value = Math.max(0, Math.floor(Number(min.value) || 0));
    view.setFilters({ minMentions: value });
  });
  const minLabel = el('label', t('minMentions'), 'min-mentions');
  minLabel.append(min);

  const size = choice('size-by', t('sizeBy'), SIZE_CHOICES(), state.sizeBy, (value) => view.setSizeBy(value));
  const color = choice('color-by', t('colorBy'), COLOR_CHOICES(), state.colorBy, (value) => view.setColorBy(value));

  target.replaceChildren(el('h2', t('types')), legend, el('h2', t('relations')), relations, minLabel, size.label, color.label);

  const render = () => {
    const { filters } = view.state;
    for (const { id, button } of typeButtons) button.setAttribute('aria-pressed', String(!filters.hiddenNodeTypes.includes(id)));
    for (const { id, box } of edgeBoxes) box.checked = !filters.hiddenEdgeTypes.includes(id);
    // Not while the user is typing in it: "1" then "12" must not be rewritten under the cursor.
    if (document.activeElement !== min) min.value = String(filters.minMentions);
    size.select.value = view.state.sizeBy;
    color.select.value = view.state.colorBy;
  };
  return { render };
}
