/**
 * The binary model files in src/models/ (`*.bin`): a JSON header saying what the model is, then
 * each block of perceptron weights packed (packed.ts), so that loading is a few array copies and
 * no JSON of a hundred thousand keys. The same weights always give the same bytes.
 *
 * Layout, little-endian:
 *   "NGMF", u32 header length, header (UTF-8 JSON: the caller's fields plus `blocks`), then per
 *   block in the header's order: the names (UTF-8, each ended by '\0'), the pair count of each
 *   feature (u8), each pair's class (u8), and each pair's weight times 10^decimals (int16 or int32).
 *
 * The weights are decimal numbers the learner rounded (to 2 or 3 places), so the integers hold
 * them exactly; they are read back as float32, as the scorer always summed them.
 */
import { type PackedWeights, packRows, type WeightRows } from './packed.js';

const MAGIC = 'NGMF';

/** What a model file says about itself besides its weights: `format` names the kind of model. */
export interface ModelMeta {
  format: string;
  [field: string]: unknown;
}

interface BlockHeader {
  name: string;
  classes: string[];
  features: number;
  pairs: number;
  nameBytes: number;
  decimals: number;
  bits: 16 | 32;
}

/** A model file's bytes for these blocks of weights (rows as training gives them). */
export function encodeModel(meta: ModelMeta, blocks: Record<string, WeightRows>): Uint8Array {
  const parts: Uint8Array[] = [];
  const headers: BlockHeader[] = [];
  for (const [name, rows] of Object.entries(blocks)) {
    const packed = packRows(rows);
    const names = new TextEncoder().encode(packed.names);
    if (new TextDecoder().decode(names) !== packed.names) throw new Error(`model block ${name}: a feature name is not well-formed Unicode`);
    const { decimals, bits, ints } = quantised(name, rows);
    headers.push({ name, classes: packed.classes, features: packed.counts.length, pairs: packed.values.length, nameBytes: names.length, decimals, bits });
    parts.push(names, packed.counts, packed.targets, ints);
  }
  const header = new TextEncoder().encode(JSON.stringify({ ...meta, blocks: headers }));
  const lead = new Uint8Array(8);
  lead.set(new TextEncoder().encode(MAGIC));
  new DataView(lead.buffer).setUint32(4, header.length, true);
  return concat([lead, header, ...parts]);
}

/** The weights as little-endian integers at the fewest decimals that hold every one exactly. */
function quantised(block: string, rows: WeightRows): { decimals: number; bits: 16 | 32; ints: Uint8Array } {
  const exact = Object.values(rows.weights).flatMap((pairs) => pairs.filter((_, k) => k % 2 === 1));
  for (let decimals = 0; decimals <= 6; decimals++) {
    const scale = 10 ** decimals;
    if (!exact.every((w) => Math.round(w * scale) / scale === w)) continue;
    const largest = exact.reduce((m, w) => Math.max(m, Math.abs(Math.round(w * scale))), 0);
    if (largest > 2 ** 31 - 1) break;
    const bits = largest <= 32767 ? 16 : 32;
    const ints = new Uint8Array((exact.length * bits) / 8);
    const view = new DataView(ints.buffer);
    exact.forEach((w, k) => (bits === 16 ? view.setInt16(2 * k, Math.round(w * scale), true) : view.setInt32(4 * k, Math.round(w * scale), true)));
    return { decimals, bits, ints };
  }
  throw new Error(`model block ${block}: weights are not rounded to at most 6 decimals within int32`);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Reads a model file; `source` names it in errors. Throws on anything but a whole, well-formed file. */
export function decodeModel(bytes: Uint8Array, source: string): { meta: ModelMeta; blocks: Record<string, PackedWeights> } {
  const fail = (problem: string): never => {
    throw new Error(`${source}: ${problem}`);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) fail('not a newsgraph model file');
  let at = 8 + view.getUint32(4, true);
  if (at > bytes.length) fail('cut short (header)');
  let header: ModelMeta & { blocks?: BlockHeader[] };
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, at)));
  } catch (error) {
    return fail(`unreadable header (${(error as Error).message})`);
  }
  const { blocks: headers, ...meta } = header;
  if (typeof meta.format !== 'string' || !Array.isArray(headers)) return fail('not a newsgraph model file');
  const blocks: Record<string, PackedWeights> = {};
  for (const h of headers) {
    const size = h.nameBytes + h.features + h.pairs + (h.pairs * h.bits) / 8;
    if (at + size > bytes.length) fail(`cut short (block ${h.name})`);
    blocks[h.name] = readBlock(h, bytes, at, fail);
    at += size;
  }
  if (at !== bytes.length) fail(`${bytes.length - at} bytes after the last block`);
  return { meta, blocks };
}

function readBlock(h: BlockHeader, bytes: Uint8Array, at: number, fail: (problem: string) => never): PackedWeights {
  const names = new TextDecoder().decode(bytes.subarray(at, (at += h.nameBytes)));
  const counts = bytes.subarray(at, (at += h.features));
  const targets = bytes.subarray(at, (at += h.pairs));
  // A copy of its own is aligned for the typed array (the file's bytes are little-endian, as every platform this runs on).
  const copy = new Uint8Array(bytes.subarray(at, at + (h.pairs * h.bits) / 8)).buffer;
  const ints = h.bits === 16 ? new Int16Array(copy) : new Int32Array(copy);
  const values = new Float32Array(h.pairs);
  const scale = 10 ** h.decimals;
  for (let k = 0; k < h.pairs; k++) {
    if (targets[k]! >= h.classes.length) fail(`block ${h.name}: class ${targets[k]} of ${h.classes.length}`);
    values[k] = ints[k]! / scale;
  }
  if (counts.reduce((n, c) => n + c, 0) !== h.pairs) fail(`block ${h.name}: pair counts do not add up to ${h.pairs}`);
  return { classes: h.classes, names, counts, targets, values };
}
