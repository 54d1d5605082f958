// The shareable part of the view, as a URL hash: selection, filters, date window, size mode
// and camera. Parsing is forgiving: anything malformed falls back to the default, so a
// hand-edited or stale link still opens.
import { EDGE_TYPES, NODE_TYPES } from '../../graph/registry.js';
import type { EdgeType, NodeType } from '../../graph/types.js';
import { dayNumber, isIsoDay, isoOfDay } from '../../graph/days.js';
import { defaultFilters, type Filters } from './filters.js';

export type SizeBy = 'mentions' | 'degree';

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface UrlState {
  selected: string | null;
  filters: Filters;
  sizeBy: SizeBy;
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
    sizeBy: params.get('size') === 'degree' ? 'degree' : 'mentions',
    camera:
      camera.length === 3 && camera.every(Number.isFinite) && camera[2]! > 0
        ? { x: camera[0]!, y: camera[1]!, ratio: camera[2]! }
        : null,
  };
}
