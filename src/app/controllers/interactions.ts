// Pointer and keyboard on the canvas, turned into view actions.
import type { View } from './view.js';
import type { Renderer } from './renderer.js';

export function bindInteractions(renderer: Renderer, view: View, signal: AbortSignal): void {
  renderer.on('enterNode', ({ node }) => view.hover(node));
  renderer.on('leaveNode', () => view.hover(null));
  renderer.on('clickNode', ({ node }) => view.select(node));
  renderer.on('clickStage', () => view.select(null));
  // Clicking an edge opens its evidence in the details.
  renderer.on('clickEdge', ({ edge }) => view.selectEdge(edge));
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      view.select(null);
      view.pickPathEnd(null);
    },
    { signal },
  );
}

/** Moves the camera onto a node, keeping the zoom unless it is too far out to see it. */
export function focusCamera(renderer: Renderer, node: string): void {
  const data = renderer.getNodeDisplayData(node);
  if (!data) return;
  const camera = renderer.getCamera();
  camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: 400 });
}
