// ForceAtlas2 refinement in a Web Worker (graphology's supervisor), started and stopped by
// the user; the precomputed layout is where it starts from. It lays out what is drawn (the
// filtered, focused part), not the hidden rest: the drawn graph shares its nodes' attribute
// objects with the whole graph, so the positions it finds are the graph's.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ContractGraph } from '../../graph/json.js';

export interface LayoutControl {
  running(): boolean;
  toggle(): boolean;
  /** The drawn part changed: a running layout goes on with the new part. */
  follow(): void;
  kill(): void;
}

export function createLayoutControl(drawn: () => ContractGraph): LayoutControl {
  let layout: FA2Layout | null = null;
  const start = () => {
    const graph = drawn();
    layout = new FA2Layout(graph as never, { settings: { ...forceAtlas2.inferSettings(graph as never), barnesHutOptimize: graph.order > 2000 } });
    layout.start();
  };
  const kill = () => {
    layout?.kill();
    layout = null;
  };
  return {
    running: () => layout?.isRunning() ?? false,
    toggle() {
      if (layout?.isRunning()) kill();
      else start();
      return layout !== null;
    },
    follow() {
      if (!layout) return;
      kill();
      start();
    },
    kill,
  };
}
