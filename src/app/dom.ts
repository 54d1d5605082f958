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

/** Text cut for display, with the full text as the element's tooltip when it was cut (and not huge). */
export function clipped<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, max: number, className?: string): HTMLElementTagNameMap[K] {
  const node = el(tag, truncate(text, max), className);
  if (text.length > max) node.title = truncate(text, 4000);
  return node;
}

/**
 * Long text shown cut, with a button that shows the rest: a megabyte-long "sentence" costs
 * nothing until the user asks for it. `render` turns a piece of the text into nodes.
 */
export function expandable(text: string, max: number, render: (text: string) => Node[] = (t) => [document.createTextNode(t)]): Node[] {
  if (text.length <= max) return render(text);
  const shown = render(text.slice(0, max - 1));
  const more = button(`… show all ${text.length.toLocaleString('en')} characters`, () => {
    const all = render(text);
    shown[0]?.parentNode?.replaceChildren(...all);
  }, 'show-all');
  return [...shown, more];
}

/**
 * The text as nodes, with every occurrence of the given names wrapped in <mark>: still text
 * nodes only, so nothing in the sentence is ever parsed as HTML. At each position the longest
 * name wins; names are found with indexOf, so a long text with many names stays quick.
 */
export function highlighted(text: string, names: string[]): Node[] {
  const wanted = [...new Set(names.filter((n) => n.length > 1))];
  const longest = new Map<number, number>();
  for (const name of wanted) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if ((longest.get(at) ?? 0) < name.length) longest.set(at, name.length);
    }
  }
  const out: Node[] = [];
  let plainFrom = 0;
  for (const at of [...longest.keys()].sort((a, b) => a - b)) {
    if (at < plainFrom) continue;
    if (plainFrom < at) out.push(document.createTextNode(text.slice(plainFrom, at)));
    const end = at + longest.get(at)!;
    out.push(el('mark', text.slice(at, end)));
    plainFrom = end;
  }
  if (plainFrom < text.length) out.push(document.createTextNode(text.slice(plainFrom)));
  return out;
}
