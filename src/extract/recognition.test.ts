import { describe, expect, it } from 'vitest';
import { findMentions, recognise } from './mentions.js';
import type { Lang } from '../graph/types.js';

const found = (text: string, lang: Lang) => findMentions(text, lang).map((m) => `${m.type}:${m.text}`);

describe('recognition: candidates, the tagger and one resolver', () => {
  // Not met: the English model (trained on 1,600 UNER web sentences and GUM) reads "Vladimir"
  // as a place, like the gazetteer. It turns red once the tagger reads the person.
  it.fails('reads a gazetteer hit inside a person as the person: two people and a place', () => {
    expect(found('Vladimir Putin met Xi Jinping in Beijing.', 'en')).toEqual(['person:Vladimir Putin', 'person:Xi Jinping', 'place:Beijing']);
  });

  it('gives no person for capitalised common words that open a sentence or a caption', () => {
    for (const text of [
      'Suasana pertemuan kedua delegasi di Jakarta, Senin (12/5).',
      'Kembali ke kantornya, ia langsung memimpin rapat.',
      'Gambar: suasana rapat di Balai Kota.',
    ]) {
      expect(findMentions(text, 'id').filter((m) => m.type === 'person'), text).toEqual([]);
    }
  });

  it('keeps a lone word of a person the story already named, surname first or last', () => {
    const text = 'Chinese President Xi Jinping met Friedrich Weber. Xi arrived on Monday and was received by Weber.';
    expect(found(text, 'en')).toEqual(['person:Xi Jinping', 'person:Friedrich Weber', 'person:Xi', 'person:Weber']);
  });

  it('types a building as a place', () => {
    expect(findMentions('Trump spoke at the White House on Monday.', 'en').find((m) => m.text === 'White House')?.type).toBe('place');
    expect(findMentions('Pertemuan itu berlangsung di Gedung Putih, Rabu.', 'id').find((m) => m.text === 'Gedung Putih')?.type).toBe('place');
  });

  // Not met: "Menterinya" (a title with the -nya clitic) is not read as a title yet.
  it.fails('keeps a title out of the name and gives the person the role', () => {
    const anwar = findMentions('Perdana Menterinya Anwar Ibrahim menyambut kedatangan Prabowo di Putrajaya.', 'id').find((m) =>
      m.text.endsWith('Anwar Ibrahim'),
    );
    expect(anwar).toMatchObject({ type: 'person', text: 'Anwar Ibrahim' });
    expect(anwar?.role).toMatch(/Perdana Menteri/);
  });

  it('gives a cited agency the media type, apart from bodies that act', () => {
    expect(found('Serangan itu menewaskan tiga orang, kata AFP.', 'id')).toContain('media:AFP');
    expect(found('The strike killed three people, Reuters reported.', 'en')).toContain('media:Reuters');
    expect(found('Kabar itu dilansir dari medcom.id pada Senin.', 'id')).toContain('media:medcom.id');
  });

  it('makes named events nothing rather than people', () => {
    const types = findMentions('Macron spoke on Bastille Day about World War II.', 'en').map((m) => m.text);
    expect(types).not.toContain('Bastille Day');
    expect(types).not.toContain('World War II');
  });

  it('explains each candidate: who proposed it, and whether and why it was kept', () => {
    const doc = recognise('Delegasi itu tiba di Jakarta pada Senin.', 'id');
    const jakarta = doc.candidates.filter((c) => doc.text.slice(c.start, c.end) === 'Jakarta');
    expect(jakarta.map((c) => [c.source, c.label, c.kept])).toEqual([
      ['rules', 'place', true],
      ['tagger', 'LOC', false],
    ]);
    expect(jakarta[1]!.reason).toMatch(/the kept place «Jakarta» holds these words/);
  });
});
