import './style.css';
import { bindInteractions, focusCamera } from './controllers/interactions.js';
import { createLayoutControl, type LayoutControl } from './controllers/layout.js';
import { createRenderer, drawVisible, type Renderer } from './controllers/renderer.js';
import { createView, type View } from './controllers/view.js';
import { nodeTypeDef } from '../graph/registry.js';
import { fromHash, toHash } from './core/url-state.js';
import { byId } from './dom.js';
import { loadBundled, type Loaded } from './graph.js';
import { bindChronology } from './panels/chronology.js';
import { renderDetails } from './panels/details.js';
import { bindFilters } from './panels/filters.js';
import { renderCount, renderShownNotice, renderTitle } from './panels/header.js';
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
let hashTimer = 0;
/** The hash follows the view a moment later: not once per frame while the camera pans or the window is dragged. */
const HASH_DELAY_MS = 250;

function writeHashSoon(m: Mounted): void {
  clearTimeout(hashTimer);
  hashTimer = window.setTimeout(() => {
    if (mounted === m) writeHash(m);
  }, HASH_DELAY_MS);
}

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

/** Only what differs is changed: each change redraws the graph, which is not free on a large one. */
function applyHash(m: Mounted, hash: string): void {
  const wanted = fromHash(hash);
  const { state } = m.view;
  if (JSON.stringify(wanted.filters) !== JSON.stringify(state.filters)) m.view.setFilters(wanted.filters);
  if (wanted.sizeBy !== state.sizeBy) m.view.setSizeBy(wanted.sizeBy);
  if (wanted.selected !== state.selected) m.view.select(wanted.selected);
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
  const notice = byId('shown-notice');
  const select = (node: string | null) => {
    view.select(node);
    if (node) focusCamera(renderer, node);
  };
  const actions = {
    select,
    openArticle: (article: string, sentence?: number) => openArticle(view, article, sentence, select),
    pathEnd: (node: string) => view.pickPathEnd(node),
    expand: (node: string) => view.expand(node),
  };

  renderTitle(byId('title'), view);
  const filters = bindFilters(byId('filters'), view);
  const chronology = bindChronology(byId('chronology'), view, select);
  renderCount(count, view);
  renderShownNotice(notice, view);
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
    const shown = change === 'filters' || change === 'shown';
    if (shown) drawVisible(renderer, view);
    else renderer.refresh({ skipIndexation: true });
    if (shown) {
      renderCount(count, view);
      chronology.render();
    }
    if (change === 'filters' || change === 'size') filters.render();
    if (change === 'filters') {
      timebar.render();
    }
    if (change === 'shown') renderShownNotice(notice, view);
    if (change === 'select' || shown) renderDetails(details, view, actions);
    if (change === 'path' || shown) renderPath(pathPanel, view, select);
    if (change !== 'hover' && change !== 'shown') writeHashSoon(m);
  });
  signal.addEventListener('abort', unsubscribe);
  renderer.getCamera().on('updated', () => writeHashSoon(m));

  applyHash(m, hash);
  window.__newsgraph = { sigma: renderer, view, graph: view.graph };
  return m;
}

function openArticle(view: View, article: string, sentence: number | undefined, select: (node: string) => void): void {
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
byId('show-all').addEventListener('click', () => mounted?.view.showAll());
