import './style.css';
import { bindInteractions, focusCamera } from './controllers/interactions.js';
import { createLayoutControl, type LayoutControl } from './controllers/layout.js';
import { createRenderer, type Renderer } from './controllers/renderer.js';
import { createView, type View } from './controllers/view.js';
import { fromHash, toHash } from './core/url-state.js';
import { byId } from './dom.js';
import { loadBundled, type Loaded } from './graph.js';
import { renderDetails } from './panels/details.js';
import { renderFilters } from './panels/filters.js';
import { renderCount, renderTitle } from './panels/header.js';
import { renderPath } from './panels/path.js';
import { bindSearch } from './panels/search.js';
import { bindTimebar } from './panels/timebar.js';

declare global {
  interface Window {
    /** Handles for the browser tests and for poking at the graph from the console. */
    __newsgraph?: { sigma: Renderer; view: View; graph: View['graph'] };
  }
}

interface Mounted {
  view: View;
  renderer: Renderer;
  layout: LayoutControl;
  controller: AbortController;
}

let mounted: Mounted | null = null;
let lastHash = '';

function writeHash(m: Mounted): void {
  const camera = m.renderer.getCamera().getState();
  const hash = toHash({
    selected: m.view.state.selected,
    filters: m.view.state.filters,
    sizeBy: m.view.state.sizeBy,
    camera: { x: camera.x, y: camera.y, ratio: camera.ratio },
  });
  if (hash === lastHash) return;
  lastHash = hash;
  history.replaceState(null, '', hash || location.pathname + location.search);
}

function applyHash(m: Mounted, hash: string): void {
  const wanted = fromHash(hash);
  m.view.setFilters(wanted.filters);
  m.view.setSizeBy(wanted.sizeBy);
  m.view.select(wanted.selected);
  if (wanted.camera) m.renderer.getCamera().setState(wanted.camera);
}

/** Shows a graph: everything that depended on the previous one is torn down first. */
export function mount(loaded: Loaded, hash = ''): Mounted {
  if (mounted) {
    mounted.controller.abort();
    mounted.layout.kill();
    mounted.renderer.kill();
  }
  const controller = new AbortController();
  const { signal } = controller;
  const view = createView(loaded.graph, loaded.texts);
  const renderer = createRenderer(byId('graph'), view);
  const layout = createLayoutControl(loaded.graph);
  const m: Mounted = { view, renderer, layout, controller };
  mounted = m;

  const details = byId('details');
  const pathPanel = byId('path');
  const count = byId('visible-count');
  const filters = byId('filters');
  const select = (node: string | null) => {
    view.select(node);
    if (node) focusCamera(renderer, node);
  };
  const actions = {
    select,
    openArticle: (article: string, sentence?: string) => openArticle(view, article, sentence, select),
    pathEnd: (node: string) => view.pickPathEnd(node),
  };

  renderTitle(byId('title'), view);
  renderFilters(filters, view);
  renderCount(count, view);
  renderDetails(details, view, actions);
  renderPath(pathPanel, view, select);
  bindInteractions(renderer, view, signal);
  bindSearch(byId<HTMLInputElement>('search'), byId('suggestions'), view, select, signal);
  const timebar = bindTimebar(byId('timebar'), view, signal);

  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  layoutButton.setAttribute('aria-pressed', 'false');
  layoutButton.textContent = 'Run layout';
  layoutButton.addEventListener(
    'click',
    () => {
      const running = layout.toggle();
      layoutButton.setAttribute('aria-pressed', String(running));
      layoutButton.textContent = running ? 'Stop layout' : 'Run layout';
    },
    { signal },
  );

  const unsubscribe = view.onChange((change) => {
    renderer.refresh({ skipIndexation: true });
    if (change === 'filters') {
      renderCount(count, view);
      renderFilters(filters, view);
      timebar.render();
    }
    if (change === 'select' || change === 'filters') renderDetails(details, view, actions);
    if (change === 'path' || change === 'filters') renderPath(pathPanel, view, select);
    if (change !== 'hover') writeHash(m);
  });
  signal.addEventListener('abort', unsubscribe);
  renderer.getCamera().on('updated', () => writeHash(m));

  applyHash(m, hash);
  window.__newsgraph = { sigma: renderer, view, graph: view.graph };
  return m;
}

function openArticle(view: View, article: string, sentence: string | undefined, select: (node: string) => void): void {
  void view;
  void article;
  void sentence;
  void select;
}

window.addEventListener('hashchange', () => {
  if (mounted && location.hash !== lastHash) applyHash(mounted, location.hash);
});

mount(loadBundled(), location.hash);
