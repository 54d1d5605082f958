import './style.css';
import { fitShown } from './controllers/camera.js';
import { bindInteractions, focusCamera } from './controllers/interactions.js';
import { createHoverLayer, type Hover, type HoverLayer } from './controllers/hover-layer.js';
import { createLayoutControl, type LayoutControl } from './controllers/layout.js';
import type { DrawnLabel } from './controllers/labels.js';
import { createRenderer, drawVisible, labelsDrawn, type Renderer } from './controllers/renderer.js';
import { createView, type View } from './controllers/view.js';
import { nodeTypeDef } from '../graph/registry.js';
import { openingView } from './core/filters.js';
import { fromHash, toHash } from './core/url-state.js';
import Graph from 'graphology';
import { byId } from './dom.js';
import { keep, keepCorrections, newId, recall, recallCorrections } from './io/store.js';
import { lang, setLang, t, type StringKey } from './i18n/strings.js';
import { loadBundled, type Loaded } from './graph.js';
import { bindCanvasTools } from './panels/canvas-tools.js';
import { bindChronology } from './panels/chronology.js';
import { renderDetails } from './panels/details.js';
import { bindFilters } from './panels/filters.js';
import { renderCount, renderShownNotice, renderTitle } from './panels/header.js';
import { bindIo, download, showMessage } from './panels/io.js';
import { renderCurationBar, type Asked, type CurationHooks } from './panels/curation.js';
import { applyCorrections, correctionsJson, describeCorrection, parseCorrections, type Correction } from '../graph/corrections.js';
import { bindMeetings, type MeetingsPanel } from './panels/meetings.js';
import { bindPage } from './panels/page.js';
import { renderPath } from './panels/path.js';
import { renderReader } from './panels/reader.js';
import { bindSearch } from './panels/search.js';
import { bindTimebar } from './panels/timebar.js';
import { hiddenNeighbours } from './core/budget.js';
import { apiBase, connectRemote, type Remote } from './io/remote.js';

declare global {
  interface Window {
    /** Handles for the browser tests and for poking at the graph from the console. */
    __newsgraph?: {
      sigma: Renderer;
      view: View;
      graph: View['graph'];
      labels(): DrawnLabel[];
      /** What the hover layer drew last. */
      hovered: HoverLayer['drawn'];
    };
  }
}

interface Mounted {
  view: View;
  renderer: Renderer;
  layout: LayoutControl;
  controller: AbortController;
  loaded: Loaded;
  meetings?: MeetingsPanel;
  /** While a link is applied: the camera is set once at the end, not framed at every step. */
  applying?: boolean;
}

let mounted: Mounted | null = null;
const page = bindPage();
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
    colorBy: m.view.state.colorBy,
    focus: m.view.state.focus,
    lang: lang(),
    data: curated.id,
    camera: { x: camera.x, y: camera.y, ratio: camera.ratio },
  });
  if (hash === lastHash) return;
  lastHash = hash;
  history.replaceState(null, '', hash || location.pathname + location.search);
}

/** Only what differs is changed: each change redraws the graph, which is not free on a large one. */
function applyHash(m: Mounted, hash: string): void {
  m.applying = true;
  const wanted = fromHash(hash);
  // A link that names only the data (and the language) opens on the graph's opening view.
  if (/^#?(?:(?:data|lang)=[^&]*&?)*$/.test(hash)) {
    // No link: the graph's opening view (core/filters.ts says why a big corpus opens on its typed relations).
    const opening = openingView(m.view.graph);
    wanted.filters = opening.filters;
    wanted.focus.hideIsolated = opening.hideIsolated;
  }
  const { state } = m.view;
  if (JSON.stringify(wanted.filters) !== JSON.stringify(state.filters)) m.view.setFilters(wanted.filters);
  if (wanted.sizeBy !== state.sizeBy) m.view.setSizeBy(wanted.sizeBy);
  if (wanted.colorBy !== state.colorBy) m.view.setColorBy(wanted.colorBy);
  if (wanted.selected !== state.selected) m.view.select(wanted.selected);
  if (JSON.stringify(wanted.focus) !== JSON.stringify(state.focus)) m.view.setFocus(wanted.focus);
  m.applying = false;
  // A link's camera wins over the framing its selection and filters would ask for.
  if (wanted.camera) m.renderer.getCamera().setState(wanted.camera);
  else fitShown(m.renderer, false);
}

/** Shows a graph: everything that depended on the previous one is torn down first. */
/** The header's words in the page's language. */
function renderStatic(): void {
  const text: [string, StringKey][] = [
    ['toggle-left', 'filters'],
    ['toggle-meetings', 'whoMet'],
    ['toggle-right', 'details'],
    ['layout-toggle', 'runLayout'],
    ['open-button', 'open'],
    ['export-button', 'export'],
    ['lang-switch', 'language'],
    ['bundled', 'bundled'],
    ['details-hint', 'detailsHint'],
  ];
  for (const [id, key] of text) byId(id).textContent = t(key);
  byId('lang-switch').lang = lang() === 'en' ? 'id' : 'en';
  byId<HTMLInputElement>('search').placeholder = t('search');
}

/** What the panels may ask of the view: selecting (from the server when the page lacks the node), focus, curation. */
function panelActions(view: View, renderer: Renderer) {
  const select = (node: string | null) => {
    // A node the page does not hold yet (a search result, a neighbour's neighbour) comes from the server.
    if (node && remote && !view.graph.hasNode(node)) return void openRemote(node);
    view.select(node);
    // With focus on, the camera frames the focus instead (on its 'focus' change).
    if (node && view.state.focus.hops === 0) focusCamera(renderer, node);
    if (node && page.isPhone()) page.show('right', true);
  };
  return {
    select,
    openArticle: (article: string, sentence?: number) => {
      void openArticle(view, article, sentence, select);
      page.show('right', true);
    },
    pathEnd: (node: string) => view.pickPathEnd(node),
    expand: (node: string) => (remote ? void openRemote(node) : view.expand(node)),
    hidden: (node: string) => (remote ? remote.hidden(node) : hiddenNeighbours(view.graph, view.state.shown, node)),
    collapse: (node: string) => view.collapse(node),
    refocus: (node: string) => view.refocus(node),
    correct: (correction: Asked) => correct(correction),
    // Against the server, the articles whose sentences a relation cites are fetched when it is opened.
    loadArticles: async (ids: string[]) => {
      if (remote) await Promise.all(ids.map((id) => remote!.article(id)));
    },
  };
}

/** Escape closes the article first, and only then clears the selection. */
function bindEscapeToReader(signal: AbortSignal): void {
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || byId('reader').hidden) return;
      closeReader();
      event.stopImmediatePropagation();
    },
    { signal, capture: true },
  );
}

function bindLayoutButton(layout: LayoutControl, signal: AbortSignal): void {
  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  layoutButton.setAttribute('aria-pressed', 'false');
  layoutButton.textContent = t('runLayout');
  layoutButton.addEventListener(
    'click',
    () => {
      const running = layout.toggle();
      layoutButton.setAttribute('aria-pressed', String(running));
      layoutButton.textContent = running ? t('stopLayout') : t('runLayout');
    },
    { signal },
  );
}

export function mount(loaded: Loaded, hash = ''): Mounted {
  if (hash) setLang(fromHash(hash).lang);
  renderStatic();
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
  const hoverLayer = createHoverLayer(renderer, () => hoverOf(view));
  const layout = createLayoutControl(() => renderer.getGraph());
  const m: Mounted = { view, renderer, layout, controller, loaded };
  mounted = m;

  const details = byId('details');
  const pathPanel = byId('path');
  const count = byId('visible-count');
  const notice = byId('shown-notice');
  const actions = panelActions(view, renderer);
  const { select } = actions;

  renderTitle(byId('title'), view);
  const filters = bindFilters(byId('filters'), view);
  const chronology = bindChronology(byId('chronology'), view, select);
  renderCount(count, view);
  if (remote) renderRemoteNotice(notice, remote);
  else renderShownNotice(notice, view);
  renderDetails(details, view, actions);
  renderPath(pathPanel, view, select);
  renderCurationBar(byId('curation-bar'), curationHooks);
  const tools = bindCanvasTools(byId('canvas-tools'), view, renderer);
  const meetings = bindMeetings(byId('meetings'), view, select);
  m.meetings = meetings;
  meetings.render();
  bindEscapeToReader(signal);
  bindInteractions(renderer, view, signal);
  bindSearch(byId<HTMLInputElement>('search'), byId('suggestions'), view, select, signal, remote?.search);
  const timebar = bindTimebar(byId('timebar'), view, signal);

  bindLayoutButton(layout, signal);

  // The camera frames what is shown when the focus or a type or relation filter changes; not when
  // the date window moves, where a camera jumping at every step would lose the user.
  let framedFilters = JSON.stringify({ ...view.state.filters, window: null });
  const unsubscribe = view.onChange((change) => {
    const shown = change === 'filters' || change === 'shown' || change === 'focus';
    // A hover is drawn over the graph, which stays as it is (controllers/hover-layer.ts).
    if (change === 'hover') hoverLayer.update();
    else if (shown) {
      drawVisible(renderer, view);
      layout.follow();
    } else renderer.refresh({ skipIndexation: true });
    if (shown) {
      renderCount(count, view);
      chronology.render();
      tools.render();
    }
    if (change === 'filters' || change === 'size') filters.render();
    if (change === 'filters') {
      timebar.render();
      const next = JSON.stringify({ ...view.state.filters, window: null });
      if (next !== framedFilters && !m.applying) fitShown(renderer);
      framedFilters = next;
    }
    if (change === 'focus' && !m.applying) fitShown(renderer);
    if (change === 'shown' && !remote) renderShownNotice(notice, view);
    if (change === 'select' || change === 'filters' || change === 'focus') meetings.render();
    if (change === 'select' || shown) renderDetails(details, view, actions);
    if (change === 'path' || shown) renderPath(pathPanel, view, select);
    if (change !== 'hover' && change !== 'shown') writeHashSoon(m);
  });
  signal.addEventListener('abort', unsubscribe);
  renderer.getCamera().on('updated', () => writeHashSoon(m));

  applyHash(m, hash);
  // The link names what is shown now, even when nothing in the view changes (back to the bundled graph).
  writeHashSoon(m);
  window.__newsgraph = { sigma: renderer, view, graph: view.graph, labels: labelsDrawn, hovered: hoverLayer.drawn };
  return m;
}

/** The hover to draw: the hovered node, and the edges the reducers mark (the path's, a clicked edge). */
function hoverOf(view: View): Hover | null {
  const { hovered, onPath, selectedEdge } = view.state;
  if (hovered === null) return null;
  const marked = new Set(onPath?.edges);
  if (selectedEdge !== null) marked.add(selectedEdge);
  return { node: hovered, marked };
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

// The canvas takes the room a collapsed panel gives back (sigma itself only follows the window).
page.onResize(() => mounted?.meetings?.render());
new ResizeObserver(() => {
  if (!mounted) return;
  mounted.renderer.resize();
  mounted.renderer.refresh({ skipIndexation: true });
}).observe(byId('graph'));

// ---------------------------------------------------------------- curation

/**
 * The graph as opened, and the corrections made to it since; what is shown is the one applied to
 * the other. `id` names it in this browser's store (null: the bundled graph, which is not kept).
 */
let curated: { base: Loaded; corrections: Correction[]; id: string | null } = { base: loadBundled(), corrections: [], id: null };
const bundled = curated.base;

/** Mounts the opened graph with the corrections applied, keeping the view; says which could not be applied. */
function showCorrected(select?: string | null): void {
  const graph = curated.base.graph.copy() as Loaded['graph'];
  const { skipped } = applyCorrections(graph, curated.corrections);
  if (mounted) writeHash(mounted);
  const wanted = fromHash(location.hash);
  if (select !== undefined) wanted.selected = select;
  wanted.focus.roots = wanted.focus.roots.filter((root) => graph.hasNode(root));
  mount({ ...curated.base, graph }, toHash(wanted) || '#');
  if (skipped.length) {
    showMessage('notice', `${skipped.length} correction${skipped.length === 1 ? '' : 's'} could not be applied to this graph:`, skipped.map((s) => `${s.index + 1}. ${describeCorrection(s.correction)}: ${s.reason}`));
  }
}

/** Where the node the user was looking at went. */
const afterCorrection = (c: Correction): string | null =>
  c.op === 'merge' ? c.into : c.op === 'rename' ? c.key : c.op === 'retype' ? `${c.type}:${c.key.slice(c.key.indexOf(':') + 1)}` : null;

function setCorrections(corrections: Correction[]): void {
  curated.corrections = corrections;
  if (curated.id) keepCorrections(curated.id, corrections).catch(keptNot);
}

function correct(asked: Asked): void {
  const correction = { ...asked, at: new Date().toISOString() } as Correction;
  setCorrections([...curated.corrections, correction]);
  showCorrected(afterCorrection(correction));
}

const curationHooks: CurationHooks = {
  corrections: () => curated.corrections,
  undo() {
    const last = curated.corrections[curated.corrections.length - 1];
    if (!last) return;
    setCorrections(curated.corrections.slice(0, -1));
    showCorrected(last.key);
  },
  save() {
    download(new Blob([correctionsJson(curated.corrections)], { type: 'application/json;charset=utf-8' }), 'corrections.json');
  },
  async load(file) {
    try {
      setCorrections(parseCorrections(await file.text(), file.name));
      showCorrected();
    } catch (error) {
      showMessage('error', (error as Error).message);
    }
  },
};

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

// ---------------------------------------------------------------- kept in the browser

const keptNot = (error: unknown) =>
  showMessage('notice', `The graph is shown but could not be kept in this browser, so a reload will not bring it back: ${(error as Error).message}`);

function renderBundledButton(): void {
  byId('bundled').hidden = curated.id === null;
}

/** A newly opened graph starts with no corrections, and is kept so that a reload or a link shows it again. */
function showOpened(loaded: Loaded): void {
  const id = newId();
  curated = { base: loaded, corrections: [], id };
  mount(loaded, `#data=${id}${lang() === 'en' ? '' : `&lang=${lang()}`}`);
  renderBundledButton();
  keep({ id, name: loaded.name, graph: loaded.graph.export(), texts: [...loaded.texts.values()], saved: new Date().toISOString() }).catch(keptNot);
}

function showBundled(): void {
  curated = { base: bundled, corrections: [], id: null };
  mount(bundled, lang() === 'en' ? '' : `#lang=${lang()}`);
  renderBundledButton();
}

/** Opens on what the link points at: the server's graph API, a graph kept in this browser, or the bundled one. */
async function start(): Promise<void> {
  const base = apiBase();
  if (base) {
    remote = await connectRemote(base);
    mount({ graph: remote.graph, texts: remote.texts, name: 'database' });
    return;
  }
  const { data } = fromHash(location.hash);
  const kept = data ? await recall(data).catch(() => null) : null;
  if (data && !kept) {
    mount(bundled, '');
    showMessage('notice', 'The graph this link points at is not kept in this browser (opened elsewhere, or the browser data was cleared): showing the bundled graph.');
    return;
  }
  if (kept) {
    curated = {
      base: { graph: Graph.from(kept.graph) as Loaded['graph'], texts: new Map(kept.texts.map((t) => [t.id, t])), name: kept.name },
      corrections: await recallCorrections(kept.id).catch(() => []),
      id: kept.id,
    };
    if (curated.corrections.length) showCorrected();
    else mount(curated.base, location.hash);
  } else mount(bundled, location.hash);
  renderBundledButton();
}

byId('bundled').addEventListener('click', showBundled);
bindIo({ current: () => mounted, show: showOpened });
void start();
byId('show-all').addEventListener('click', () => mounted?.view.showAll());
// The page in the other language: every panel is built again in it, the view kept.
byId('lang-switch').addEventListener('click', () => {
  if (!mounted) return;
  writeHash(mounted);
  setLang(lang() === 'en' ? 'id' : 'en');
  const hash = toHash({ ...fromHash(location.hash), lang: lang() });
  mount(mounted.loaded, hash || '#lang=en');
  writeHash(mounted!);
});
