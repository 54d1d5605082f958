/**
 * The arc-eager transition system (Nivre 2003) with the root token at the end of the buffer
 * (Ballesteros & Nivre 2013, "Going to the roots"): words left without a head when only the root
 * remains are attached to it by left-arcs.
 */

export const SHIFT = 0;
export const RIGHT = 1;
export const LEFT = 2;
export const REDUCE = 3;
export const MOVES = ['shift', 'right', 'left', 'reduce'] as const;

/** A parser configuration over `n` words; index `n` is the root. */
export class ParseState {
  readonly n: number;
  readonly stack: number[] = [];
  /** Front of the buffer: words `b … n-1`, then the root `n`. */
  b = 0;
  /** Head of each word (`n` for the root); -1 until attached. */
  readonly heads: Int32Array;
  readonly labels: string[];
  /** Dependents on each side, in the order they were attached (nearest first on the left). */
  readonly lefts: number[][];
  readonly rights: number[][];

  constructor(n: number) {
    this.n = n;
    this.heads = new Int32Array(n).fill(-1);
    this.labels = new Array<string>(n).fill('');
    this.lefts = Array.from({ length: n + 1 }, () => []);
    this.rights = Array.from({ length: n + 1 }, () => []);
  }

  get done(): boolean {
    return this.b === this.n && this.stack.length === 0;
  }

  /** The top of the stack, or -1. */
  get s0(): number {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1]! : -1;
  }

  valid(move: number): boolean {
    const s0 = this.s0;
    switch (move) {
      case SHIFT:
        return this.b < this.n;
      case RIGHT:
        return s0 >= 0 && this.b < this.n;
      case LEFT:
        return s0 >= 0 && this.heads[s0] === -1;
      default:
        return s0 >= 0 && this.heads[s0] !== -1;
    }
  }

  /** Applies a valid move; `label` names the arc a left or right move makes. */
  apply(move: number, label: string): void {
    if (move === SHIFT) {
      this.stack.push(this.b++);
    } else if (move === RIGHT) {
      this.attach(this.b, this.s0, label);
      this.stack.push(this.b++);
    } else if (move === LEFT) {
      this.attach(this.stack.pop()!, this.b, label);
    } else {
      this.stack.pop();
    }
  }

  /** The word a left or right move would make a head, and its new dependent. */
  arcOf(move: number): [head: number, dependent: number] {
    return move === RIGHT ? [this.s0, this.b] : [this.b, this.s0];
  }

  private attach(dependent: number, head: number, label: string): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    (dependent < head ? this.lefts : this.rights)[head]!.push(dependent);
  }
}
