// Node shapes from the type registry. Sigma draws discs natively and squares with
// @sigma/node-square; triangles and diamonds are drawn as pictograms (@sigma/node-image in
// colour mode) from inline SVG, so nothing is fetched.
import { createNodeImageProgram } from '@sigma/node-image';
import { NodeSquareProgram } from '@sigma/node-square';
import { NodeCircleProgram, type NodeLabelDrawingFunction } from 'sigma/rendering';
import type { NodeTypeDef } from '../../graph/registry.js';
import { withoutInstancing } from './plain-draws.js';

const svg = (path: string) =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100"><path d="${path}" fill="black"/></svg>`,
  )}`;

const PICTOGRAMS: Partial<Record<NodeTypeDef['shape'], string>> = {
  triangle: svg('M50 4 L96 90 L4 90 Z'),
  diamond: svg('M50 2 L98 50 L50 98 L2 50 Z'),
};

export const pictogramOf = (shape: NodeTypeDef['shape']): string | undefined => PICTOGRAMS[shape];

/** Sigma program name for a registry shape. */
export const programOf = (shape: NodeTypeDef['shape']): string =>
  shape === 'circle' ? 'circle' : shape === 'square' ? 'square' : 'pictogram';

/**
 * The programs, each writing its labels with `drawLabel` (controllers/labels.ts keeps them apart),
 * drawn without instancing (controllers/plain-draws.ts).
 */
export function nodePrograms(drawLabel: NodeLabelDrawingFunction) {
  class Square extends NodeSquareProgram {
    override drawLabel = drawLabel as never;
  }
  return {
    circle: withoutInstancing(NodeCircleProgram),
    square: withoutInstancing(Square),
    pictogram: withoutInstancing(
      createNodeImageProgram({
        drawingMode: 'color',
        keepWithinCircle: false,
        padding: 0,
        size: { mode: 'force', value: 64 },
        drawLabel: drawLabel as never,
      }),
    ),
  };
}
