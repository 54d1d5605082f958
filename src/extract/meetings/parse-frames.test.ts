// Frames read off hand-written parses in the shape src/parse/ gives (UPOS tags, 0-based heads,
// -1 for the root, UD labels), in both languages.

import { describe, expect, it } from 'vitest';
import { type Parse, frameOf } from './parse-frames.js';

/** A parse written as rows "word TAG head label" (head 1-based as in CoNLL-U, 0 for the root). */
function parsed(rows: string): { words: string[]; parse: Parse } {
  const lines = rows.trim().split('\n').map((l) => l.trim().split(/\s+/));
  return {
    words: lines.map((l) => l[0]!),
    parse: { tags: lines.map((l) => l[1]!), heads: lines.map((l) => Number(l[2]) - 1), labels: lines.map((l) => l[3]!) },
  };
}
const named = (words: string[], list: number[]) => list.map((i) => words[i]);

describe('meeting frames off a parse', () => {
  it('en: subject and object of "met", the place and the day of its clause, not the date of another clause', () => {
    const { words, parse } = parsed(`
      Putin PROPN 2 nsubj
      met VERB 0 root
      Xi PROPN 2 obj
      in ADP 5 case
      Beijing PROPN 2 obl
      on ADP 7 case
      Tuesday PROPN 2 obl
      after SCONJ 10 mark
      he PRON 10 nsubj
      arrived VERB 2 advcl
      on ADP 12 case
      Monday PROPN 10 obl`);
    const f = frameOf(words, parse, 1);
    expect(named(words, f.participants)).toEqual(['Putin', 'Xi']);
    expect(named(words, f.places)).toEqual(['Beijing']);
    expect(named(words, f.times)).toEqual(['Tuesday']);
    expect(f.status).toBe('happened');
  });

  it('en: "held talks with A and B": the noun trigger takes the verb\'s subject, the "with" oblique and its conjunct', () => {
    const { words, parse } = parsed(`
      Rubio PROPN 2 nsubj
      held VERB 0 root
      talks NOUN 2 obj
      with ADP 5 case
      Wang PROPN 2 obl
      and CCONJ 7 cc
      Lavrov PROPN 5 conj`);
    expect(named(words, frameOf(words, parse, 2).participants)).toEqual(['Rubio', 'Wang', 'Lavrov']);
  });

  it('en: "would like to meet" is hypothetical; "will meet" planned; "did not meet" denied', () => {
    const wish = parsed(`
      Trump PROPN 4 nsubj
      would AUX 3 aux
      like VERB 0 root
      to PART 5 mark
      meet VERB 3 xcomp
      Kim PROPN 5 obj`);
    expect(frameOf(wish.words, wish.parse, 4).status).toBe('hypothetical');
    const plan = parsed(`
      Trump PROPN 3 nsubj
      will AUX 3 aux
      meet VERB 0 root
      Kim PROPN 3 obj`);
    expect(frameOf(plan.words, plan.parse, 2).status).toBe('planned');
    const not = parsed(`
      Trump PROPN 4 nsubj
      did AUX 4 aux
      not PART 4 advmod
      meet VERB 0 root
      Kim PROPN 4 obj`);
    expect(frameOf(not.words, not.parse, 3).status).toBe('denied');
  });

  it('id: "bertemu dengan Presiden Putin di Moskow pada Senin": the title\'s name in apposition, the place, the day', () => {
    const { words, parse } = parsed(`
      Prabowo PROPN 2 nsubj
      bertemu VERB 0 root
      dengan ADP 4 case
      Presiden NOUN 2 obl
      Putin PROPN 4 appos
      di ADP 7 case
      Moskow PROPN 2 obl
      pada ADP 9 case
      Senin PROPN 2 obl`);
    const f = frameOf(words, parse, 1);
    expect(named(words, f.participants)).toEqual(['Prabowo', 'Putin']);
    expect(named(words, f.places)).toEqual(['Moskow']);
    expect(named(words, f.times)).toEqual(['Senin']);
  });

  it('id: "akan" is planned, "ingin bertemu" hypothetical, "tidak bertemu" denied', () => {
    const plan = parsed(`
      Sugiono PROPN 3 nsubj
      akan AUX 3 aux
      bertemu VERB 0 root
      Wong PROPN 3 obj`);
    expect(frameOf(plan.words, plan.parse, 2).status).toBe('planned');
    const wish = parsed(`
      Prabowo PROPN 2 nsubj
      ingin VERB 0 root
      bertemu VERB 2 xcomp
      Modi PROPN 3 obj`);
    expect(frameOf(wish.words, wish.parse, 2).status).toBe('hypothetical');
    const not = parsed(`
      Trump PROPN 3 nsubj
      tidak PART 3 advmod
      bertemu VERB 0 root
      Putin PROPN 3 obj`);
    expect(frameOf(not.words, not.parse, 2).status).toBe('denied');
  });

  it('id: "kunjungan Putin ke Pyongyang": the possessor of a noun trigger visits, the place after "ke"', () => {
    const { words, parse } = parsed(`
      kunjungan NOUN 0 root
      Putin PROPN 1 nmod
      ke ADP 4 case
      Pyongyang PROPN 1 nmod`);
    const f = frameOf(words, parse, 0);
    expect(named(words, f.participants)).toEqual(['Putin']);
    expect(named(words, f.places)).toEqual(['Pyongyang']);
  });
});
