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

const number = (n: number) => n.toLocaleString('en-US');

/** What a large graph leaves out, and how to bring it in. */
export const shownNoticeText = (view: View): string | null => {
  const { shown, shownEdges, shownGrown } = view.state;
  if (!shown) return null;
  const { graph } = view;
  const edges = `(${number(shownEdges)} of ${number(graph.size)} edges)`;
  return (
    (shownGrown
      ? `Showing ${number(shown.size)} of ${number(graph.order)} nodes ${edges}: the most-mentioned and the neighbours you added. `
      : `Showing the ${number(shown.size)} most-mentioned of ${number(graph.order)} nodes ${edges}. `) +
    'Select a node and choose Expand to add its neighbours, or Show all.'
  );
};

export const renderShownNotice = (target: HTMLElement, view: View): void => {
  const text = shownNoticeText(view);
  target.hidden = text === null;
  const span = target.querySelector('.shown-text');
  if (span) span.textContent = text ?? '';
};
