/** The element index.html promises; failing loudly beats a viewer that silently renders nothing. */
export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el as T;
};

export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  // textContent only: labels and article titles come from scraped news and must never be parsed as HTML.
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

export const button = (text: string, onClick: () => void, className?: string): HTMLButtonElement => {
  const b = el('button', text, className);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
};

/** Long scraped strings (a 5,000-character "name") are cut for display; the full text stays in the title. */
export const truncate = (text: string, max = 120): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The text as nodes, with every occurrence of the given names wrapped in <mark>: still text
 * nodes only, so nothing in the sentence is ever parsed as HTML.
 */
export function highlighted(text: string, names: string[]): Node[] {
  const wanted = [...new Set(names.filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
  const out: Node[] = [];
  let i = 0;
  let plainFrom = 0;
  while (i < text.length) {
    const name = wanted.find((n) => text.startsWith(n, i));
    if (name) {
      if (plainFrom < i) out.push(document.createTextNode(text.slice(plainFrom, i)));
      out.push(el('mark', name));
      i += name.length;
      plainFrom = i;
    } else i++;
  }
  if (plainFrom < text.length) out.push(document.createTextNode(text.slice(plainFrom)));
  return out;
}
