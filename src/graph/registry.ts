import type { EdgeType, NodeType } from './types.js';

// One array of definitions per kind, read by the extractor, the exports and the viewer:
// a registry instead of `if (type === …)` scattered through the code.

export interface NodeTypeDef {
  id: NodeType;
  label: { en: string; id: string };
  color: string;
  /** Sigma/Gephi shape name. */
  shape: 'circle' | 'square' | 'triangle' | 'diamond';
  visible: boolean;
}

export interface EdgeTypeDef {
  id: EdgeType;
  label: { en: string; id: string };
  color: string;
  /** Directed relations point from subject to object; co-mentions have no direction. */
  directed: boolean;
  visible: boolean;
}

export const NODE_TYPES: readonly NodeTypeDef[] = [
  { id: 'person', label: { en: 'Person', id: 'Orang' }, color: '#e6194b', shape: 'circle', visible: true },
  { id: 'country', label: { en: 'Country', id: 'Negara' }, color: '#4363d8', shape: 'circle', visible: true },
  { id: 'place', label: { en: 'Place', id: 'Tempat' }, color: '#3cb44b', shape: 'circle', visible: true },
  { id: 'organization', label: { en: 'Organization', id: 'Organisasi' }, color: '#f58231', shape: 'circle', visible: true },
  { id: 'media', label: { en: 'Media', id: 'Media' }, color: '#469990', shape: 'circle', visible: true },
  { id: 'weapon', label: { en: 'Weapon', id: 'Senjata' }, color: '#911eb4', shape: 'triangle', visible: true },
  { id: 'meeting', label: { en: 'Meeting', id: 'Pertemuan' }, color: '#f0c419', shape: 'diamond', visible: true },
  { id: 'event', label: { en: 'Event', id: 'Peristiwa' }, color: '#808080', shape: 'square', visible: true },
];

export const EDGE_TYPES: readonly EdgeTypeDef[] = [
  { id: 'co_mention', label: { en: 'Mentioned together', id: 'Disebut bersama' }, color: '#cccccc', directed: false, visible: true },
  { id: 'role', label: { en: 'Role', id: 'Jabatan' }, color: '#e6194b', directed: true, visible: true },
  { id: 'located_in', label: { en: 'Located in', id: 'Terletak di' }, color: '#3cb44b', directed: true, visible: true },
  { id: 'attends', label: { en: 'Attends', id: 'Menghadiri' }, color: '#f0c419', directed: true, visible: true },
  { id: 'held_in', label: { en: 'Held in', id: 'Diadakan di' }, color: '#f0c419', directed: true, visible: true },
  { id: 'visits', label: { en: 'Visits', id: 'Mengunjungi' }, color: '#42d4f4', directed: true, visible: true },
  { id: 'supplies', label: { en: 'Supplies', id: 'Memasok' }, color: '#911eb4', directed: true, visible: true },
  { id: 'receives', label: { en: 'Receives', id: 'Menerima' }, color: '#911eb4', directed: true, visible: true },
  { id: 'accuses', label: { en: 'Accuses', id: 'Menuduh' }, color: '#000000', directed: true, visible: true },
  { id: 'tests', label: { en: 'Tests', id: 'Menguji' }, color: '#9a6324', directed: true, visible: true },
  { id: 'invites', label: { en: 'Invites', id: 'Mengundang' }, color: '#469990', directed: true, visible: true },
  { id: 'signs', label: { en: 'Signs', id: 'Menandatangani' }, color: '#000075', directed: true, visible: true },
  { id: 'launches', label: { en: 'Launches', id: 'Meluncurkan' }, color: '#e6550d', directed: true, visible: true },
  { id: 'condemns', label: { en: 'Condemns', id: 'Mengecam' }, color: '#800000', directed: true, visible: true },
  { id: 'denies', label: { en: 'Denies', id: 'Membantah' }, color: '#a9a9a9', directed: true, visible: true },
  { id: 'involves', label: { en: 'Involves', id: 'Melibatkan' }, color: '#808080', directed: true, visible: true },
];

// Looked up for every node and edge a graph is built or written with: by map, not by search.
const NODE_TYPE_BY_ID = new Map(NODE_TYPES.map((d) => [d.id, d]));
const EDGE_TYPE_BY_ID = new Map(EDGE_TYPES.map((d) => [d.id, d]));

export const nodeTypeDef = (id: NodeType): NodeTypeDef => {
  const def = NODE_TYPE_BY_ID.get(id);
  if (!def) throw new Error(`unknown node type: ${id}`);
  return def;
};

export const edgeTypeDef = (id: EdgeType): EdgeTypeDef => {
  const def = EDGE_TYPE_BY_ID.get(id);
  if (!def) throw new Error(`unknown edge type: ${id}`);
  return def;
};
