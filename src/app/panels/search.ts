// A search box with suggestions over labels and aliases; choosing one selects the node.
import { nodeTypeDef } from '../../graph/registry.js';
import type { View } from '../controllers/view.js';
import { search, type Suggestion } from '../core/search.js';
import { clipped, el, truncate } from '../dom.js';

/** `remote`: suggestions from the server instead of the graph on the page (`newsgraph serve`). */
export function bindSearch(
  input: HTMLInputElement,
  list: HTMLElement,
  view: View,
  choose: (node: string) => void,
  signal: AbortSignal,
  remote?: (query: string) => Promise<Suggestion[]>,
): void {
  let suggestions: Suggestion[] = [];
  let active = -1;

  const render = () => {
    list.replaceChildren(
      ...suggestions.map((s, i) => {
        const item = el('li', undefined, i === active ? 'active' : undefined);
        item.setAttribute('role', 'option');
        item.dataset.node = s.node;
        item.setAttribute('aria-selected', String(i === active));
        const dot = el('span', undefined, 'swatch');
        dot.style.background = nodeTypeDef(s.type).color;
        item.append(dot, clipped('span', s.label, 60));
        if (s.via) item.append(el('span', ` (${truncate(s.via, 40)})`, 'via'));
        if (s.via && s.via.length > 40) item.title = truncate(s.via, 4000);
        // mousedown, not click: the input's blur would otherwise close the list first.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(i);
        });
        return item;
      }),
    );
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
  };

  const pick = (i: number) => {
    const s = suggestions[i];
    if (!s) return;
    input.value = s.label;
    suggestions = [];
    render();
    choose(s.node);
  };

  const show = (found: Suggestion[]) => {
    suggestions = found;
    active = suggestions.length ? 0 : -1;
    render();
  };
  // Only the answer to the latest text is shown, whatever order the server's answers come in.
  let asked = 0;
  input.addEventListener('input', () => {
    if (!remote) return show(search(view.searchIndex, input.value));
    const query = input.value.trim();
    const ticket = ++asked;
    if (!query) return show([]);
    remote(query).then((found) => ticket === asked && show(found), () => ticket === asked && show([]));
  }, { signal });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!suggestions.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + suggestions.length) % suggestions.length;
      render();
    } else if (event.key === 'Enter') {
      pick(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      suggestions = [];
      render();
      event.stopPropagation();
    }
  }, { signal });
  input.addEventListener('blur', () => {
    suggestions = [];
    render();
  }, { signal });
}
