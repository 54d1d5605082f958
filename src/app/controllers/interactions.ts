import type { NewsGraph } from '../graph.js';
import type { ViewState } from '../state.js';
import type { Renderer } from './renderer.js';

export interface Interactions {
  select(node: string | null): void;
}

/** Keeps the view state in step with the pointer and keyboard; panels are told what to show. */
export const bindInteractions = (
  renderer: Renderer,
  graph: NewsGraph,
  state: ViewState,
  onSelect: (node: string | null) => void,
): Interactions => {
  const refresh = () => renderer.refresh({ skipIndexation: true });

  const hover = (node: string | null) => {
    state.hovered = node;
    state.focus = node === null ? new Set() : new Set([node, ...graph.neighbors(node)]);
    refresh();
  };

  const select = (node: string | null) => {
    state.selected = node;
    onSelect(node);
    refresh();
  };

  renderer.on('enterNode', ({ node }) => hover(node));
  renderer.on('leaveNode', () => hover(null));
  renderer.on('clickNode', ({ node }) => select(node));
  renderer.on('clickStage', () => select(null));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') select(null);
  });

  return { select };
};
