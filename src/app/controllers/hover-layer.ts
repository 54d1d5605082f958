// The hovered neighbourhood, drawn over the graph without drawing the graph again. A white veil
// dims everything sigma drew, the graph's labels are hidden, and the hovered node, its
// neighbours and its edges (and the marked ones: a path, a clicked edge) are drawn above the veil on a
// WebGL layer of their own, with sigma's programs and the display data sigma already holds;
// their labels go on a canvas above that, kept apart as the graph's are. With software WebGL,
// fading every item through the reducers meant drawing the whole graph again at each hover and
// at each leave (a quarter of a second at 1,500 nodes); this layer draws a neighbourhood.
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { placeLabels, type Candidate, type DrawnLabel } from './labels.js';
import { FOCUS_EDGE_COLOR, FOCUS_EDGE_WIDENING } from './reducers.js';
import type { Renderer } from './renderer.js';

/**
 * The veil: 85% white turns the relation grey (#9e9e9e) into the faded grey the reducers used
 * for edges (#f0f0f0), and any node colour into a pale tint of itself.
 */
const VEIL = 'rgb(255 255 255 / 85%)';

export interface Hover {
  node: string;
  /** Edges the reducers mark (the path's, a clicked edge): drawn above the veil too, as they are. */
  marked: ReadonlySet<string>;
}

export interface HoverLayer {
  /** Draws the hover over the graph, or takes the veil away when there is none. */
  update(): void;
  /** What the layer drew last (for the tests): nodes, edges and the labels written. */
  drawn(): { nodes: string[]; edges: string[]; labels: DrawnLabel[] };
}

interface ItemProgram {
  reallocate(capacity: number): void;
  render(params: RenderParams): void;
  kill(): void;
}
interface NodeItemProgram extends ItemProgram {
  process(index: number, offset: number, data: NodeDisplayData): void;
}
interface EdgeItemProgram extends ItemProgram {
  process(index: number, offset: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void;
}
type ProgramClass<P> = new (gl: WebGLRenderingContext, picking: null, renderer: Renderer) => P;

/** A layer over the renderer's graph that draws `hover()` at each update and after each of sigma's frames. */
export function createHoverLayer(renderer: Renderer, hover: () => Hover | null): HoverLayer {
  // Placed over sigma's labels and under its own hover layers; sized with the container.
  const style = { top: '0', left: '0', width: '100%', height: '100%', display: 'none' };
  const veil = renderer.createLayer<HTMLDivElement>('hoverVeil', 'div', { afterLayer: 'labels', style: { ...style, background: VEIL } });
  const canvas = renderer.createCanvas('hoverGraph', { afterLayer: 'hoverVeil', style });
  const gl = renderer.createWebGLContext('hoverGraph', { canvas });
  const text = renderer.createCanvas('hoverLabels', { afterLayer: 'hoverGraph', style });
  const context = text.getContext('2d')!;
  const programs = programsOn(gl, renderer);
  let last: ReturnType<HoverLayer['drawn']> = { nodes: [], edges: [], labels: [] };

  const setShown = (on: boolean) => {
    for (const element of [veil, canvas, text]) element.style.display = on ? 'block' : 'none';
    renderer.getCanvases().labels!.style.visibility = on ? 'hidden' : 'visible';
  };
  const draw = () => {
    const graph = renderer.getGraph();
    const current = hover();
    if (!current || !graph.hasNode(current.node)) {
      setShown(false);
      last = { nodes: [], edges: [], labels: [] };
      return;
    }
    const params = renderer.getRenderParams();
    fit(canvas, params);
    fit(text, params);
    gl.viewport(0, 0, canvas.width, canvas.height);
    gl.clear(gl.COLOR_BUFFER_BIT);
    const edges = edgesOf(renderer, current);
    const nodes = [...graph.neighbors(current.node), current.node];
    programs.drawEdges(edges, params);
    programs.drawNodes(nodes, params);
    last = { nodes, edges: edges.map(([edge]) => edge), labels: writeLabels(renderer, context, nodes, current.node, params) };
    setShown(true);
  };
  // Sigma draws again when the camera moves or the graph changes: the layer follows.
  renderer.on('afterRender', draw);
  renderer.once('kill', () => programs.kill());
  return { update: draw, drawn: () => last };
}

/** The hovered node's edges, darker and wider, and the marked edges as the reducers draw them. */
function edgesOf(renderer: Renderer, hover: Hover): [string, EdgeDisplayData][] {
  const graph = renderer.getGraph();
  const edges = new Set(graph.edges(hover.node));
  for (const edge of hover.marked) if (graph.hasEdge(edge)) edges.add(edge);
  const out: [string, EdgeDisplayData][] = [];
  for (const edge of edges) {
    const data = renderer.getEdgeDisplayData(edge);
    if (!data || data.hidden) continue;
    const marked = hover.marked.has(edge);
    out.push([edge, marked ? data : { ...data, color: FOCUS_EDGE_COLOR, size: data.size * FOCUS_EDGE_WIDENING }]);
  }
  return out;
}

/** One program per node or edge type, made on the layer's context the first time the type is drawn. */
function programsOn(gl: WebGLRenderingContext, renderer: Renderer) {
  const made = new Map<string, ItemProgram>();
  const programOf = <P extends ItemProgram>(kind: 'node' | 'edge', type: string): P => {
    const key = `${kind}:${type}`;
    let program = made.get(key);
    if (!program) {
      const classes = renderer.getSetting(kind === 'node' ? 'nodeProgramClasses' : 'edgeProgramClasses') as unknown as Record<string, ProgramClass<P>>;
      program = new classes[type]!(gl, null, renderer);
      made.set(key, program);
    }
    return program as P;
  };
  /** Items grouped by program type, each group processed and drawn in one go. */
  const drawGroups = <D extends { type: string }>(items: D[], kind: 'node' | 'edge', process: (program: never, item: D, offset: number) => void, params: RenderParams) => {
    const groups = new Map<string, D[]>();
    for (const item of items) groups.set(item.type, [...(groups.get(item.type) ?? []), item]);
    for (const [type, group] of groups) {
      const program = programOf(kind, type);
      program.reallocate(group.length);
      group.forEach((item, offset) => process(program as never, item, offset));
      program.render(params);
    }
  };
  return {
    drawEdges(edges: [string, EdgeDisplayData][], params: RenderParams) {
      const graph = renderer.getGraph();
      const items = edges.map(([edge, data]) => ({ type: data.type, data, ends: graph.extremities(edge) }));
      drawGroups(items, 'edge', (program: EdgeItemProgram, { data, ends }, offset) => {
        const [source, target] = ends.map((node) => renderer.getNodeDisplayData(node)!);
        program.process(0, offset, source!, target!, data);
      }, params);
    },
    drawNodes(nodes: string[], params: RenderParams) {
      const items = nodes.map((node) => renderer.getNodeDisplayData(node)!).filter((data) => data && !data.hidden);
      drawGroups(items, 'node', (program: NodeItemProgram, data, offset) => program.process(0, offset, data), params);
    },
    kill: () => made.forEach((program) => program.kill()),
  };
}

/** The neighbourhood's labels, as sigma would offer them (viewport positions, its size threshold), kept apart. */
function writeLabels(renderer: Renderer, context: CanvasRenderingContext2D, nodes: string[], hovered: string, params: RenderParams): DrawnLabel[] {
  const settings = renderer.getSettings() as Settings;
  context.setTransform(params.pixelRatio, 0, 0, params.pixelRatio, 0, 0);
  context.clearRect(0, 0, params.width, params.height);
  const candidates: Candidate[] = [];
  for (const node of nodes) {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden || !data.label) continue;
    const size = renderer.scaleSize(data.size);
    const forced = node === hovered || data.forceLabel;
    if (!forced && size < settings.labelRenderedSizeThreshold) continue;
    const { x, y } = renderer.framedGraphToViewport(data);
    candidates.push({ label: data.label, x, y, size, forced });
  }
  return placeLabels(context, candidates, settings);
}

/** Keeps a layer's backing store the size of sigma's (sigma sizes only the layers it made itself). */
function fit(canvas: HTMLCanvasElement, { width, height, pixelRatio }: RenderParams): void {
  if (canvas.width !== width * pixelRatio) canvas.width = width * pixelRatio;
  if (canvas.height !== height * pixelRatio) canvas.height = height * pixelRatio;
}
