// Canvas labels that never overlap. Sigma's label grid picks at most a few candidates per cell,
// but a long name still runs into the next cell's: here the candidates of a frame are collected,
// then drawn biggest node first, each only where no label drawn before it lies. A forced label
// (the selected node, a path) is always drawn, and first. Sigma has no such pass of its own.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

export interface Candidate {
  label: string;
  x: number;
  y: number;
  size: number;
  forced: boolean;
}

/** A label written on the canvas, with its box [left, top, right, bottom] in pixels. */
export interface DrawnLabel {
  label: string;
  box: number[];
}

export interface LabelLayer {
  /** Given to sigma as every program's label drawer: only collects. */
  collect: NodeLabelDrawingFunction;
  /** Draws what was collected; called after each frame. */
  flush(): void;
  /** The labels the last frame drew, with their boxes [left, top, right, bottom] in pixels (for the tests). */
  drawn(): DrawnLabel[];
  /** Forgets what was collected and not drawn (a renderer that will not flush, such as an export's). */
  reset(): void;
}

const overlaps = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

export function createLabelLayer(): LabelLayer {
  let pending: Candidate[] = [];
  let last: DrawnLabel[] = [];
  let settings: Settings | null = null;
  let context: CanvasRenderingContext2D | null = null;
  const collect: NodeLabelDrawingFunction = (ctx, data: LabelData, s) => {
    if (!data.label) return;
    context = ctx;
    settings = s as Settings;
    pending.push({ label: data.label, x: data.x, y: data.y, size: data.size, forced: Boolean(data.forceLabel) });
  };
  const flush = () => {
    const candidates = pending;
    pending = [];
    last = context && settings ? placeLabels(context, candidates, settings) : [];
  };
  return { collect, flush, drawn: () => last, reset: () => void (pending = []) };
}

/**
 * Writes the candidates' labels where they do not overlap: forced ones first, then biggest node
 * first, each only where no label written before it lies. Returns what was written, with boxes.
 */
export function placeLabels(context: CanvasRenderingContext2D, candidates: Candidate[], settings: Settings): DrawnLabel[] {
  const written: DrawnLabel[] = [];
  if (candidates.length === 0) return written;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.fillStyle = settings.labelColor.color ?? '#000';
  candidates.sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || (a.label < b.label ? -1 : 1));
  const drawn: number[][] = [];
  for (const c of candidates) {
    const x = c.x + c.size + 3;
    const y = c.y + size / 3;
    const box = [x - 2, y - size, x + context.measureText(c.label).width + 2, y + size * 0.35];
    if (!c.forced && drawn.some((other) => overlaps(box, other))) continue;
    drawn.push(box);
    written.push({ label: c.label, box });
    context.fillText(c.label, x, y);
  }
  return written;
}
