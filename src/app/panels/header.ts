import { truncate } from '../dom.js';
import type { View } from '../controllers/view.js';

export const renderTitle = (target: HTMLElement, view: View): void => {
  const title = view.graph.getAttribute('title') || 'newsgraph';
  target.textContent = truncate(title, 80);
  target.title = title.length > 80 ? truncate(title, 4000) : '';
  document.title = truncate(title, 80);
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const renderCount = (target: HTMLElement, view: View): void => {
  const { nodes, edges } = view.state.visible;
  target.textContent = `${plural(nodes.size, 'node')}, ${plural(edges.size, 'edge')} shown`;
};
