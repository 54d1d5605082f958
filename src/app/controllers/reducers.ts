import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import type { NewsGraph } from '../graph.js';
import type { ViewState } from '../state.js';

const FADED_NODE = '#e4e4e4';
const FADED_EDGE = '#f0f0f0';
const CO_MENTION_EDGE = '#d4d4d4';
const RELATION_EDGE = '#9e9e9e';
const FOCUS_EDGE = '#555555';

// The contract's `type` attributes name entity and relation kinds, while sigma reads `type`
// as the program to draw with, so the reducers always return complete display data.

export const nodeReducer =
  (state: ViewState) =>
  (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const faded = state.hovered !== null && !state.focus.has(node);
    return {
      x: data.x,
      y: data.y,
      size: data.size,
      type: 'circle',
      label: faded ? null : data.label,
      color: faded ? FADED_NODE : data.color,
      highlighted: node === state.selected,
      zIndex: faded ? 0 : 1,
    };
  };

export const edgeReducer =
  (graph: NewsGraph, state: ViewState) =>
  (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const directed = graph.isDirected(edge);
    const base = directed ? RELATION_EDGE : CO_MENTION_EDGE;
    const focused = state.hovered !== null && graph.hasExtremity(edge, state.hovered);
    const faded = state.hovered !== null && !focused;
    return {
      type: directed ? 'arrow' : 'line',
      label: data.label,
      size: (directed ? 1.5 : 1) * (focused ? 1.5 : 1),
      color: focused ? FOCUS_EDGE : faded ? FADED_EDGE : base,
      zIndex: focused ? 1 : 0,
    };
  };
