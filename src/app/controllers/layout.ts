// ForceAtlas2 refinement in a Web Worker (graphology's supervisor), started and stopped by
// the user; the precomputed layout is where it starts from.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ContractGraph } from '../../graph/json.js';

export interface LayoutControl {
  running(): boolean;
  toggle(): boolean;
  kill(): void;
}

export function createLayoutControl(graph: ContractGraph): LayoutControl {
  let layout: FA2Layout | null = null;
  return {
    running: () => layout?.isRunning() ?? false,
    toggle() {
      layout ??= new FA2Layout(graph as never, { settings: { ...forceAtlas2.inferSettings(graph as never), barnesHutOptimize: graph.order > 2000 } });
      if (layout.isRunning()) layout.stop();
      else layout.start();
      return layout.isRunning();
    },
    kill() {
      layout?.kill();
      layout = null;
    },
  };
}
