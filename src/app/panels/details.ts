// The selected node: what it is, where it was read, and each relation with the sentences behind it.
import { EDGE_TYPES, nodeTypeDef } from '../../graph/registry.js';
import { dateSpan } from '../../graph/days.js';
import type { ArticleMeta, EdgeType, Evidence, NodeAttributes } from '../../graph/types.js';
import type { View } from '../controllers/view.js';
import { evidenceSentence } from '../core/evidence.js';
import { roleIn } from '../i18n/roles.js';
import { curationForm, type Asked } from './curation.js';
import { lang, t } from '../i18n/strings.js';
import { button, clipped, el, expandable, highlighted, truncate } from '../dom.js';

export interface DetailsActions {
  select(node: string | null): void;
  openArticle(article: string, sentence?: number): void;
  /** Makes sure these articles' texts are held (the evidence sentences are read from them). */
  loadArticles?(ids: string[]): Promise<void>;
}

const MAX_RELATIONS_PER_TYPE = 40;
/** Evidence sentences shown at first, and characters of each; the rest is one click away. */
const MAX_EVIDENCE = 100;
const MAX_SENTENCE = 600;

function row(list: HTMLDListElement, term: string, value: string | HTMLElement, max = 200): void {
  const dd = typeof value === 'string' ? clipped('dd', value, max) : el('dd');
  if (typeof value !== 'string') dd.append(value);
  list.append(el('dt', term), dd);
}

// Every part comes from the file, so every part is cut.
const articleLine = (meta: ArticleMeta | undefined, id: string) =>
  meta ? [truncate(meta.title, 90), truncate(meta.source, 40), truncate(meta.published, 20)].filter(Boolean).join(' · ') : truncate(id, 90);

function evidenceList(view: View, evidence: Evidence[], names: string[], actions: DetailsActions): HTMLElement {
  const articles = new Map(view.graph.getAttribute('articles').map((a) => [a.id, a]));
  const list = el('ol', undefined, 'evidence');
  const add = (items: Evidence[]) => {
    for (const item of items) {
      const li = el('li');
      const text = evidenceSentence(view, item);
      // The sentence's text is in articles.json; a graph opened without it still shows where to read.
      const quote = text === undefined ? el('q', `Sentence ${item.sentence + 1} of this article (open the graph with its articles.json to read it)`, 'unresolved') : el('q');
      if (text !== undefined) quote.append(...expandable(text, MAX_SENTENCE, (shown) => highlighted(shown, names)));
      const source = button(`${articleLine(articles.get(item.article), item.article)}${item.date ? ` · holds for ${truncate(item.date, 20)}` : ''}`, () =>
        actions.openArticle(item.article, item.sentence),
      'source');
      source.title = `Open the article: ${truncate(articles.get(item.article)?.title ?? item.article, 400)}`;
      li.append(quote, source);
      list.append(li);
    }
  };
  add(evidence.slice(0, MAX_EVIDENCE));
  if (evidence.length > MAX_EVIDENCE) {
    const rest = button(`Show ${evidence.length - MAX_EVIDENCE} more sentences`, () => {
      rest.remove();
      add(evidence.slice(MAX_EVIDENCE));
    }, 'more');
    const wrapper = el('div');
    wrapper.append(list, rest);
    return wrapper;
  }
  return list;
}

function relations(view: View, node: string, actions: DetailsActions): HTMLElement {
  const { graph } = view;
  const groups = new Map<EdgeType, string[]>();
  graph.forEachEdge(node, (edge, attrs) => {
    const list = groups.get(attrs.type) ?? [];
    list.push(edge);
    groups.set(attrs.type, list);
  });
  const section = el('section', undefined, 'relations');
  for (const def of EDGE_TYPES) {
    const edges = groups.get(def.id);
    if (!edges) continue;
    edges.sort((a, b) => graph.getEdgeAttribute(b, 'weight') - graph.getEdgeAttribute(a, 'weight') || (a < b ? -1 : 1));
    const group = el('div', undefined, 'relation-group');
    group.dataset.type = def.id;
    group.append(el('h3', `${def.label[lang()]} (${edges.length})`));
    const list = el('ul');
    for (const edge of edges.slice(0, MAX_RELATIONS_PER_TYPE)) {
      const attrs = graph.getEdgeAttributes(edge);
      const other = graph.opposite(node, edge);
      const otherAttrs = graph.getNodeAttributes(other);
      const li = el('li', undefined, view.state.visible.edges.has(edge) ? undefined : 'filtered-out');
      const arrow = def.directed ? (graph.source(edge) === node ? '→ ' : '← ') : '';
      const neighbour = button(truncate(otherAttrs.label, 60), () => actions.select(other), 'neighbour');
      if (otherAttrs.label.length > 60) neighbour.title = truncate(otherAttrs.label, 4000);
      neighbour.dataset.node = other;
      neighbour.style.borderColor = otherAttrs.color;
      const more = el('details');
      const summary = el('summary', `${attrs.label && attrs.type !== 'co_mention' ? `${truncate(attrs.label, 80)} · ` : ''}${attrs.evidence.length} sentence${attrs.evidence.length === 1 ? '' : 's'}`);
      const names = [...graph.getNodeAttribute(node, 'aliases'), ...otherAttrs.aliases];
      more.append(summary);
      more.addEventListener('toggle', async () => {
        if (!more.open || more.childElementCount !== 1) return;
        await actions.loadArticles?.([...new Set(attrs.evidence.map((e) => e.article))]);
        if (more.childElementCount === 1) more.append(evidenceList(view, attrs.evidence, names, actions));
      }, { once: false });
      li.append(el('span', arrow, 'direction'), neighbour, more);
      list.append(li);
    }
    if (edges.length > MAX_RELATIONS_PER_TYPE) list.append(el('li', `… and ${edges.length - MAX_RELATIONS_PER_TYPE} more`, 'more'));
    group.append(list);
    section.append(group);
  }
  return section;
}

/**
 * Status and confidence are always shown for a meeting or event. The graph has no confidence
 * score yet, so the basis is shown instead: how many sentences and articles tell it.
 */
function happeningRows(list: HTMLDListElement, attrs: NodeAttributes): void {
  const status = attrs.status ?? 'happened';
  row(list, t('Date'), attrs.date ?? (status === 'planned' ? `not given in the text (reported on ${attrs.start})` : 'not given in the text'));
  row(list, t('Status'), t(status));
  if (attrs.mode) row(list, t('Mode'), t(attrs.mode));
  if (attrs.host) row(list, t('Host'), attrs.host);
  // Always shown: a graph from before meetings were scored gives the basis instead of a score.
  const articles = attrs.articles.length;
  const basis = `told in ${attrs.mentions} sentence${attrs.mentions === 1 ? '' : 's'} of ${articles} article${articles === 1 ? '' : 's'}`;
  row(list, t('Confidence'), attrs.confidence === undefined ? `not scored; ${basis}` : `${attrs.confidence.toFixed(2)} (${basis})`);
  if (attrs.place) row(list, t('Place'), attrs.place);
}

/** The earliest and latest dates the node's relations hold for, each at the precision the text gave ("2000 – 2024-01-17"). */
export function evidenceSpan(graph: View['graph'], node: string): string | null {
  let first: { date: string; day: string } | null = null;
  let last: { date: string; day: string } | null = null;
  graph.forEachEdge(node, (_edge, attrs) => {
    for (const date of attrs.dates) {
      const { start, end } = dateSpan(date);
      if (!first || start < first.day || (start === first.day && date.length > first.date.length)) first = { date, day: start };
      if (!last || end > last.day || (end === last.day && date.length > last.date.length)) last = { date, day: end };
    }
  });
  if (!first || !last) {
    const { start, end } = graph.getNodeAttributes(node);
    return start ? (start === end ? start : `${start} – ${end}`) : null;
  }
  const [a, b] = [(first as { date: string }).date, (last as { date: string }).date];
  return a === b ? a : `${a} – ${b}`;
}

export interface FocusActions {
  pathEnd(node: string): void;
  expand(node: string): void;
  /** Neighbours the page leaves out: a count, or 'unknown' before the server was asked. */
  hidden(node: string): number | 'unknown';
  collapse(node: string): void;
  refocus(node: string): void;
}

/** Expand adds the node's neighbours to what is shown, Collapse takes them back, Focus here starts again from it. */
function focusButtons(view: View, node: string, actions: FocusActions): HTMLButtonElement[] {
  const { focus } = view.state;
  const out: HTMLButtonElement[] = [];
  // A large graph shows a part of itself: say how much of this node's neighbourhood it leaves out.
  const hidden = actions.hidden(node);
  const expanded = focus.roots.includes(node);
  if (!expanded || hidden === 'unknown' || hidden > 0) {
    const label = hidden !== 'unknown' && hidden > 0 ? `Expand neighbours (${hidden.toLocaleString('en-US')} hidden)` : 'Expand neighbours';
    const expand = button(label, () => actions.expand(node), 'expand');
    expand.id = 'expand';
    out.push(expand);
  }
  if (expanded && focus.roots.length > 1) {
    const collapse = button('Collapse neighbours', () => actions.collapse(node), 'expand');
    collapse.id = 'collapse';
    out.push(collapse);
  }
  if (focus.hops > 0 && focus.roots[0] !== node) {
    const here = button('Focus here', () => actions.refocus(node), 'expand');
    here.id = 'refocus';
    out.push(here);
  }
  return out;
}

export function renderDetails(
  target: HTMLElement,
  view: View,
  actions: DetailsActions & FocusActions & { correct(correction: Asked): void },
): void {
  const node = view.state.selected;
  if (view.state.selectedEdge !== null) return renderEdge(target, view, view.state.selectedEdge, actions);
  if (node === null) {
    target.hidden = true;
    target.replaceChildren();
    return;
  }
  const { graph } = view;
  const attrs = graph.getNodeAttributes(node);
  const articles = new Map(graph.getAttribute('articles').map((a) => [a.id, a]));

  const close = button('×', () => actions.select(null), 'close');
  close.setAttribute('aria-label', 'Close details');

  const list = el('dl');
  row(list, t('Type'), nodeTypeDef(attrs.type).label[lang()]);
  // Roles in the page's language, the title as the article wrote it beside.
  if (attrs.role?.length) row(list, t('Role'), attrs.role.map((role) => roleIn(lang(), role)).join(', '));
  if (attrs.country) row(list, t('Country'), attrs.country);
  const happening = attrs.type === 'meeting' || attrs.type === 'event';
  if (happening) happeningRows(list, attrs);
  if (attrs.aliases.length) {
    const all = attrs.aliases.join(', ');
    const aliases = el('span', truncate(attrs.aliases.map((a) => truncate(a, 80)).join(', '), 400));
    if (aliases.textContent !== all) aliases.title = truncate(all, 4000);
    // A meeting's "aliases" are the words that told it (bertemu dengan, kunjungan), not names.
    row(list, happening ? t('toldWith') : t('alsoWritten'), aliases);
  }
  row(list, t('Mentions'), String(attrs.mentions));
  const span = evidenceSpan(graph, node);
  if (span) row(list, t('evidenceDates'), span, 60);
  const articleList = el('ul', undefined, 'articles');
  articleList.append(
    ...attrs.articles.map((id) => {
      const li = el('li');
      li.append(button(articleLine(articles.get(id), id), () => actions.openArticle(id), 'source'));
      return li;
    }),
  );
  row(list, `${t('articles')} (${attrs.articles.length})`, articleList);

  const heading = clipped('h2', attrs.label, 80);
  const pathButton = button('Path from/to here', () => actions.pathEnd(node), 'path-end');
  const buttons = el('div', undefined, 'detail-actions');
  buttons.append(pathButton);
  buttons.append(...focusButtons(view, node, actions));
  target.replaceChildren(close, heading, list, buttons, curationForm(view, node, actions.correct), relations(view, node, actions));
  target.hidden = false;
  target.scrollTop = 0;
}

/** A clicked edge: its two ends, what it says, who claims or denies it, and its evidence, open. */
function renderEdge(target: HTMLElement, view: View, edge: string, actions: DetailsActions): void {
  const { graph } = view;
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target_] = graph.extremities(edge);
  const def = EDGE_TYPES.find((d) => d.id === attrs.type)!;
  const end = (node: string) => {
    const b = button(truncate(graph.getNodeAttribute(node, 'label'), 60), () => actions.select(node), 'neighbour');
    b.dataset.node = node;
    b.style.borderColor = graph.getNodeAttribute(node, 'color');
    return b;
  };
  const close = button('×', () => actions.select(null), 'close');
  close.setAttribute('aria-label', 'Close details');
  const heading = el('h2', undefined, 'edge-heading');
  heading.append(end(source), el('span', def.directed ? ` → ${def.label.en} → ` : ` · ${def.label.en} · `, 'edge-type'), end(target_));
  const list = el('dl');
  if (attrs.label && attrs.type !== 'co_mention') row(list, 'Says', attrs.label);
  const names = (keys: string[] | undefined) => (keys ?? []).map((k) => (graph.hasNode(k) ? graph.getNodeAttribute(k, 'label') : k)).join(', ');
  if (attrs.claimed_by?.length) row(list, 'Claimed by', names(attrs.claimed_by));
  if (attrs.denied_by?.length) row(list, 'Denied by', names(attrs.denied_by));
  row(list, 'Holds for', attrs.dates.join(', ') || 'no date', 400);
  row(list, 'Sentences', String(attrs.evidence.length));
  const allNames = [...graph.getNodeAttribute(source, 'aliases'), ...graph.getNodeAttribute(target_, 'aliases')];
  target.replaceChildren(close, heading, list, evidenceList(view, attrs.evidence, allNames, actions));
  target.hidden = false;
  target.scrollTop = 0;
}
