import Sigma from 'sigma';
import { createEdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/types.js';
import type { NewsGraph } from '../graph.js';
import type { ViewState } from '../state.js';
import { edgeReducer, nodeReducer } from './reducers.js';

export type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const createRenderer = (container: HTMLElement, graph: NewsGraph, state: ViewState): Renderer =>
  new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
    nodeProgramClasses: { circle: NodeCircleProgram },
    // Relations read subject → object, so they get arrow heads (larger than sigma's default so the
    // direction is readable on thin edges); co-mentions have no direction.
    edgeProgramClasses: {
      arrow: createEdgeArrowProgram({ lengthToThicknessRatio: 5, widenessToThicknessRatio: 4 }),
      line: EdgeRectangleProgram,
    },
    defaultNodeType: 'circle',
    defaultEdgeType: 'line',
    nodeReducer: nodeReducer(state),
    edgeReducer: edgeReducer(graph, state),
    // Lets the hovered neighbourhood draw above the faded rest.
    zIndex: true,
    labelFont: getComputedStyle(document.documentElement).fontFamily,
    labelRenderedSizeThreshold: 5,
  });
