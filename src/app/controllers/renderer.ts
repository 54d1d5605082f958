import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { createEdgeArrowProgram, EdgeRectangleProgram, type EdgeProgramType } from 'sigma/rendering';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/types.js';
import { edgeReducer, nodeReducer } from './reducers.js';
import { nodePrograms } from './shapes.js';
import type { View } from './view.js';

// The curve programs are typed for untyped graphs; they read no attribute of ours but `curvature`.
const typed = (program: EdgeProgramType) => program as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const createRenderer = (container: HTMLElement, view: View): Renderer =>
  new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(view.graph, container, {
    nodeProgramClasses: nodePrograms,
    // Relations read subject → object, so they get arrow heads (larger than sigma's default so the
    // direction is readable on thin edges); co-mentions have no direction. Curves keep several
    // relations between one pair apart.
    edgeProgramClasses: {
      arrow: createEdgeArrowProgram({ lengthToThicknessRatio: 5, widenessToThicknessRatio: 4 }),
      line: EdgeRectangleProgram,
      curve: typed(EdgeCurveProgram),
      curvedArrow: typed(EdgeCurvedArrowProgram),
    },
    defaultNodeType: 'circle',
    defaultEdgeType: 'line',
    nodeReducer: nodeReducer(view),
    edgeReducer: edgeReducer(view),
    // Lets the hovered neighbourhood draw above the faded rest.
    zIndex: true,
    labelFont: getComputedStyle(document.documentElement).fontFamily,
    labelRenderedSizeThreshold: 5,
    // Large graphs stay fluid while the camera moves; everything is drawn again when it stops.
    hideEdgesOnMove: view.graph.size > 20_000,
    hideLabelsOnMove: view.graph.size > 20_000,
  });
