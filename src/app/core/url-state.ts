// The shareable part of the view, as a URL hash: selection, filters, date window, size mode
// and camera. Parsing is forgiving: anything malformed falls back to the default, so a
// hand-edited or stale link still opens.
import { EDGE_TYPES, NODE_TYPES } from '../../graph/registry.js';
import type { EdgeType, NodeType } from '../../graph/types.js';
import { dayNumber, isIsoDay, isoOfDay } from '../../graph/days.js';
import { defaultFilters, type Filters } from './filters.js';
import { noFocus, type Focus, type Hops } from './focus.js';
import type { Lang } from '../i18n/strings.js';

import { SIZE_MODES, type ColorBy, type SizeBy } from './appearance.js';

export type { SizeBy } from './appearance.js';

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface UrlState {
  selected: string | null;
  filters: Filters;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  focus: Focus;
  lang: Lang;
  /** The graph kept in this browser that the view is of (io/store.ts); null for the bundled graph. */
  data: string | null;
  camera: Camera | null;
}

const round = (n: number) => Number(n.toFixed(4));

export function toHash(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('node', state.selected);
  const { hiddenNodeTypes, hiddenEdgeTypes, minMentions, window } = state.filters;
  if (hiddenNodeTypes.length) params.set('hide', [...hiddenNodeTypes].sort().join(','));
  if (hiddenEdgeTypes.length) params.set('hideEdges', [...hiddenEdgeTypes].sort().join(','));
  if (minMentions > 0) params.set('min', String(minMentions));
  if (window) params.set('dates', `${isoOfDay(window.from)}..${isoOfDay(window.to)}`);
  if (state.sizeBy !== 'mentions') params.set('size', state.sizeBy);
  if (state.colorBy !== 'type') params.set('color', state.colorBy);
  if (state.focus.roots.length) params.set('focus', state.focus.roots.join(' '));
  if (state.focus.hops !== 1) params.set('hops', String(state.focus.hops));
  if (state.focus.hideIsolated) params.set('isolated', 'hide');
  if (state.lang !== 'en') params.set('lang', state.lang);
  if (state.data) params.set('data', state.data);
  if (state.camera) params.set('camera', [state.camera.x, state.camera.y, state.camera.ratio].map(round).join(','));
  // Commas, colons and dots stay readable in a link someone will paste and eyeball.
  const text = [...params]
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`)
    .join('&');
  return text ? `#${text}` : '';
}

const listOf = <T extends string>(value: string | null, allowed: readonly { id: T }[]): T[] =>
  (value ?? '').split(',').filter((item): item is T => allowed.some((d) => d.id === item));

export function fromHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const filters = defaultFilters();
  filters.hiddenNodeTypes = listOf<NodeType>(params.get('hide'), NODE_TYPES);
  filters.hiddenEdgeTypes = listOf<EdgeType>(params.get('hideEdges'), EDGE_TYPES);
  const min = Number(params.get('min'));
  if (Number.isInteger(min) && min > 0) filters.minMentions = min;
  const dates = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(params.get('dates') ?? '');
  if (dates && isIsoDay(dates[1]!) && isIsoDay(dates[2]!) && dates[1]! <= dates[2]!) {
    filters.window = { from: dayNumber(dates[1]!), to: dayNumber(dates[2]!) };
  }
  const camera = (params.get('camera') ?? '').split(',').map(Number);
  return {
    selected: params.get('node') || null,
    filters,
    sizeBy: SIZE_MODES.find((mode) => mode === params.get('size')) ?? 'mentions',
    colorBy: params.get('color') === 'community' ? 'community' : 'type',
    focus: focusOf(params),
    lang: params.get('lang') === 'id' ? 'id' : 'en',
    data: /^[a-z0-9]{1,40}$/.test(params.get('data') ?? '') ? params.get('data') : null,
    camera:
      camera.length === 3 && camera.every(Number.isFinite) && camera[2]! > 0
        ? { x: camera[0]!, y: camera[1]!, ratio: camera[2]! }
        : null,
  };
}

function focusOf(params: URLSearchParams): Focus {
  const focus = noFocus();
  const hops = Number(params.get('hops') ?? 1);
  if (hops === 0 || hops === 1 || hops === 2) focus.hops = hops as Hops;
  focus.roots = (params.get('focus') ?? '').split(' ').filter(Boolean);
  focus.hideIsolated = params.get('isolated') === 'hide';
  return focus;
}
