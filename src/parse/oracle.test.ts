import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEFT, MOVES, ParseState, REDUCE, RIGHT, SHIFT } from './arc-eager.js';
import { readConllu } from './conllu.js';
import { moveCost } from './oracle.js';

const sentences = readConllu(readFileSync(new URL('./__fixtures__/mini.conllu', import.meta.url), 'utf8'), 'mini');

/** Follows the first free move until the end; returns the heads built (-1 for the root). */
function followOracle(gold: number[]): number[] {
  const state = new ParseState(gold.length);
  while (!state.done) {
    const move = MOVES.findIndex((_, m) => state.valid(m) && moveCost(state, m, gold) === 0);
    expect(move).toBeGreaterThanOrEqual(0);
    state.apply(move, 'x');
  }
  return [...state.heads].map((h) => (h === gold.length ? -1 : h));
}

describe('arc-eager dynamic oracle', () => {
  it('rebuilds every projective gold tree by free moves alone', () => {
    for (const s of sentences) {
      const gold = s.heads.map((h) => (h === -1 ? s.words.length : h));
      expect(followOracle(gold)).toEqual(s.heads);
    }
  });

  it('charges each gold arc a move makes unreachable', () => {
    // John met Mary in Jakarta . — John ← met, met → Mary, met → Jakarta, in ← Jakarta
    const gold = [1, 6, 1, 4, 1, 1];
    const state = new ParseState(6);
    state.apply(SHIFT, '');
    expect(moveCost(state, LEFT, gold)).toBe(0); // met becomes John's head: right
    expect(moveCost(state, RIGHT, gold)).toBe(2); // John → met loses met → John and met's root arc
    expect(moveCost(state, SHIFT, gold)).toBe(1); // John under met on the stack: no arc between them any more
    state.apply(LEFT, 'nsubj');
    state.apply(SHIFT, '');
    expect(state.valid(REDUCE)).toBe(false); // met has no head yet
    expect(moveCost(state, REDUCE, gold)).toBe(3); // and popping it would lose Mary, Jakarta and '.'
    expect(moveCost(state, RIGHT, gold)).toBe(0); // met → Mary
    expect(moveCost(state, SHIFT, gold)).toBe(1); // Mary would lose its head met
  });

  it('starts from a finished state only when there is nothing to parse', () => {
    expect(new ParseState(0).done).toBe(true);
    expect(new ParseState(1).done).toBe(false);
  });
});
