// The two ends the user picked and the chain of relations between them.
import type { View } from '../controllers/view.js';
import { button, el, truncate } from '../dom.js';

export function renderPath(target: HTMLElement, view: View, select: (node: string) => void): void {
  const { state, graph } = view;
  if (state.pathEnds.length === 0) {
    target.hidden = true;
    target.replaceChildren();
    return;
  }
  const label = (node: string) => truncate(graph.getNodeAttribute(node, 'label'), 40);
  const body: HTMLElement[] = [el('h2', 'Path')];
  if (state.pathEnds.length === 1) {
    body.push(el('p', `From ${label(state.pathEnds[0]!)}: pick another node and choose "Path from/to here".`));
  } else if (!state.path) {
    body.push(el('p', `No path between ${label(state.pathEnds[0]!)} and ${label(state.pathEnds[1]!)} among the relations shown.`, 'no-path'));
  } else {
    body.push(el('p', `${state.path.edges.length} step${state.path.edges.length === 1 ? '' : 's'}`, 'path-length'));
    const list = el('ol', undefined, 'path-nodes');
    for (const node of state.path.nodes) {
      const li = el('li');
      const step = button(label(node), () => select(node), 'neighbour');
      step.title = truncate(graph.getNodeAttribute(node, 'label'), 4000);
      li.append(step);
      list.append(li);
    }
    body.push(list);
  }
  body.push(button('Clear path', () => view.pickPathEnd(null), 'clear-path'));
  target.replaceChildren(...body);
  target.hidden = false;
}
