// The camera: framing what is shown (after filters and focus), and zooming by steps.
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import type { Renderer } from './renderer.js';

const DURATION_MS = 300;
const ZOOM_STEP = 1.5;

// Where each camera's running zoom will end: a second click during the animation steps on from
// there, so two quick clicks zoom by two steps rather than from a ratio caught half-way.
const zoomTargets = new WeakMap<object, number>();

/** Frames the nodes the renderer draws; with none, goes back to the whole framing. */
export function fitShown(renderer: Renderer, animate = true): void {
  const nodes = renderer.getGraph().nodes();
  const camera = renderer.getCamera();
  const target =
    nodes.length === 0
      ? { x: 0.5, y: 0.5, ratio: 1, angle: 0 }
      : getCameraStateToFitViewportToNodes(renderer as never, nodes);
  // One node alone would be framed at an absurd zoom: keep a readable neighbourhood around it.
  if (nodes.length === 1) target.ratio = Math.max(target.ratio, 0.15);
  zoomTargets.set(camera, target.ratio);
  if (animate) void camera.animate(target, { duration: DURATION_MS });
  else camera.setState(target);
}

function zoomBy(renderer: Renderer, factor: number): void {
  const camera = renderer.getCamera();
  const pending = zoomTargets.get(camera);
  const from = camera.isAnimated() && pending !== undefined ? pending : camera.getState().ratio;
  const ratio = camera.getBoundedRatio(from * factor);
  zoomTargets.set(camera, ratio);
  void camera.animate({ ratio }, { duration: DURATION_MS });
}

export const zoomIn = (renderer: Renderer): void => zoomBy(renderer, 1 / ZOOM_STEP);
export const zoomOut = (renderer: Renderer): void => zoomBy(renderer, ZOOM_STEP);
