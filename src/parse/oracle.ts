/**
 * The dynamic oracle for arc-eager (Goldberg & Nivre 2012): the cost of a move is the number of
 * gold arcs it makes unreachable. Training follows the cheapest moves, and from the second epoch
 * it may follow the model's own mistakes, so the parser learns to recover from them.
 * On a non-projective tree no move may be free; the cheapest ones are taken as correct.
 */
import { LEFT, type ParseState, REDUCE, RIGHT, SHIFT } from './arc-eager.js';

/** Cost of `move` in `state`, given gold heads (`n` for the root). */
export function moveCost(state: ParseState, move: number, gold: ArrayLike<number>): number {
  const { b, n } = state;
  const s0 = state.s0;
  if (move === LEFT) {
    return (gold[s0]! > b ? 1 : 0) + childrenFrom(s0, b, n, gold);
  }
  if (move === REDUCE) return childrenFrom(s0, b, n, gold);
  const head = gold[b]!;
  let cost = 0;
  if (move === RIGHT && head !== s0 && (head > b || state.stack.includes(head))) cost++;
  if (move === SHIFT && head !== -1 && state.stack.includes(head)) cost++;
  for (const k of state.stack) if (gold[k] === b && state.heads[k] === -1) cost++;
  return cost;
}

/** Gold dependents of `head` among words `from … n-1`. */
function childrenFrom(head: number, from: number, n: number, gold: ArrayLike<number>): number {
  let count = 0;
  for (let k = from; k < n; k++) if (gold[k] === head) count++;
  return count;
}
