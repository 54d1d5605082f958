import './style.css';
import { bindInteractions, focusCamera } from './controllers/interactions.js';
import { createLayoutControl, type LayoutControl } from './controllers/layout.js';
import { createRenderer, type Renderer } from './controllers/renderer.js';
import { createView, type View } from './controllers/view.js';
import { nodeTypeDef } from '../graph/registry.js';
import { fromHash, toHash } from './core/url-state.js';
import { byId } from './dom.js';
import { loadBundled, type Loaded } from './graph.js';
import { renderChronology } from './panels/chronology.js';
import { renderDetails } from './panels/details.js';
import { renderFilters } from './panels/filters.js';
import { renderCount, renderTitle } from './panels/header.js';
import { bindIo } from './panels/io.js';
import { renderPath } from './panels/path.js';
import { renderReader } from './panels/reader.js';
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
    closeReader();
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
  const chronology = byId('chronology');
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
  renderChronology(chronology, view, select);
  renderCount(count, view);
  renderDetails(details, view, actions);
  renderPath(pathPanel, view, select);
  // Escape closes the article first, and only then clears the selection.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || byId('reader').hidden) return;
      closeReader();
      event.stopImmediatePropagation();
    },
    { signal, capture: true },
  );
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
      renderChronology(chronology, view, select);
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
  const meta = view.graph.getAttribute('articles').find((a) => a.id === article);
  const reader = byId('reader');
  if (!meta) return;
  renderReader(reader, {
    meta,
    text: view.texts.get(article),
    focusSentence: sentence,
    typeOf: (node) => (view.graph.hasNode(node) ? view.graph.getNodeAttribute(node, 'type') : undefined),
    colorOf: (type) => nodeTypeDef(type).color,
    onNode: select,
    onClose: () => closeReader(),
  });
}

function closeReader(): void {
  const reader = byId('reader');
  reader.hidden = true;
  reader.replaceChildren();
}

window.addEventListener('hashchange', () => {
  if (mounted && location.hash !== lastHash) applyHash(mounted, location.hash);
});

mount(loadBundled(), location.hash);
bindIo({ current: () => mounted, show: (loaded) => mount(loaded) });
