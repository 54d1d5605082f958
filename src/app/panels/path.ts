// The two ends the user picked and the chain of relations between them.
import type { View } from '../controllers/view.js';
import { edgeTypeDef } from '../../graph/registry.js';
import { evidenceSentence } from '../core/evidence.js';
import { button, clipped, el, truncate } from '../dom.js';

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
    const list = el('ol', undefined, 'path-steps');
    const nodeButton = (node: string) => {
      const b = button(label(node), () => select(node), 'neighbour');
      b.title = truncate(graph.getNodeAttribute(node, 'label'), 4000);
      return b;
    };
    state.path.edges.forEach((edge, i) => {
      const [from, to] = [state.path!.nodes[i]!, state.path!.nodes[i + 1]!];
      const attrs = graph.getEdgeAttributes(edge);
      const def = edgeTypeDef(attrs.type);
      // The relation reads in its own direction, whichever way the path walks it.
      const forward = graph.source(edge) === from;
      const relation = button(`${def.directed ? (forward ? '→' : '←') : '·'} ${def.label.en}${attrs.label && attrs.type !== 'co_mention' ? `: ${truncate(attrs.label, 40)}` : ''} ${def.directed ? (forward ? '→' : '←') : '·'}`, () => view.selectEdge(edge), 'step-relation');
      relation.title = 'Show this relation and its evidence';
      const li = el('li');
      li.dataset.edge = edge;
      const first = attrs.evidence[0];
      li.append(nodeButton(from), relation, nodeButton(to));
      const sentence = first && evidenceSentence(view, first);
      if (sentence !== undefined) li.append(clipped('q', sentence, 200, 'step-evidence'));
      list.append(li);
    });
    body.push(list);
  }
  body.push(button('Clear path', () => view.pickPathEnd(null), 'clear-path'));
  target.replaceChildren(...body);
  target.hidden = false;
}
