// The headless half of the viewer: the state the reducers read, and the only code that
// changes it. Panels call these actions and re-render on change; the renderer refreshes
// without reindexing (DESIGN.md, sigma's use-reducers example).
import type { ContractGraph } from '../../graph/json.js';
import type { ArticleText } from '../../graph/types.js';
import { countEdgesAmong, exceeds, mostMentioned, withNeighbours } from '../core/budget.js';
import { degreeSizes, parallelCurvatures } from '../core/display.js';
import { computeVisible, defaultFilters, type Filters, type Visible } from '../core/filters.js';
import { shortestPath, type Path } from '../core/path.js';
import { indexSearch, type SearchIndex } from '../core/search.js';
import { indexTimeline, type Timeline } from '../core/timeline.js';
import type { SizeBy } from '../core/url-state.js';

export interface ViewState {
  hovered: string | null;
  /** The hovered node and its neighbours, computed once per hover so each reducer call is a lookup. */
  focus: Set<string>;
  selected: string | null;
  filters: Filters;
  visible: Visible;
  sizeBy: SizeBy;
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

export type Change = 'hover' | 'select' | 'filters' | 'size' | 'path' | 'shown';

export interface View {
  graph: ContractGraph;
  /** Article texts for the reader, keyed by article id; empty when the graph came without them. */
  texts: Map<string, ArticleText>;
  timeline: Timeline;
  searchIndex: SearchIndex;
  degreeSizes: Map<string, number>;
  curvatures: Map<string, number>;
  state: ViewState;
  hover(node: string | null): void;
  select(node: string | null): void;
  setFilters(change: Partial<Filters>): void;
  setSizeBy(sizeBy: SizeBy): void;
  /** Adds an end to the path (the third pick starts a new one); null clears it. */
  pickPathEnd(node: string | null): void;
  /** Adds the node's neighbours to the shown part of a large graph. */
  expand(node: string): void;
  /** Shows the whole graph. */
  showAll(): void;
  onChange(listener: (change: Change) => void): () => void;
}

export interface ViewOptions {
  /** Open a graph too large to render smoothly on its most-mentioned part (default true). */
  budget?: boolean;
}

export function createView(graph: ContractGraph, texts: Map<string, ArticleText>, filters = defaultFilters(), options: ViewOptions = {}): View {
  const timeline = indexTimeline(graph);
  const shown = (options.budget ?? true) && exceeds(graph) ? mostMentioned(graph) : null;
  const listeners = new Set<(change: Change) => void>();
  const emit = (change: Change) => listeners.forEach((listener) => listener(change));
  const state: ViewState = {
    hovered: null,
    focus: new Set(),
    selected: null,
    filters,
    visible: computeVisible(graph, timeline, filters, shown),
    sizeBy: 'mentions',
    pathEnds: [],
    path: null,
    onPath: null,
    shown,
    shownEdges: shown ? countEdgesAmong(graph, shown) : 0,
    shownGrown: false,
  };
  const recomputePath = () => {
    const [from, to] = state.pathEnds;
    state.path = from && to ? shortestPath(graph, state.visible, from, to) : null;
    state.onPath = state.path ? { nodes: new Set(state.path.nodes), edges: new Set(state.path.edges) } : null;
  };
  const setShown = (next: Set<string> | null) => {
    state.shownGrown = next !== null;
    state.shown = next;
    state.shownEdges = next ? countEdgesAmong(graph, next) : 0;
    state.visible = computeVisible(graph, timeline, state.filters, next);
    if (state.path || state.pathEnds.length === 2) recomputePath();
    emit('shown');
  };

  return {
    graph,
    texts,
    timeline,
    searchIndex: indexSearch(graph),
    // Only needed once the user sizes by connections.
    get degreeSizes() {
      const sizes = degreeSizes(graph);
      Object.defineProperty(this, 'degreeSizes', { value: sizes });
      return sizes;
    },
    curvatures: parallelCurvatures(graph),
    state,
    hover(node) {
      if (node !== null && !graph.hasNode(node)) node = null;
      state.hovered = node;
      state.focus = node === null ? new Set() : new Set([node, ...graph.neighbors(node)]);
      emit('hover');
    },
    select(node) {
      if (node !== null && !graph.hasNode(node)) node = null;
      // Choosing a node the large graph leaves out (from search, a relation, the chronology) brings it in with its neighbours.
      if (node !== null && state.shown && !state.shown.has(node)) setShown(withNeighbours(graph, state.shown, node));
      state.selected = node;
      emit('select');
    },
    expand(node) {
      if (state.shown && graph.hasNode(node)) setShown(withNeighbours(graph, state.shown, node));
    },
    showAll() {
      if (state.shown) setShown(null);
    },
    setFilters(change) {
      state.filters = { ...state.filters, ...change };
      state.visible = computeVisible(graph, timeline, state.filters, state.shown);
      if (state.path) recomputePath();
      emit('filters');
    },
    setSizeBy(sizeBy) {
      state.sizeBy = sizeBy;
      emit('size');
    },
    pickPathEnd(node) {
      if (node === null) state.pathEnds = [];
      else if (graph.hasNode(node)) state.pathEnds = state.pathEnds.length >= 2 ? [node] : [...state.pathEnds, node];
      recomputePath();
      emit('path');
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
