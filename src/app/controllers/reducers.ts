import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { nodeTypeDef } from '../../graph/registry.js';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { truncate } from '../dom.js';
import type { View } from './view.js';
import { pictogramOf, programOf } from './shapes.js';

const FADED_NODE = '#e4e4e4';
const FADED_EDGE = '#f0f0f0';
const CO_MENTION_EDGE = '#d4d4d4';
const RELATION_EDGE = '#9e9e9e';
const FOCUS_EDGE = '#555555';
const PATH_EDGE = '#d62728';

// The contract's `type` attributes name entity and relation kinds, while sigma reads `type`
// as the program to draw with, so the reducers always return complete display data.

export const nodeReducer =
  (view: View) =>
  (node: string, data: NodeAttributes): Partial<NodeDisplayData> & { image?: string } => {
    const { state } = view;
    if (!state.visible.nodes.has(node)) return { x: data.x, y: data.y, size: data.size, hidden: true };
    const onPath = state.path?.nodes.includes(node) ?? false;
    const faded =
      (state.hovered !== null && !state.focus.has(node)) || (state.path !== null && !onPath && state.hovered === null);
    const shape = nodeTypeDef(data.type).shape;
    const size = state.sizeBy === 'degree' ? (view.degreeSizes.get(node) ?? data.size) : data.size;
    return {
      x: data.x,
      y: data.y,
      size,
      type: programOf(shape),
      image: pictogramOf(shape),
      // A scraped "name" can be thousands of characters: the canvas gets the start of it.
      label: faded ? null : truncate(data.label, 60),
      color: faded ? FADED_NODE : data.color,
      highlighted: node === state.selected || state.pathEnds.includes(node),
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
    const onPath = state.path?.edges.includes(edge) ?? false;
    const focused = state.hovered !== null && graph.hasExtremity(edge, state.hovered);
    const faded = (state.hovered !== null && !focused) || (state.path !== null && !onPath && state.hovered === null);
    const base = directed ? RELATION_EDGE : CO_MENTION_EDGE;
    return {
      type: curvature ? (directed ? 'curvedArrow' : 'curve') : directed ? 'arrow' : 'line',
      curvature,
      label: data.label,
      size: (directed ? 1.5 : 1) * (focused || onPath ? 2 : 1),
      color: onPath ? PATH_EDGE : focused ? FOCUS_EDGE : faded ? FADED_EDGE : base,
      zIndex: focused || onPath ? 1 : 0,
    };
  };
