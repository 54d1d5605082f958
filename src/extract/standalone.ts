// Finding a name in a line where it stands as a word of its own.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const isLetterOrDigit = (codePoint: number | undefined) =>
  codePoint !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));

/** Whether offset `i` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) => isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1));

function codePointBefore(text: string, i: number): number | undefined {
  if (i === 0) return undefined;
  const unit = text.charCodeAt(i - 1);
  return isLow(unit) && i >= 2 && isHigh(text.charCodeAt(i - 2)) ? text.codePointAt(i - 2) : unit;
}

/**
 * Where `name` (not empty) stands in `line` with no letter or digit against it, left to right
 * without overlap. The same as matching `(?<![\p{L}\p{N}])name(?![\p{L}\p{N}])` with the flags
 * gu, whose Unicode classes take milliseconds to compile, once per name, and story names rarely
 * recur.
 */
export function standalone(line: string, name: string): number[] {
  const starts: number[] = [];
  for (let from = 0; from <= line.length; ) {
    const at = line.indexOf(name, from);
    if (at === -1) break;
    const end = at + name.length;
    from = at + 1;
    if (splitsPair(line, at) || splitsPair(line, end)) continue;
    if (isLetterOrDigit(codePointBefore(line, at)) || isLetterOrDigit(line.codePointAt(end))) continue;
    starts.push(at);
    from = Math.max(from, end);
  }
  return starts;
}
