/** The element index.html promises; failing loudly beats a viewer that silently renders nothing. */
export const byId = (id: string): HTMLElement => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el;
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
