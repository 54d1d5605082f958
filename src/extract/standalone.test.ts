import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standalone } from './standalone.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byPattern = (line: string, name: string) =>
  [...line.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index);

describe('standalone', () => {
  it('finds a name only where no letter or digit touches it', () => {
    expect(standalone('Menlu Korut Undang Putin Temui Kim Jong-un', 'Kim')).toEqual([31]);
    expect(standalone('Kimberly dan Kim, lalu Kim2 dan (Kim)', 'Kim')).toEqual([13, 33]);
    expect(standalone('Putin-Kim: Putin', 'Putin')).toEqual([0, 11]);
    expect(standalone('Lavrov', 'Lavrov')).toEqual([0]);
  });

  it('reads letters outside the Basic Multilingual Plane as letters', () => {
    expect(standalone('𠀀Kim Kim𠀀 Kim 😀Kim', 'Kim')).toEqual([12, 18]);
  });

  it('agrees with the Unicode pattern it replaces, surrogate halves included', () => {
    const unit = fc.constantFrom('K', 'i', 'm', ' ', '-', '1', 'é', '\ud840', '\udc00', '😀', '𠀀', '(');
    const text = (min: number, max: number) => fc.array(unit, { minLength: min, maxLength: max }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text(0, 16), text(1, 3), (line, name) => {
        expect(standalone(line, name)).toEqual(byPattern(line, name));
      }),
      { numRuns: 5000 },
    );
  });
});
