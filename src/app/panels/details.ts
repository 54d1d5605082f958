// The selected node: what it is, where it was read, and each relation with the sentences behind it.
import { EDGE_TYPES, nodeTypeDef } from '../../graph/registry.js';
import { sentenceText } from '../../graph/articles.js';
import type { ArticleMeta, EdgeType, Evidence } from '../../graph/types.js';
import type { View } from '../controllers/view.js';
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
      const text = sentenceText(view.texts, item);
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
    group.append(el('h3', `${def.label.en} (${edges.length})`));
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

export function renderDetails(
  target: HTMLElement,
  view: View,
  actions: DetailsActions & {
    pathEnd(node: string): void;
    expand(node: string): void;
    /** Neighbours the page leaves out: a count, or 'unknown' before the server was asked. */
    hidden(node: string): number | 'unknown';
  },
): void {
  const node = view.state.selected;
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
  row(list, 'Type', nodeTypeDef(attrs.type).label.en);
  if (attrs.role?.length) row(list, 'Role', attrs.role.join(', '));
  if (attrs.country) row(list, 'Country', attrs.country);
  if (attrs.date) row(list, 'Date', attrs.status ? `${attrs.date} (${attrs.status})` : attrs.date);
  if (attrs.place) row(list, 'Place', attrs.place);
  if (attrs.mode) row(list, 'Mode', attrs.mode);
  if (attrs.host) row(list, 'Host', attrs.host);
  if (attrs.confidence !== undefined) row(list, 'Confidence', attrs.confidence.toFixed(2));
  if (attrs.aliases.length) {
    const all = attrs.aliases.join(', ');
    const aliases = el('span', truncate(attrs.aliases.map((a) => truncate(a, 80)).join(', '), 400));
    if (aliases.textContent !== all) aliases.title = truncate(all, 4000);
    row(list, 'Also written', aliases);
  }
  row(list, 'Mentions', String(attrs.mentions));
  if (attrs.start) row(list, 'Evidence dates', attrs.start === attrs.end ? attrs.start : `${attrs.start} – ${attrs.end}`, 60);
  const articleList = el('ul', undefined, 'articles');
  articleList.append(
    ...attrs.articles.map((id) => {
      const li = el('li');
      li.append(button(articleLine(articles.get(id), id), () => actions.openArticle(id), 'source'));
      return li;
    }),
  );
  row(list, `Articles (${attrs.articles.length})`, articleList);

  const heading = clipped('h2', attrs.label, 80);
  const pathButton = button('Path from/to here', () => actions.pathEnd(node), 'path-end');
  const buttons = el('div', undefined, 'detail-actions');
  buttons.append(pathButton);
  // A large graph shows a part of itself: say how much of this node's neighbourhood it leaves out.
  const hidden = actions.hidden(node);
  if (hidden === 'unknown' || hidden > 0) {
    const count = hidden === 'unknown' ? '' : ` (${hidden.toLocaleString('en-US')} hidden)`;
    const expand = button(`Expand neighbours${count}`, () => actions.expand(node), 'expand');
    expand.id = 'expand';
    buttons.append(expand);
  }
  target.replaceChildren(close, heading, list, buttons, relations(view, node, actions));
  target.hidden = false;
  target.scrollTop = 0;
}
