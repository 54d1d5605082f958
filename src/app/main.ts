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
import { hiddenNeighbours } from './core/budget.js';
import { apiBase, connectRemote, type Remote } from './io/remote.js';

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
/** Set when the page was served with the graph API (`newsgraph serve`): the graph is opened a piece at a time. */
let remote: Remote | null = null;
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
    // A node the page does not hold yet (a search result, a neighbour's neighbour) comes from the server.
    if (node && remote && !view.graph.hasNode(node)) return void openRemote(node);
    view.select(node);
    if (node) focusCamera(renderer, node);
  };
  const actions = {
    select,
    openArticle: (article: string, sentence?: number) => void openArticle(view, article, sentence, select),
    pathEnd: (node: string) => view.pickPathEnd(node),
    expand: (node: string) => (remote ? void openRemote(node) : view.expand(node)),
    hidden: (node: string) => (remote ? remote.hidden(node) : hiddenNeighbours(view.graph, view.state.shown, node)),
    // Against the server, the articles whose sentences a relation cites are fetched when it is opened.
    loadArticles: async (ids: string[]) => {
      if (remote) await Promise.all(ids.map((id) => remote!.article(id)));
    },
  };

  renderTitle(byId('title'), view);
  const filters = bindFilters(byId('filters'), view);
  const chronology = bindChronology(byId('chronology'), view, select);
  renderCount(count, view);
  if (remote) renderRemoteNotice(notice, remote);
  else renderShownNotice(notice, view);
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
  bindSearch(byId<HTMLInputElement>('search'), byId('suggestions'), view, select, signal, remote?.search);
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
    if (change === 'shown' && !remote) renderShownNotice(notice, view);
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

async function openArticle(view: View, article: string, sentence: number | undefined, select: (node: string) => void): Promise<void> {
  if (remote) await remote.article(article);
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

/** Brings a node and its neighbourhood from the server, then shows it selected. */
async function openRemote(node: string): Promise<void> {
  if (!remote) return;
  await remote.open(node);
  const m = mount({ graph: remote.graph, texts: remote.texts, name: 'database' });
  m.view.select(node);
  focusCamera(m.renderer, node);
}

function renderRemoteNotice(target: HTMLElement, server: Remote): void {
  const { nodes, edges } = server.info;
  const held = server.graph.order;
  target.hidden = false;
  target.querySelector('.shown-text')!.textContent =
    `${held ? `Showing ${held.toLocaleString('en-US')} of` : 'The database holds'} ${nodes.toLocaleString('en-US')} nodes and ${edges.toLocaleString('en-US')} edges. ` +
    (held ? 'Select a node and choose Expand to add its neighbours.' : 'Search for a name to open its neighbourhood.');
  byId('show-all').hidden = true;
}

const base = apiBase();
if (base) {
  remote = await connectRemote(base);
  mount({ graph: remote.graph, texts: remote.texts, name: 'database' });
} else {
  mount(loadBundled(), location.hash);
}
bindIo({ current: () => mounted, show: (loaded) => mount(loaded) });
byId('show-all').addEventListener('click', () => mounted?.view.showAll());
