// The PNG export: the canvas drawn again at twice the screen's resolution, under a band with the
// graph's title, the date window and what is shown, and beside a legend of the colours used.
import { drawOnCanvas } from '@sigma/export-image';
import { NODE_TYPES } from '../../graph/registry.js';
import { withLabels, type Renderer } from '../controllers/renderer.js';
import type { View } from '../controllers/view.js';
import { isoOfDay } from '../../graph/days.js';
import { lang } from '../i18n/strings.js';

export const PNG_SCALE = 2;
const BAND = 56;
const LEGEND_WIDTH = 180;
const FONT = 'system-ui, sans-serif';

/**
 * Sigma's export reads the device pixel ratio once per call; it is set to PNG_SCALE for that call,
 * so nodes, edges and labels are drawn with twice the pixels, not smaller.
 */
async function drawAtScale(renderer: Renderer, options: Parameters<typeof drawOnCanvas>[1]): Promise<HTMLCanvasElement> {
  Object.defineProperty(window, 'devicePixelRatio', { value: PNG_SCALE, configurable: true });
  try {
    return await drawOnCanvas(renderer as never, { ...options, withTempRenderer: (tmp) => withLabels(tmp as never) });
  } finally {
    // The window's own getter comes back.
    delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

function legendEntries(view: View): { color: string; text: string }[] {
  if (view.state.colorBy === 'community') return [{ color: '#888888', text: 'colour: Louvain community' }];
  const present = new Set<string>();
  for (const node of view.state.visible.nodes) present.add(view.graph.getNodeAttribute(node, 'type'));
  return NODE_TYPES.filter((def) => present.has(def.id)).map((def) => ({ color: def.color, text: def.label[lang()] }));
}

export async function posterPng(view: View, source: Renderer, options: Parameters<typeof drawOnCanvas>[1] = {}): Promise<Blob> {
  const graph = await drawAtScale(source, { backgroundColor: '#ffffff', ...options });
  const s = PNG_SCALE;
  const out = document.createElement('canvas');
  out.width = graph.width + LEGEND_WIDTH * s;
  out.height = graph.height + BAND * s;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(graph, 0, BAND * s);
  ctx.fillStyle = '#222222';
  ctx.font = `600 ${18 * s}px ${FONT}`;
  ctx.fillText(view.graph.getAttribute('title') || 'newsgraph', 12 * s, 24 * s);
  const window_ = view.state.filters.window;
  const dates = window_ ? `${isoOfDay(window_.from)} – ${isoOfDay(window_.to)}` : 'all dates';
  ctx.font = `${13 * s}px ${FONT}`;
  ctx.fillStyle = '#555555';
  ctx.fillText(`Dates: ${dates} · ${view.state.visible.nodes.size} nodes, ${view.state.visible.edges.size} edges shown`, 12 * s, 45 * s);
  const x = graph.width + 12 * s;
  legendEntries(view).forEach((entry, i) => {
    const y = (BAND + 20 + i * 22) * s;
    ctx.fillStyle = entry.color;
    ctx.beginPath();
    ctx.arc(x + 6 * s, y - 5 * s, 6 * s, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#222222';
    ctx.fillText(entry.text, x + 18 * s, y);
  });
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}
