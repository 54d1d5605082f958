// Curation: what the details panel offers to correct about a node (rename, change type, merge
// into another, delete, mark a meeting wrong), and the bar that counts the corrections made and
// undoes, saves and loads them (corrections.json, src/graph/corrections.ts).
import { NODE_TYPES } from '../../graph/registry.js';
import type { Correction } from '../../graph/corrections.js';
import type { NodeType } from '../../graph/types.js';
import type { View } from '../controllers/view.js';
import { button, el, truncate } from '../dom.js';
import { lang } from '../i18n/strings.js';

/** A correction as the user asks for it; the time is added when it is recorded. */
export type Asked = Correction extends infer C ? (C extends Correction ? Omit<C, 'at'> : never) : never;

const labelled = (text: string, control: HTMLElement) => {
  const label = el('label', text);
  label.append(control);
  return label;
};

/** "Label (type)" for every other node: what the merge field offers and reads back. */
function mergeChoices(view: View, node: string): Map<string, string> {
  const choices = new Map<string, string>();
  const type = view.graph.getNodeAttribute(node, 'type');
  // Same type first: a duplicate is almost always of the same kind.
  const keys = view.graph.nodes().filter((n) => n !== node);
  keys.sort((a, b) => Number(view.graph.getNodeAttribute(b, 'type') === type) - Number(view.graph.getNodeAttribute(a, 'type') === type));
  for (const key of keys) {
    const attrs = view.graph.getNodeAttributes(key);
    const text = `${truncate(attrs.label, 80)} (${attrs.type})`;
    if (!choices.has(text)) choices.set(text, key);
  }
  return choices;
}

export function curationForm(view: View, node: string, ask: (correction: Asked) => void): HTMLElement {
  const attrs = view.graph.getNodeAttributes(node);
  const box = el('details', undefined, 'curation');
  box.id = 'curation-form';
  box.append(el('summary', 'Correct this node'));

  const name = el('input');
  name.id = 'rename-input';
  name.value = attrs.label;
  const rename = button('Rename', () => name.value.trim() && name.value.trim() !== attrs.label && ask({ op: 'rename', key: node, label: name.value.trim() }));
  rename.id = 'rename';

  const type = el('select');
  type.id = 'retype-select';
  for (const def of NODE_TYPES.filter((d) => d.id !== 'meeting' && d.id !== 'event')) {
    const option = el('option', def.label[lang()]);
    option.value = def.id;
    option.selected = def.id === attrs.type;
    type.append(option);
  }
  const retype = button('Change type', () => type.value !== attrs.type && ask({ op: 'retype', key: node, type: type.value as NodeType }));
  retype.id = 'retype';

  // Every other node is a choice: listed only when the user reaches for the field, not each time details show.
  let choices: Map<string, string> | null = null;
  const list = el('datalist');
  list.id = 'merge-choices';
  const fill = () => {
    if (choices) return choices;
    choices = mergeChoices(view, node);
    for (const text of choices.keys()) list.append(Object.assign(el('option'), { value: text }));
    return choices;
  };
  const target = el('input');
  target.addEventListener('focus', fill, { once: true });
  target.id = 'merge-input';
  target.setAttribute('list', list.id);
  target.placeholder = 'another node…';
  const merge = button('Merge into', () => {
    const into = fill().get(target.value);
    if (into) ask({ op: 'merge', key: node, into });
    else target.setCustomValidity('Choose a node from the list');
    target.reportValidity();
  });
  merge.id = 'merge';
  target.addEventListener('input', () => target.setCustomValidity(''));

  const remove = button('Delete node', () => ask({ op: 'delete', key: node }));
  remove.id = 'delete-node';
  const rows = [labelled('Name ', name), rename, labelled('Type ', type), retype, labelled('Same as ', target), merge, list, remove];
  if (attrs.type === 'meeting') {
    const wrong = button('Mark meeting wrong', () => ask({ op: 'reject', key: node }));
    wrong.id = 'reject-meeting';
    rows.push(wrong);
  }
  const grid = el('div', undefined, 'curation-grid');
  grid.append(...(attrs.type === 'meeting' || attrs.type === 'event' ? rows.filter((r) => r !== retype && !r.contains(type)) : rows));
  box.append(grid);
  return box;
}

export interface CurationHooks {
  corrections(): Correction[];
  undo(): void;
  save(): void;
  load(file: File): void;
}

/** The bar over the canvas: how many corrections, Undo, Save corrections.json, Load… */
export function renderCurationBar(target: HTMLElement, hooks: CurationHooks): void {
  const list = hooks.corrections();
  const input = el('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.hidden = true;
  input.id = 'corrections-input';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) hooks.load(file);
  });
  const count = el('span', `${list.length} correction${list.length === 1 ? '' : 's'}`, 'curation-count');
  count.id = 'corrections-count';
  const last = list[list.length - 1];
  if (last) count.title = `Last: ${last.op} ${last.key}`;
  const undo = button('Undo', hooks.undo);
  undo.id = 'undo';
  undo.disabled = list.length === 0;
  const save = button('Save corrections.json', hooks.save);
  save.id = 'save-corrections';
  save.disabled = list.length === 0;
  const load = button('Load corrections…', () => input.click());
  load.id = 'load-corrections';
  target.replaceChildren(count, undo, save, load, input);
}
