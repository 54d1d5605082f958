// The selected node: what it is, where it was read, and each relation with the sentences behind it.
import { EDGE_TYPES, nodeTypeDef } from '../../graph/registry.js';
import type { ArticleMeta, EdgeType, Evidence } from '../../graph/types.js';
import type { View } from '../controllers/view.js';
import { hiddenNeighbours } from '../core/budget.js';
import { button, el, highlighted, truncate } from '../dom.js';

export interface DetailsActions {
  select(node: string | null): void;
  openArticle(article: string, sentence?: string): void;
}

const MAX_RELATIONS_PER_TYPE = 40;

function row(list: HTMLDListElement, term: string, value: string | HTMLElement): void {
  const dd = el('dd');
  if (typeof value === 'string') dd.textContent = value;
  else dd.append(value);
  list.append(el('dt', term), dd);
}

const articleLine = (meta: ArticleMeta | undefined, id: string) =>
  meta ? [truncate(meta.title, 90), meta.source, meta.published].filter(Boolean).join(' · ') : id;

function evidenceList(view: View, evidence: Evidence[], names: string[], actions: DetailsActions): HTMLElement {
  const articles = new Map(view.graph.getAttribute('articles').map((a) => [a.id, a]));
  const list = el('ol', undefined, 'evidence');
  for (const item of evidence) {
    const li = el('li');
    const quote = el('q');
    quote.append(...highlighted(item.sentence, names));
    const source = button(`${articleLine(articles.get(item.article), item.article)}${item.date ? ` · holds for ${item.date}` : ''}`, () =>
      actions.openArticle(item.article, item.sentence),
    'source');
    source.title = 'Open the article';
    li.append(quote, source);
    list.append(li);
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
      neighbour.dataset.node = other;
      neighbour.style.borderColor = otherAttrs.color;
      const more = el('details');
      const summary = el('summary', `${attrs.label && attrs.type !== 'co_mention' ? `${attrs.label} · ` : ''}${attrs.evidence.length} sentence${attrs.evidence.length === 1 ? '' : 's'}`);
      const names = [...graph.getNodeAttribute(node, 'aliases'), ...otherAttrs.aliases];
      more.append(summary);
      more.addEventListener('toggle', () => {
        if (more.open && more.childElementCount === 1) more.append(evidenceList(view, attrs.evidence, names, actions));
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
  actions: DetailsActions & { pathEnd(node: string): void; expand(node: string): void },
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
  if (attrs.aliases.length) row(list, 'Also written', truncate(attrs.aliases.join(', '), 400));
  row(list, 'Mentions', String(attrs.mentions));
  if (attrs.start) row(list, 'Evidence dates', attrs.start === attrs.end ? attrs.start : `${attrs.start} – ${attrs.end}`);
  const articleList = el('ul', undefined, 'articles');
  articleList.append(
    ...attrs.articles.map((id) => {
      const li = el('li');
      li.append(button(articleLine(articles.get(id), id), () => actions.openArticle(id), 'source'));
      return li;
    }),
  );
  row(list, `Articles (${attrs.articles.length})`, articleList);

  const heading = el('h2', truncate(attrs.label, 80));
  heading.title = attrs.label;
  const pathButton = button('Path from/to here', () => actions.pathEnd(node), 'path-end');
  const buttons = el('div', undefined, 'detail-actions');
  buttons.append(pathButton);
  // A large graph shows a part of itself: say how much of this node's neighbourhood it leaves out.
  const hidden = hiddenNeighbours(graph, view.state.shown, node);
  if (hidden > 0) {
    const expand = button(`Expand neighbours (${hidden.toLocaleString('en-US')} hidden)`, () => actions.expand(node), 'expand');
    expand.id = 'expand';
    buttons.append(expand);
  }
  target.replaceChildren(close, heading, list, buttons, relations(view, node, actions));
  target.hidden = false;
  target.scrollTop = 0;
}
