import { nodeTypeDef } from '../../graph/registry.js';
import type { ArticleMeta } from '../../graph/types.js';
import { el } from '../dom.js';
import type { NewsGraph } from '../graph.js';

const articleItem = (article: ArticleMeta | undefined, id: string): HTMLLIElement => {
  const item = el('li');
  if (!article) {
    item.textContent = id;
    return item;
  }
  // Only web links: a url from a scraped page could otherwise be a javascript: URL.
  const title = article.url && /^https?:\/\//i.test(article.url) ? el('a', article.title) : el('span', article.title);
  if (title instanceof HTMLAnchorElement && article.url) {
    title.href = article.url;
    title.target = '_blank';
    title.rel = 'noopener noreferrer';
  }
  const meta = [article.source, article.published].filter(Boolean).join(', ');
  item.append(title, el('span', meta ? ` (${meta})` : ''));
  return item;
};

const row = (list: HTMLDListElement, term: string, value: string | HTMLElement): void => {
  const dd = el('dd');
  if (typeof value === 'string') dd.textContent = value;
  else dd.append(value);
  list.append(el('dt', term), dd);
};

export const renderDetails = (target: HTMLElement, graph: NewsGraph, node: string | null, onClose: () => void): void => {
  if (node === null) {
    target.hidden = true;
    target.replaceChildren();
    return;
  }
  const attrs = graph.getNodeAttributes(node);
  const articles = new Map(graph.getAttribute('articles').map((a) => [a.id, a]));

  const close = el('button', '×', 'close');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close details');
  close.addEventListener('click', onClose);

  const list = el('dl');
  row(list, 'Type', nodeTypeDef(attrs.type).label.en);
  if (attrs.role?.length) row(list, 'Role', attrs.role.join(', '));
  if (attrs.aliases.length) row(list, 'Also written', attrs.aliases.join(', '));
  row(list, 'Mentions', String(attrs.mentions));
  const articleList = el('ul');
  articleList.append(...attrs.articles.map((id) => articleItem(articles.get(id), id)));
  row(list, `Articles (${attrs.articles.length})`, articleList);

  target.replaceChildren(close, el('h2', attrs.label), list);
  target.hidden = false;
};
