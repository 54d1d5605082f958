import { describe, expect, it } from 'vitest';
import { createDoc } from './doc.js';
import { tokenize } from './lexicon/tokens.js';
import { findMentions, recognise } from './mentions.js';
import { resolver } from './mentions/resolver.js';
import type { Lang } from '../graph/types.js';

const found = (text: string, lang: Lang) => findMentions(text, lang).map((m) => `${m.type}:${m.text}`);

describe('recognition: candidates, the tagger and one resolver', () => {
  // "Vladimir" is also a Russian town in the gazetteer: before a word that can only be part of a
  // name, a one-word town is the person's given name.
  it('reads a gazetteer hit inside a person as the person: two people and a place', () => {
    expect(found('Vladimir Putin met Xi Jinping in Beijing.', 'en')).toEqual(['person:Vladimir Putin', 'person:Xi Jinping', 'place:Beijing']);
    expect(found('Victoria Nuland met Santiago Pena in Asuncion.', 'en')).toEqual(['person:Victoria Nuland', 'person:Santiago Pena', 'place:Asuncion']);
    // The town alone, or before a word of its own (a compass point), stays a place.
    expect(found('Putin flew to Vladimir on Monday.', 'en')).toContain('place:Vladimir');
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

  it('keeps no name the tagger reads where the words are a title alone', () => {
    const text = 'He met Trump and Vice President Vance.';
    const doc = createDoc(text, 'en', tokenize(text));
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    doc.candidates.push({ ...at('Vice President'), label: 'PER', source: 'tagger', reason: 'the tagger reads a name' });
    doc.candidates.push({ ...at('Trump and'), label: 'PER', source: 'tagger', reason: 'the tagger reads a name' });
    resolver.run(doc);
    expect(doc.mentions.map((m) => m.text)).toEqual(['Trump and']);
    expect(doc.candidates[0]!.reason).toMatch(/dropped: a title, not a name/);
  });

  it('types a building as a place', () => {
    expect(findMentions('Trump spoke at the White House on Monday.', 'en').find((m) => m.text === 'White House')?.type).toBe('place');
    expect(findMentions('Pertemuan itu berlangsung di Gedung Putih, Rabu.', 'id').find((m) => m.text === 'Gedung Putih')?.type).toBe('place');
  });

  it('keeps a title out of the name and gives the person the role, its possessive clitic too', () => {
    const anwar = findMentions('Perdana Menterinya Anwar Ibrahim menyambut kedatangan Prabowo di Putrajaya.', 'id').find((m) =>
      m.text.endsWith('Anwar Ibrahim'),
    );
    expect(anwar).toMatchObject({ type: 'person', text: 'Anwar Ibrahim', role: 'Perdana Menteri' });
    const other = findMentions('Presidennya, Joko Widodo, tiba. Menterinya Budi Gunadi Sadikin hadir.', 'id').filter((m) => m.type === 'person');
    expect(other.map((m) => [m.text, m.role])).toEqual([
      ['Joko Widodo', 'Presiden'],
      ['Budi Gunadi Sadikin', 'Menteri'],
    ]);
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
