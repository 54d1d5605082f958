import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { NODE_TYPES } from '../../graph/registry.js';
import type { EdgeAttributes, NodeAttributes, NodeType } from '../../graph/types.js';
import type { View } from './view.js';
import { pictogramOf, programOf } from './shapes.js';

const FADED_NODE = '#e4e4e4';
const FADED_EDGE = '#f0f0f0';
const CO_MENTION_EDGE = '#d4d4d4';
const RELATION_EDGE = '#9e9e9e';
/** A hovered node's edges: darker and twice as wide (drawn by controllers/hover-layer.ts). */
export const FOCUS_EDGE_COLOR = '#555555';
export const FOCUS_EDGE_WIDENING = 2;
const PATH_EDGE = '#d62728';

/** Program and pictogram per node type, looked up once rather than per reducer call. */
const DRAWING = new Map<NodeType, { type: string; image: string | undefined }>(
  NODE_TYPES.map((def) => [def.id, { type: programOf(def.shape), image: pictogramOf(def.shape) }]),
);
const CIRCLE = { type: 'circle', image: undefined };

// The contract's `type` attributes name entity and relation kinds, while sigma reads `type`
// as the program to draw with, so the reducers always return complete display data.
// A path fades what is not on it; a hover fades nothing here: controllers/hover-layer.ts draws
// the hovered neighbourhood over a veil, so that a hover does not draw the whole graph again.

export const nodeReducer =
  (view: View) =>
  (node: string, data: NodeAttributes): Partial<NodeDisplayData> & { image?: string } => {
    const { state } = view;
    if (!state.visible.nodes.has(node)) return { x: data.x, y: data.y, size: data.size, hidden: true };
    const onPath = state.onPath !== null && state.onPath.nodes.has(node);
    const faded = state.onPath !== null && !onPath;
    const drawing = DRAWING.get(data.type) ?? CIRCLE;
    const size = view.sizes()?.get(node) ?? data.size;
    return {
      x: data.x,
      y: data.y,
      size,
      type: drawing.type,
      image: drawing.image,
      // A scraped "name" can be thousands of characters: the canvas gets the start of it.
      label: faded ? null : view.canvasLabel(node),
      color: faded ? FADED_NODE : (view.colors()?.get(node) ?? data.color),
      highlighted: node === state.selected || node === state.pathEnds[0] || node === state.pathEnds[1],
      forceLabel: node === state.selected || onPath,
      zIndex: faded ? 0 : 1,
    };
  };

export const edgeReducer =
  (view: View) =>
  (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> & { curvature?: number } => {
    const { graph, state } = view;
    if (!state.visible.edges.has(edge)) return { hidden: true };
    const directed = graph.isDirected(edge);
    const curvature = view.curvatures.get(edge) ?? 0;
    const onPath = (state.onPath !== null && state.onPath.edges.has(edge)) || edge === state.selectedEdge;
    const faded = state.onPath !== null && !onPath;
    const base = directed ? RELATION_EDGE : CO_MENTION_EDGE;
    return {
      type: curvature ? (directed ? 'curvedArrow' : 'curve') : directed ? 'arrow' : 'line',
      curvature,
      label: data.label,
      size: (directed ? 1.5 : 1) * (onPath ? FOCUS_EDGE_WIDENING : 1),
      color: onPath ? PATH_EDGE : faded ? FADED_EDGE : base,
      zIndex: onPath ? 1 : 0,
    };
  };
