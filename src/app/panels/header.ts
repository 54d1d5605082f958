import { NODE_TYPES } from '../../graph/registry.js';
import { el } from '../dom.js';
import type { NewsGraph } from '../graph.js';

export const renderTitle = (target: HTMLElement, graph: NewsGraph): void => {
  const title = graph.getAttribute('title') || 'newsgraph';
  target.textContent = title;
  document.title = title;
};

/** Only the types present, in registry order, so the legend never explains colours nobody sees. */
export const renderLegend = (target: HTMLElement, graph: NewsGraph): void => {
  const present = new Set(graph.mapNodes((_, attrs) => attrs.type));
  target.replaceChildren(
    ...NODE_TYPES.filter((def) => present.has(def.id)).map((def) => {
      const item = el('li');
      item.dataset.type = def.id;
      const swatch = el('span', undefined, 'swatch');
      swatch.style.background = def.color;
      item.append(swatch, el('span', def.label.en));
      return item;
    }),
  );
};

export const renderCount = (target: HTMLElement, nodes: number, edges: number): void => {
  target.textContent = `${nodes} ${nodes === 1 ? 'node' : 'nodes'}, ${edges} ${edges === 1 ? 'edge' : 'edges'} shown`;
};
