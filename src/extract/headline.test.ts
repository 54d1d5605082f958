import { describe, expect, it } from 'vitest';
import { isTitleCase, titleCaseMentions } from './headline.js';
import { findMentions } from './mentions.js';

describe('isTitleCase', () => {
  it('recognises title-case headlines and subheadings', () => {
    expect(isTitleCase('Usai Luncurkan Rudal Hipersonik, Menlu Korut Pergi ke Rusia')).toBe(true);
    expect(isTitleCase('Jokowi Terima Kunjungan Perdana Menteri Jepang di Istana Bogor')).toBe(true);
    expect(isTitleCase('Rencana Kunjungan Putin')).toBe(true);
    expect(isTitleCase('Biden Meets Modi Ahead Of G20 Summit')).toBe(true);
  });
  it('leaves sentences alone, even short ones full of names', () => {
    expect(isTitleCase('Pemimpin Korea Utara (Korut) Kim Jong-un.')).toBe(false);
    expect(isTitleCase('Presiden Joko Widodo meresmikan jalan tol di Semarang pada Senin.')).toBe(false);
    expect(isTitleCase('China holds drills around Taiwan after Lai stopover')).toBe(false);
  });
});

describe('titleCaseMentions', () => {
  it('keeps lexicon entities and story names, not verbs run into names', () => {
    const story = 'Menlu Korea Utara Choe Son-hui mengundang Presiden Vladimir Putin untuk bertemu Kim Jong-un.';
    const line = 'Menlu Korut Undang Putin Temui Kim Jong-un';
    const kept = titleCaseMentions(line, findMentions(line, 'id'), findMentions(story, 'id'));
    expect(kept.map((m) => `${m.type}:${line.slice(m.start, m.end)}`)).toEqual([
      'country:Korut',
      'person:Putin',
      'person:Kim Jong-un',
    ]);
  });
});
