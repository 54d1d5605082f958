import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  EdgeRectangleProgram,
  type EdgeProgramType,
} from 'sigma/rendering';
import { graphExtent } from 'sigma/utils';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/types.js';
import { drawnGraph } from '../core/display.js';
import { createLabelLayer } from './labels.js';
import { edgeReducer, nodeReducer } from './reducers.js';
import { withoutInstancing } from './plain-draws.js';
import { nodePrograms } from './shapes.js';
import type { View } from './view.js';

// The curve programs are typed for untyped graphs; they read no attribute of ours but `curvature`.
const typed = (program: EdgeProgramType) => program as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Relations read subject → object, so they get arrow heads (larger than sigma's default so the
 * direction is readable on thin edges); co-mentions have no direction. Curves keep several
 * relations between one pair apart. Sigma's createEdgeArrowProgram, put together from its two
 * parts so that each is drawn without instancing (controllers/plain-draws.ts).
 */
const ARROW = { lengthToThicknessRatio: 5, widenessToThicknessRatio: 4 };
const edgePrograms = {
  arrow: createEdgeCompoundProgram([withoutInstancing(createEdgeClampedProgram(ARROW)), withoutInstancing(createEdgeArrowHeadProgram(ARROW))]),
  line: withoutInstancing(EdgeRectangleProgram),
  curve: withoutInstancing(typed(EdgeCurveProgram)),
  curvedArrow: withoutInstancing(typed(EdgeCurvedArrowProgram)),
};

export type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Sigma is given only the visible part of the graph (core/display.ts drawnGraph) and frames it by
 * the whole graph's extent, so narrowing the view neither moves nor rescales what stays.
 */
/**
 * One label layer and one set of programs for every renderer the page mounts: the pictogram
 * program keeps its textures per program class, so a class made per mount would load them again
 * (and open a WebGL context to size them) each time a graph is shown.
 */
const labels = createLabelLayer();
const programs = nodePrograms(labels.collect);

export function createRenderer(container: HTMLElement, view: View): Renderer {
  // Created empty: the framing is set before the first (and costly) processing of the nodes.
  const renderer = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(view.graph.nullCopy() as View['graph'], container, {
    nodeProgramClasses: programs as never,
    defaultDrawNodeLabel: labels.collect as never,
    edgeProgramClasses: edgePrograms as never,
    defaultNodeType: 'circle',
    defaultEdgeType: 'line',
    nodeReducer: nodeReducer(view),
    edgeReducer: edgeReducer(view),
    // Lets a path draw above the faded rest.
    zIndex: true,
    enableEdgeEvents: true,
    labelFont: getComputedStyle(document.documentElement).fontFamily,
    // Candidates for labels: the biggest node of each 100-pixel cell (more as the camera zooms in),
    // none for nodes drawn smaller than 6 pixels; controllers/labels.ts then keeps them apart.
    labelGridCellSize: 100,
    labelDensity: 1,
    labelRenderedSizeThreshold: 6,
    // Large graphs stay fluid while the camera moves; everything is drawn again when it stops.
    hideEdgesOnMove: view.graph.size > 20_000,
    hideLabelsOnMove: view.graph.size > 20_000,
  });
  renderer.on('afterRender', labels.flush);
  renderer.setCustomBBox(graphExtent(view.graph));
  drawVisible(renderer, view);
  // The layout moves the whole graph's nodes (whose attributes the drawn graph shares): follow them.
  const moved = () => {
    renderer.setCustomBBox(graphExtent(view.graph));
    renderer.refresh({ schedule: true });
  };
  view.graph.on('eachNodeAttributesUpdated', moved);
  renderer.once('kill', () => view.graph.off('eachNodeAttributesUpdated', moved));
  return renderer;
}

/** The labels the last frame wrote, with their boxes (for the tests). */
export const labelsDrawn = () => labels.drawn();

/** For a renderer of its own (an image export): its labels are drawn after each of its frames too. */
export function withLabels(renderer: Renderer): void {
  labels.reset();
  renderer.on('afterRender', labels.flush);
  renderer.refresh();
}

/** After the visible part changed (filters, the shown part of a large graph): draws that part. */
export function drawVisible(renderer: Renderer, view: View): void {
  renderer.setGraph(drawnGraph(view.graph, view.state.visible));
}
