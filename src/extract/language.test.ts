import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

const seedDir = new URL('../../seeds/', import.meta.url);

describe('detectLanguage', () => {
  it('recognises every seed article as Indonesian', () => {
    for (const name of readdirSync(seedDir)) {
      expect(detectLanguage(readFileSync(new URL(name, seedDir), 'utf8')), name).toBe('id');
    }
  });

  it.each([
    'Menteri Luar Negeri Korea Utara Choe Son Hui akan mengunjungi Rusia pekan ini.',
    'Kunjungan ini merupakan lanjutan dari lawatan Lavrov ke Pyongyang pada Oktober tahun lalu.',
    'Mesin-mesin pendorong rudal itu kabarnya didatangkan dari Rusia.',
    'Putin tiba di Moskow.',
    'Menlu Korut Undang Putin Temui Kim Jong-un',
    'Usai Luncurkan Rudal Hipersonik, Menlu Korut Pergi ke Rusia',
    'Jokowi bertemu Prabowo',
    'Thailand Tolak Pengungsi Rohingya',
    '“Kami akan melakukan segala upaya untuk mengembangkan hubungan kami,” kata Choe.',
  ])('Indonesian: %s', (sentence) => {
    expect(detectLanguage(sentence)).toBe('id');
  });

  it.each([
    "Russia's top diplomat on Tuesday hosted his North Korean counterpart for talks on expanding ties.",
    'North Korea has been accused of supplying artillery shells and missiles to Russia for use in Ukraine.',
    'Putin arrives in Moscow.',
    'North Korean Foreign Minister Meets Putin',
    'Kremlin says Putin will visit Pyongyang at an appropriate time',
    '"We will make every effort to develop our relations," Choe said.',
    'The White House accused Pyongyang of shipping ballistic missiles.',
    'Seoul warns against military cooperation',
  ])('English: %s', (sentence) => {
    expect(detectLanguage(sentence)).toBe('en');
  });

  it('follows the language of the prose, not of quoted names or loanwords', () => {
    expect(detectLanguage('Korea Joongang Daily melaporkan bahwa Pyongyang Times dan Rodong Sinmun memuat pernyataan itu.')).toBe('id');
    expect(detectLanguage('The Indonesian foreign ministry, Kementerian Luar Negeri, said the Menlu would attend.')).toBe('en');
  });

  it('falls back to Indonesian when there is nothing to go on', () => {
    expect(detectLanguage('')).toBe('id');
    expect(detectLanguage('2024 — 13:54')).toBe('id');
  });
});
