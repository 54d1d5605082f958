/**
 * Features of an arc-eager configuration: the rich non-local set of Zhang & Nivre (2011) —
 * words, tags, distance, valency, second-order and third-order dependents and label sets — and
 * the features the label classifier reads for one new arc.
 */
import type { ParseState } from './arc-eager.js';

/** A sentence as the parser sees it: normalised words and tags, with the root at index `n`. */
export interface ParseInput {
  words: readonly string[];
  tags: readonly string[];
}

const NONE = '-';

function word(input: ParseInput, i: number): string {
  if (i < 0) return NONE;
  return i < input.words.length ? input.words[i]! : '<root>';
}

function tag(input: ParseInput, i: number): string {
  if (i < 0) return NONE;
  return i < input.tags.length ? input.tags[i]! : '<root>';
}

function label(state: ParseState, i: number): string {
  return i < 0 || i >= state.n ? NONE : state.labels[i] || NONE;
}

/** Leftmost (k = 1) or second leftmost (k = 2) dependent of `head`, or -1. */
function leftDep(state: ParseState, head: number, k: number): number {
  if (head < 0) return -1;
  const deps = state.lefts[head]!;
  return deps.length >= k ? deps[deps.length - k]! : -1;
}

function rightDep(state: ParseState, head: number, k: number): number {
  if (head < 0) return -1;
  const deps = state.rights[head]!;
  return deps.length >= k ? deps[deps.length - k]! : -1;
}

function headOf(state: ParseState, i: number): number {
  return i < 0 || i >= state.n ? -1 : state.heads[i]!;
}

function labelSet(state: ParseState, deps: readonly number[] | undefined): string {
  if (!deps || deps.length === 0) return NONE;
  return [...new Set(deps.map((d) => state.labels[d]))].sort().join(',');
}

/** The transition classifier's features for `state`. */
export function moveFeatures(input: ParseInput, state: ParseState): string[] {
  const s0 = state.s0;
  const n0 = state.b;
  const n1 = n0 + 1 <= state.n ? n0 + 1 : -1;
  const n2 = n0 + 2 <= state.n ? n0 + 2 : -1;
  const [s0w, s0p, n0w, n0p] = [word(input, s0), tag(input, s0), word(input, n0), tag(input, n0)];
  const [n1w, n1p, n2w, n2p] = [word(input, n1), tag(input, n1), word(input, n2), tag(input, n2)];
  const s0h = headOf(state, s0);
  const s0h2 = headOf(state, s0h);
  const [s0l, s0l2, s0r, s0r2] = [leftDep(state, s0, 1), leftDep(state, s0, 2), rightDep(state, s0, 1), rightDep(state, s0, 2)];
  const [n0l, n0l2] = [leftDep(state, n0, 1), leftDep(state, n0, 2)];
  const d = s0 < 0 ? NONE : String(Math.min(n0 - s0, 10));
  const s0wp = `${s0w}/${s0p}`;
  const n0wp = `${n0w}/${n0p}`;
  const s0vl = s0 < 0 ? 0 : state.lefts[s0]!.length;
  const s0vr = s0 < 0 ? 0 : state.rights[s0]!.length;
  const n0vl = state.lefts[n0]!.length;
  const s0sl = s0 < 0 ? NONE : labelSet(state, state.lefts[s0]);
  const s0sr = s0 < 0 ? NONE : labelSet(state, state.rights[s0]);
  const n0sl = labelSet(state, state.lefts[n0]);
  const [s0lp, s0rp, n0lp] = [tag(input, s0l), tag(input, s0r), tag(input, n0l)];
  const s0hp = tag(input, s0h);
  const s1 = state.stack.length > 1 ? state.stack[state.stack.length - 2]! : -1;
  return [
    'bias',
    `a ${s0wp}`, `b ${s0w}`, `c ${s0p}`, `d ${n0wp}`, `e ${n0w}`, `f ${n0p}`,
    `g ${n1w}/${n1p}`, `h ${n1w}`, `i ${n1p}`, `j ${n2w}/${n2p}`, `k ${n2w}`, `l ${n2p}`,
    `m ${s0wp} ${n0wp}`, `n ${s0wp} ${n0w}`, `o ${s0w} ${n0wp}`, `p ${s0wp} ${n0p}`, `q ${s0p} ${n0wp}`,
    `r ${s0w} ${n0w}`, `s ${s0p} ${n0p}`, `t ${n0p} ${n1p}`,
    `u ${n0p} ${n1p} ${n2p}`, `v ${s0p} ${n0p} ${n1p}`, `w ${s0hp} ${s0p} ${n0p}`,
    `x ${s0p} ${s0lp} ${n0p}`, `y ${s0p} ${s0rp} ${n0p}`, `z ${s0p} ${n0p} ${n0lp}`,
    `A ${s0w} ${d}`, `B ${s0p} ${d}`, `C ${n0w} ${d}`, `D ${n0p} ${d}`, `E ${s0w} ${n0w} ${d}`, `F ${s0p} ${n0p} ${d}`,
    `G ${s0w} ${s0vr}`, `H ${s0p} ${s0vr}`, `I ${s0w} ${s0vl}`, `J ${s0p} ${s0vl}`, `K ${n0w} ${n0vl}`, `L ${n0p} ${n0vl}`,
    `M ${word(input, s0h)}`, `N ${s0hp}`, `O ${label(state, s0)}`,
    `P ${word(input, s0l)}`, `Q ${s0lp}`, `R ${label(state, s0l)}`,
    `S ${word(input, s0r)}`, `T ${s0rp}`, `U ${label(state, s0r)}`,
    `V ${word(input, n0l)}`, `W ${n0lp}`, `X ${label(state, n0l)}`,
    `Y ${word(input, s0h2)}`, `Z ${tag(input, s0h2)}`, `0 ${label(state, s0h)}`,
    `1 ${word(input, s0l2)}`, `2 ${tag(input, s0l2)}`, `3 ${label(state, s0l2)}`,
    `4 ${word(input, s0r2)}`, `5 ${tag(input, s0r2)}`, `6 ${label(state, s0r2)}`,
    `7 ${word(input, n0l2)}`, `8 ${tag(input, n0l2)}`, `9 ${label(state, n0l2)}`,
    `aa ${s0p} ${s0lp} ${tag(input, s0l2)}`, `ab ${s0p} ${s0rp} ${tag(input, s0r2)}`,
    `ac ${s0p} ${s0hp} ${tag(input, s0h2)}`, `ad ${n0p} ${n0lp} ${tag(input, n0l2)}`,
    `ae ${s0w} ${s0sr}`, `af ${s0p} ${s0sr}`, `ag ${s0w} ${s0sl}`, `ah ${s0p} ${s0sl}`,
    `ai ${n0w} ${n0sl}`, `aj ${n0p} ${n0sl}`,
    `ak ${tag(input, s1)} ${s0p} ${n0p}`, `al ${s0 >= 0 && state.heads[s0] !== -1} ${n0p}`,
  ];
}

/** The label classifier's features for a new arc `head` → `dep`. */
export function labelFeatures(input: ParseInput, state: ParseState, head: number, dep: number): string[] {
  const [hw, hp, dw, dp] = [word(input, head), tag(input, head), word(input, dep), tag(input, dep)];
  const dir = dep < head ? 'L' : 'R';
  const dist = Math.min(Math.abs(head - dep), 6);
  const sibling = dep < head ? leftDep(state, head, 1) : rightDep(state, head, 1);
  return [
    'bias',
    `a ${hw}`, `b ${hp}`, `c ${dw}`, `d ${dp}`,
    `e ${hw} ${dp}`, `f ${hp} ${dw}`, `g ${hp} ${dp}`, `h ${hw} ${dw}`,
    `i ${dir} ${dist}`, `j ${hp} ${dp} ${dir} ${dist}`, `k ${dp} ${dir}`, `l ${dw} ${dir}`,
    `m ${hp} ${dp} ${label(state, leftDep(state, dep, 1))}`, `n ${dp} ${label(state, rightDep(state, dep, 1))}`,
    `o ${dp} ${labelSet(state, state.lefts[dep])}`, `p ${dp} ${labelSet(state, state.rights[dep])}`,
    `q ${hp} ${dp} ${label(state, head)}`, `r ${dp} ${dir} ${label(state, sibling)}`,
    `s ${dp} ${word(input, leftDep(state, dep, 1))}`, `t ${dp} ${tag(input, dep + 1)}`, `u ${dp} ${tag(input, dep - 1)}`,
    `v ${dp} ${dw.slice(-3)}`, `w ${hp} ${dw.slice(0, 3)}`, `x ${hp} ${dp} ${word(input, dep - 1)}`,
  ];
}
