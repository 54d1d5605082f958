// The headless half of the viewer: the state the reducers read, and the only code that
// changes it. Panels call these actions and re-render on change; the renderer refreshes
// without reindexing (DESIGN.md, sigma's use-reducers example).
import type { ContractGraph } from '../../graph/json.js';
import type { ArticleText } from '../../graph/types.js';
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
}

export type Change = 'hover' | 'select' | 'filters' | 'size' | 'path';

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
  onChange(listener: (change: Change) => void): () => void;
}

export function createView(graph: ContractGraph, texts: Map<string, ArticleText>, filters = defaultFilters()): View {
  const timeline = indexTimeline(graph);
  const listeners = new Set<(change: Change) => void>();
  const emit = (change: Change) => listeners.forEach((listener) => listener(change));
  const state: ViewState = {
    hovered: null,
    focus: new Set(),
    selected: null,
    filters,
    visible: computeVisible(graph, timeline, filters),
    sizeBy: 'mentions',
    pathEnds: [],
    path: null,
  };
  const recomputePath = () => {
    const [from, to] = state.pathEnds;
    state.path = from && to ? shortestPath(graph, state.visible, from, to) : null;
  };

  return {
    graph,
    texts,
    timeline,
    searchIndex: indexSearch(graph),
    degreeSizes: degreeSizes(graph),
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
      state.selected = node;
      emit('select');
    },
    setFilters(change) {
      state.filters = { ...state.filters, ...change };
      state.visible = computeVisible(graph, timeline, state.filters);
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
