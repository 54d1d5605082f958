// Sigma's programs drawn without WebGL instancing. Sigma 3 (and its node and edge packages) draws
// every node or edge as an instance of one shape. Software WebGL (SwiftShader: Chromium without a
// GPU, headless or on a machine whose GPU is blocklisted) runs each instance as a draw call of its
// own, so a frame costs about 0.05–0.1 ms per drawn item whatever its size: 1,047 arrows took
// 150–270 ms of a frame at 1,500 nodes. One plain draw of the same triangles, every vertex carrying
// its item's attributes (as sigma 2 drew), took 17 ms for 1,000 quads against 40–57 ms instanced.
// Sigma has no setting for this, so each program class is wrapped here: same shaders, same
// picture, only the vertex buffer's layout differs. A GPU draws either layout at full speed.
import type { ProgramDefinition, InstancedProgramDefinition } from 'sigma/rendering';
import { getAttributesItemsCount } from 'sigma/rendering';

type Definition = ProgramDefinition | InstancedProgramDefinition;

/** What the wrapper needs of a sigma program class (node or edge). */
interface InstancedProgram {
  array: Float32Array;
  getDefinition(): Definition;
  processVisibleItem(index: number, start: number, ...data: never[]): void;
}

// A mixin's constructor must take `any[]` (TypeScript's rule for class mixins).
type ProgramClass = abstract new (...args: any[]) => InstancedProgram;

const isInstanced = (def: Definition): def is InstancedProgramDefinition => 'CONSTANT_ATTRIBUTES' in def;

/**
 * The same program with one plain draw call: the per-corner constant attributes become ordinary
 * vertex attributes after the item's own, and each item is written once per corner.
 */
export function withoutInstancing<T extends abstract new (...args: any[]) => object>(Base: T): T {
  // Sigma's exported program types hide the members wrapped here; every program class has them.
  const Instanced = Base as unknown as ProgramClass;
  abstract class PlainDraw extends Instanced {
    /** Floats an item writes, and each corner's constant data (read from the instanced definition). */
    private corners?: Corners | null;

    override getDefinition(): Definition {
      const def = super.getDefinition();
      if (!isInstanced(def)) return def;
      // Sigma tells the layouts apart by the presence of CONSTANT_ATTRIBUTES, so it is left out, not emptied.
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA: _data, ...plain } = def;
      return { ...plain, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    override processVisibleItem(index: number, start: number, ...data: never[]): void {
      if (this.corners === undefined) this.corners = cornersOf(super.getDefinition());
      // The item's attributes go to the first corner, then are copied to the others beside each corner's constants.
      super.processVisibleItem(index, start, ...data);
      const corners = this.corners;
      if (!corners) return;
      const { itemFloats, data: constants } = corners;
      const stride = itemFloats + constants[0]!.length;
      const array = this.array;
      constants.forEach((constant, corner) => {
        const at = start + corner * stride;
        if (corner > 0) array.copyWithin(at, start, start + itemFloats);
        array.set(constant, at + itemFloats);
      });
    }
  }
  return PlainDraw as unknown as T;
}

interface Corners {
  itemFloats: number;
  data: number[][];
}

function cornersOf(def: Definition): Corners | null {
  if (!isInstanced(def)) return null;
  return { itemFloats: getAttributesItemsCount(def.ATTRIBUTES), data: def.CONSTANT_DATA };
}
