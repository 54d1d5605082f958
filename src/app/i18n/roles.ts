// A role in the page's language, with the original beside it when they differ
// ("Foreign Minister (Menteri Luar Negeri)"). Titles not in the list stay as written.
import data from './roles.json';
import type { Lang } from './strings.js';

const toEnglish = new Map(data.pairs.map(([id, en]) => [id!, en!]));
const toIndonesian = new Map(data.pairs.map(([id, en]) => [en!, id!]));
const variants = new Map(Object.entries(data.variants));

const titleCase = (text: string) => text.replace(/(^|[\s-])(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());

export function roleIn(lang: Lang, role: string): string {
  const key = role.toLowerCase();
  const english = variants.get(key) ?? key;
  const translated = lang === 'en' ? toEnglish.get(key) : toIndonesian.get(english);
  return translated ? `${titleCase(translated)} (${role})` : role;
}
