import type { Lang } from '../graph/types.js';

// Function words are frequent, topic-independent and almost never shared between
// Indonesian and English, so counting them tells the two apart even in a headline.
const ID_WORDS = new Set(
  ('yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga oleh atau karena ' +
    'telah sudah bahwa para tersebut mereka kami kita saya ia dia ada bisa lebih sebagai secara antara ' +
    'setelah namun menurut seperti agar serta hingga sejak masih belum harus bagi terhadap kepada bukan ' +
    'saat ketika jika kata usai tak pun lalu kini sementara yakni yaitu maupun baik bakal tengah ' +
    'sedang dapat menjadi tahun hari pekan bulan lain sangat mulai sekitar tiba tentang atas bersama')
    .split(' '),
);
const EN_WORDS = new Set(
  ('the of and to in a an is that for on with as was at by it from be are has have had were this ' +
    'which not but or will said his her their they he she would after been who its than about also ' +
    'more into over when while during amid against could should there what where how new says ' +
    'told our we you i my do does did can may must them those these some any all no out up')
    .split(' '),
);

// Affixes weigh less than function words: English has words like "better" or
// "Berlin", Indonesian borrows "-ing" words, but over a text they still lean right.
const ID_AFFIX = /^(?:me[mn]g?|meny|ber|ter|di|per|ke)[a-z]{3,}|[a-z]{3,}(?:kan|nya|lah)$/;
const EN_AFFIX = /[a-z]{3,}(?:ing|tion|ed|ly|ness|ment|ies|'s)$/;
// Spelling is the last resort, for headlines made only of names and content words
// ("North Korean Foreign Minister Meets Putin" against "Thailand Tolak Pengungsi").
const ID_SPELLING = /ng[aeiou]|ny[aeiou]|[aeiou]k$|uan$|ai$|au$/;
const EN_SPELLING = /th|sh|wh|ee|oo|ck|gh|ph|[qxzv]|w(?![aeiou])|[^aeiou]e$/;

/** How much one word counts towards Indonesian and towards English. */
function weigh(word: string): [id: number, en: number] {
  if (ID_WORDS.has(word)) return [2, 0];
  if (EN_WORDS.has(word)) return [0, 2];
  return [
    (ID_AFFIX.test(word) ? 1 : 0) + (ID_SPELLING.test(word) ? 0.5 : 0),
    (EN_AFFIX.test(word) ? 1 : 0) + (EN_SPELLING.test(word) ? 0.5 : 0),
  ];
}

// Words recur from article to article, and weighing one takes four pattern tests; the bound
// keeps a corpus of rare words from growing the table without end.
const weights = new Map<string, [number, number]>();
const MAX_WEIGHTS = 50_000;

/** The language of a text, Indonesian or English. With no evidence either way, Indonesian, the corpus' main language. */
export function detectLanguage(text: string): Lang {
  let id = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? []) {
    let weight = weights.get(word);
    if (!weight) {
      if (weights.size >= MAX_WEIGHTS) weights.clear();
      weights.set(word, (weight = weigh(word)));
    }
    id += weight[0];
    en += weight[1];
  }
  return en > id ? 'en' : 'id';
}
