// The headless half of the viewer: the state the reducers read, and the only code that
// changes it. Panels call these actions and re-render on change; the renderer refreshes
// without reindexing (DESIGN.md, sigma's use-reducers example).
import type { ContractGraph } from '../../graph/json.js';
import type { ArticleText } from '../../graph/types.js';
import { countEdgesAmong, exceeds, mostMentioned, withNeighbours } from '../core/budget.js';
import { canvasLabel, communityColors, metricSizes, type ColorBy, type SizeBy } from '../core/appearance.js';
import { parallelCurvatures } from '../core/display.js';
import { computeVisible, defaultFilters, type Filters, type Visible } from '../core/filters.js';
import { narrow, noFocus, type Focus } from '../core/focus.js';
import { shortestPath, type Path } from '../core/path.js';
import { indexSearch, type SearchIndex } from '../core/search.js';
import { indexTimeline, type Timeline } from '../core/timeline.js';

export interface ViewState {
  hovered: string | null;
  /** The selected node's neighbourhood that the canvas narrows to (core/focus.ts). */
  focus: Focus;
  selected: string | null;
  /** A clicked edge, whose evidence the details show; cleared by selecting a node. */
  selectedEdge: string | null;
  filters: Filters;
  /** What the filters let through, before the focus narrows it. */
  filtered: Visible;
  /** What is drawn: the filtered part, narrowed to the focus. */
  visible: Visible;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** Two ends picked by the user, and the path between them when there is one. */
  pathEnds: string[];
  path: Path | null;
  /** The path's nodes and edges as sets, for the reducers. */
  onPath: { nodes: Set<string>; edges: Set<string> } | null;
  /**
   * On a graph too large to render smoothly, the part of it on show (the most-mentioned nodes,
   * grown by Expand and by choosing hidden nodes); null when everything is.
   */
  shown: Set<string> | null;
  /** Edges among the shown nodes, whatever the filters; 0 when shown is null. */
  shownEdges: number;
  /** Whether the user has added to the most-mentioned part the graph opened on. */
  shownGrown: boolean;
}

export type Change = 'hover' | 'select' | 'filters' | 'size' | 'path' | 'shown' | 'focus';

export interface View {
  graph: ContractGraph;
  /** Article texts for the reader, keyed by article id; empty when the graph came without them. */
  texts: Map<string, ArticleText>;
  timeline: Timeline;
  searchIndex: SearchIndex;
  /** Sizes for the current size mode (null: the graph's own, by mentions). */
  sizes(): Map<string, number> | null;
  /** Colours for the current colour mode (null: the graph's own, by type). */
  colors(): Map<string, string> | null;
  /** What the canvas writes beside a node (short for meetings). */
  canvasLabel(node: string): string;
  curvatures: Map<string, number>;
  state: ViewState;
  hover(node: string | null): void;
  select(node: string | null): void;
  selectEdge(edge: string | null): void;
  setFilters(change: Partial<Filters>): void;
  setSizeBy(sizeBy: SizeBy): void;
  setColorBy(colorBy: ColorBy): void;
  /** Adds an end to the path (the third pick starts a new one); null clears it. */
  pickPathEnd(node: string | null): void;
  /** Adds the node's neighbours to the focus (and to the shown part of a large graph). */
  expand(node: string): void;
  /** Takes back the neighbours Expand added for this node. */
  collapse(node: string): void;
  /** Opens the focus on this node alone, dropping what was expanded. */
  refocus(node: string): void;
  setFocus(change: Partial<Focus>): void;
  clearFocus(): void;
  /** Shows the whole graph. */
  showAll(): void;
  onChange(listener: (change: Change) => void): () => void;
}

export interface ViewOptions {
  /** Open a graph too large to render smoothly on its most-mentioned part (default true). */
  budget?: boolean;
}

export function createView(
  graph: ContractGraph,
  texts: Map<string, ArticleText>,
  filters = defaultFilters(),
  options: ViewOptions = {},
  focus: Focus = noFocus(),
): View {
  const timeline = indexTimeline(graph);
  const shown = (options.budget ?? true) && exceeds(graph) ? mostMentioned(graph) : null;
  const listeners = new Set<(change: Change) => void>();
  const emit = (change: Change) => listeners.forEach((listener) => listener(change));
  const state = initialState(graph, timeline, filters, shown, focus);
  const ops = stateChanges(graph, timeline, state, emit);
  const appearance = appearanceOf(graph, shown);
  const labels = new Map<string, string>();
  return {
    graph,
    texts,
    timeline,
    searchIndex: indexSearch(graph),
    sizes: () => (state.sizeBy === 'mentions' ? null : appearance.sizes(state.sizeBy)),
    colors: () => (state.colorBy === 'type' ? null : appearance.colors()),
    canvasLabel: (node) => {
      let label = labels.get(node);
      if (label === undefined) labels.set(node, (label = canvasLabel(graph, node)));
      return label;
    },
    curvatures: parallelCurvatures(graph),
    state,
    ...focusActions(graph, state, ops),
    ...displayActions(graph, state, ops, emit),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function initialState(graph: ContractGraph, timeline: Timeline, filters: Filters, shown: Set<string> | null, focus: Focus): ViewState {
  const filtered = computeVisible(graph, timeline, filters, shown);
  return {
    hovered: null,
    focus,
    selected: null,
    selectedEdge: null,
    filters,
    filtered,
    visible: narrow(graph, filtered, focus),
    sizeBy: 'mentions',
    colorBy: 'type',
    pathEnds: [],
    path: null,
    onPath: null,
    shown,
    shownEdges: shown ? countEdgesAmong(graph, shown) : 0,
    shownGrown: false,
  };
}

type StateChanges = ReturnType<typeof stateChanges>;

/** The changes the actions share: each recomputes what depends on it, then tells the listeners once. */
function stateChanges(graph: ContractGraph, timeline: Timeline, state: ViewState, emit: (change: Change) => void) {
  const recomputePath = () => {
    const [from, to] = state.pathEnds;
    state.path = from && to ? shortestPath(graph, state.visible, from, to) : null;
    state.onPath = state.path ? { nodes: new Set(state.path.nodes), edges: new Set(state.path.edges) } : null;
  };
  /** The drawn part follows the filters and the focus; the path follows what is drawn. */
  const recompute = (filtersChanged: boolean) => {
    if (filtersChanged) state.filtered = computeVisible(graph, timeline, state.filters, state.shown);
    state.visible = narrow(graph, state.filtered, state.focus);
    if (state.path || state.pathEnds.length === 2) recomputePath();
  };
  return {
    emit,
    recompute,
    recomputePath,
    setShown(next: Set<string> | null) {
      state.shownGrown = next !== null;
      state.shown = next;
      state.shownEdges = next ? countEdgesAmong(graph, next) : 0;
      recompute(true);
      emit('shown');
    },
    setRoots(roots: string[]) {
      state.focus = { ...state.focus, roots };
      recompute(false);
      emit('focus');
    },
  };
}

/** Selection, focus and the shown part of a large graph. */
function focusActions(graph: ContractGraph, state: ViewState, ops: StateChanges) {
  const { setShown, setRoots } = ops;
  return {
    select(node: string | null) {
      if (node !== null && !graph.hasNode(node)) node = null;
      // Choosing a node the large graph leaves out (from search, a relation, the chronology) brings it in with its neighbours.
      if (node !== null && state.shown && !state.shown.has(node)) setShown(withNeighbours(graph, state.shown, node));
      state.selected = node;
      state.selectedEdge = null;
      // A node inside the focus is looked at without moving the focus; any other opens a new one.
      // One change either way: a 'focus' change redraws the panels a 'select' change would.
      const roots = node === null ? [] : state.focus.hops > 0 && !(state.focus.roots.length && state.visible.nodes.has(node)) ? [node] : null;
      if (roots && (roots.length || state.focus.roots.length)) setRoots(roots);
      else ops.emit('select');
    },
    expand(node: string) {
      if (!graph.hasNode(node)) return;
      if (state.shown) setShown(withNeighbours(graph, state.shown, node));
      // Within a focus, Expand adds the node's neighbourhood to it; with no focus there is nothing to narrow.
      if (state.focus.roots.length && !state.focus.roots.includes(node)) setRoots([...state.focus.roots, node]);
    },
    collapse(node: string) {
      if (state.focus.roots.includes(node)) setRoots(state.focus.roots.filter((root) => root !== node));
    },
    refocus(node: string) {
      if (graph.hasNode(node)) setRoots([node]);
    },
    setFocus(change: Partial<Focus>) {
      state.focus = { ...state.focus, ...change, roots: (change.roots ?? state.focus.roots).filter((root) => graph.hasNode(root)) };
      if (state.focus.hops > 0 && state.focus.roots.length === 0 && state.selected) state.focus.roots = [state.selected];
      ops.recompute(false);
      ops.emit('focus');
    },
    clearFocus() {
      if (state.focus.roots.length) setRoots([]);
    },
    showAll() {
      if (state.shown) setShown(null);
    },
  };
}

/** Hover, filters, appearance and the path. */
function displayActions(graph: ContractGraph, state: ViewState, ops: StateChanges, emit: (change: Change) => void) {
  return {
    hover(node: string | null) {
      if (node !== null && !graph.hasNode(node)) node = null;
      state.hovered = node;
      emit('hover');
    },
    selectEdge(edge: string | null) {
      state.selectedEdge = edge !== null && graph.hasEdge(edge) ? edge : null;
      emit('select');
    },
    setFilters(change: Partial<Filters>) {
      state.filters = { ...state.filters, ...change };
      ops.recompute(true);
      emit('filters');
    },
    setSizeBy(sizeBy: SizeBy) {
      state.sizeBy = sizeBy;
      emit('size');
    },
    setColorBy(colorBy: ColorBy) {
      state.colorBy = colorBy;
      emit('size');
    },
    pickPathEnd(node: string | null) {
      if (node === null) state.pathEnds = [];
      else if (graph.hasNode(node)) state.pathEnds = state.pathEnds.length >= 2 ? [node] : [...state.pathEnds, node];
      ops.recomputePath();
      emit('path');
    },
  };
}

/**
 * Metric sizes and communities, each computed the first time it is asked for. A graph too large
 * to show whole gets them over the part it opened on: betweenness over 20,000 nodes would hold
 * the page for minutes.
 */
function appearanceOf(graph: ContractGraph, shown: Set<string> | null) {
  const sizes = new Map<SizeBy, Map<string, number>>();
  let colors: Map<string, string> | null = null;
  const part = shown ?? undefined;
  return {
    sizes(mode: Exclude<SizeBy, 'mentions'>): Map<string, number> {
      let found = sizes.get(mode);
      if (!found) sizes.set(mode, (found = metricSizes(graph, mode, part)));
      return found;
    },
    colors: () => (colors ??= communityColors(graph, part)),
  };
}
