import './style.css';
import { bindInteractions } from './controllers/interactions.js';
import { createRenderer, type Renderer } from './controllers/renderer.js';
import { byId } from './dom.js';
import { loadGraph, type NewsGraph } from './graph.js';
import { renderDetails } from './panels/details.js';
import { renderCount, renderLegend, renderTitle } from './panels/header.js';
import { createViewState } from './state.js';

declare global {
  interface Window {
    /** Handles for the browser tests and for poking at the graph from the console. */
    __newsgraph?: { sigma: Renderer; graph: NewsGraph };
  }
}

const graph = loadGraph();
const state = createViewState();
const renderer = createRenderer(byId('graph'), graph, state);

renderTitle(byId('title'), graph);
renderLegend(byId('legend'), graph);
renderCount(byId('visible-count'), graph.order, graph.size);

const detailsPanel = byId('details');
const { select } = bindInteractions(renderer, graph, state, (node) =>
  renderDetails(detailsPanel, graph, node, () => select(null)),
);

window.__newsgraph = { sigma: renderer, graph };
