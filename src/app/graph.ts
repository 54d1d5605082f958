import Graph from 'graphology';
import type { AbstractGraph, SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types.js';
// Bundled rather than fetched so dist/ opens offline and from any subpath.
import data from '../../graph/graph.json';

export type NewsGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const loadGraph = (): NewsGraph =>
  Graph.from(data as unknown as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
