// Over the canvas: zoom in, zoom out and fit; and the focus controls (how many hops, hide
// isolated nodes, clear the focus), which say what the canvas is narrowed to.
import { fitShown, zoomIn, zoomOut } from '../controllers/camera.js';
import type { Renderer } from '../controllers/renderer.js';
import type { View } from '../controllers/view.js';
import type { Hops } from '../core/focus.js';
import { button, el, truncate } from '../dom.js';
import { t } from '../i18n/strings.js';

export interface CanvasTools {
  render(): void;
}

function zoomButtons(renderer: Renderer): HTMLElement {
  const zoom = el('div', undefined, 'zoom');
  const make = (text: string, label: string, id: string, action: () => void) => {
    const b = button(text, action);
    b.id = id;
    b.title = label;
    b.setAttribute('aria-label', label);
    return b;
  };
  zoom.append(
    make('+', 'Zoom in', 'zoom-in', () => zoomIn(renderer)),
    make('−', 'Zoom out', 'zoom-out', () => zoomOut(renderer)),
    make('⤢', 'Fit what is shown', 'zoom-fit', () => fitShown(renderer)),
  );
  return zoom;
}

export function bindCanvasTools(target: HTMLElement, view: View, renderer: Renderer): CanvasTools {
  const hops = el('select');
  hops.id = 'focus-hops';
  for (const [value, text] of [['1', t('hop')], ['2', t('hops')], ['0', t('off')]] as const) {
    const option = el('option', text);
    option.value = value;
    hops.append(option);
  }
  hops.addEventListener('change', () => view.setFocus({ hops: Number(hops.value) as Hops }));
  const hopsLabel = el('label', t('focus'));
  hopsLabel.append(hops);

  const isolated = el('input');
  isolated.type = 'checkbox';
  isolated.id = 'hide-isolated';
  isolated.addEventListener('change', () => view.setFocus({ hideIsolated: isolated.checked }));
  const isolatedLabel = el('label');
  isolatedLabel.append(isolated, el('span', t('hideIsolated')));

  const focusBar = el('div', undefined, 'focus-bar');
  focusBar.id = 'focus-bar';
  const focusText = el('span', '', 'focus-text');
  const clear = button(t('clearFocus'), () => view.clearFocus(), 'clear-focus');
  clear.id = 'clear-focus';
  focusBar.append(focusText, clear);

  target.replaceChildren(zoomButtons(renderer), hopsLabel, isolatedLabel, focusBar);
  const render = () => {
    const { focus, visible } = view.state;
    hops.value = String(focus.hops);
    isolated.checked = focus.hideIsolated;
    const active = focus.hops > 0 && focus.roots.length > 0;
    focusBar.hidden = !active;
    if (active) {
      const first = truncate(view.graph.getNodeAttribute(focus.roots[0]!, 'label'), 40);
      const more = focus.roots.length > 1 ? ` + ${focus.roots.length - 1} expanded` : '';
      focusText.textContent = `Focus: ${first}${more} (${visible.nodes.size} nodes)`;
    }
  };
  render();
  return { render };
}
