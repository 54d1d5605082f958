import type { View } from '../controllers/view.js';

export const renderTitle = (target: HTMLElement, view: View): void => {
  const title = view.graph.getAttribute('title') || 'newsgraph';
  target.textContent = title;
  document.title = title;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const renderCount = (target: HTMLElement, view: View): void => {
  const { nodes, edges } = view.state.visible;
  target.textContent = `${plural(nodes.size, 'node')}, ${plural(edges.size, 'edge')} shown`;
};
