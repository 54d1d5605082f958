// Who a pronoun, a bare title or a counted group stands for: "he", "dia", "beliau", "the prime
// minister", "Menhan", "the two leaders", "kedua pemimpin". Rules of recency and subject
// preference: the subject (first person named) of the nearest sentence before wins.

import { expandRole } from '../lexicon/role-abbreviations.js';
import { ROLES_EN, ROLES_ID } from '../lexicon/roles.js';
import type { AnalysedArticle } from '../pipeline.js';
import { isPerson } from './mention-kinds.js';
import type { MentionRef } from './types.js';
import { LANGUAGES } from './words.js';

// Case matters for the name test after the title (a /iu \\p{Lu} matches any letter), so each
// title word may open in either case instead.
const eitherCase = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => `${sp ? '\\s+' : ''}[${c.toLowerCase()}${c.toUpperCase()}]`);
/** "The prime minister held talks", "The secretary of state was due to arrive …", "Sang menteri": a title standing for a person told before. */
export const DEFINITE_SUBJECT = new RegExp(
  `^\\s*(?:(?:[Oo]n|[Pp]ada)\\s+[\\p{L}\\d]+\\s+|[\\p{L}\\d]+\\s+harinya,?\\s+)?(?:[Tt]he|[Ss]ang)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(${[...ROLES_EN, ...ROLES_ID]
    .filter((r) => r.length > 3 && !r.endsWith('.'))
    .sort((a, b) => b.length - a.length)
    .map(eitherCase)
    .join('|')})\\b(?![,\\s]+\\p{Lu})`,
  'u',
);
/** "Menhan kemudian bertemu …": Indonesian has no article, so a capitalised title with no name after it stands alone. */
export const BARE_TITLE_ID = new RegExp(
  `^\\s*(?:[\\p{L}\\d]+\\s+harinya,?\\s+)?(?=\\p{Lu})(${ROLES_ID.filter((r) => r.length > 3 && !r.endsWith('.'))
    .sort((a, b) => b.length - a.length)
    .map(eitherCase)
    .join('|')})\\b(?![,\\s]+\\p{Lu})`,
  'u',
);

/** The person a title stands for: the nearest one told with that title, else the subject told before. */
export function describedPerson(article: AnalysedArticle, s: number, index: number, title: string): MentionRef | undefined {
  const wanted = expandRole(title.toLowerCase().replace(/\s+/g, ' '));
  for (let k = s; k >= 0; k--) {
    const { mentions } = article.sentences[k]!;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (k === s && m.start >= index) continue;
      if (isPerson(m) && m.role && expandRole(m.role.toLowerCase().replace(/\s+/g, ' ')).endsWith(wanted)) return { sentence: k, mention: i };
    }
  }
  return antecedent(article, s, index);
}

/** The first person of the sentence before `index`, else of the nearest sentence before with one. */
export function antecedent(article: AnalysedArticle, s: number, index: number): MentionRef | undefined {
  const here = article.sentences[s]!.mentions.findIndex((m) => isPerson(m) && m.start < index);
  if (here >= 0) return { sentence: s, mention: here };
  for (let k = s - 1; k >= Math.max(0, s - 3); k--) {
    const { text, mentions } = article.sentences[k]!;
    const at = mentions.findIndex(isPerson);
    // "Soon after landing, he met Gabbard": her sentence's subject is still the one before.
    if (at >= 0 && /(?:^|[,;]\s*)(?:ia|dia|beliau|he|she)\s/iu.test(text.slice(0, mentions[at]!.start))) continue;
    if (at >= 0) return { sentence: k, mention: at };
  }
  return undefined;
}

/** The people of the nearest sentence before (up to three back) that names exactly `count` of them. */
export function namedBefore(article: AnalysedArticle, s: number, count: number): MentionRef[] | undefined {
  for (let k = s - 1; k >= Math.max(0, s - 3); k--) {
    const refs: MentionRef[] = [];
    article.sentences[k]!.mentions.forEach((m, i) => {
      if (isPerson(m) && !refs.some((r) => sameMention(article, r, { sentence: k, mention: i }))) refs.push({ sentence: k, mention: i });
    });
    if (refs.length === count) return refs;
    if (refs.length) return undefined;
  }
  return undefined;
}

export function sameMention(article: AnalysedArticle, a: MentionRef, b: MentionRef): boolean {
  const ma = article.sentences[a.sentence]!.mentions[a.mention]!;
  const mb = article.sentences[b.sentence]!.mentions[b.mention]!;
  return ma.text === mb.text || ma.text.endsWith(mb.text) || mb.text.endsWith(ma.text);
}

/** "the two leaders", "kedua pemimpin", "the three officials": the people of the meeting told before. */
const GROUP_NOUN = `(?:${LANGUAGES.flatMap((w) => w.groupNouns).join('|')})`;
const THE_GROUP = new RegExp(
  `\\b(?:the\\s+(two|three|four|five)\\s+${GROUP_NOUN}|(both)\\s+(?:leaders|ministers|men|sides|officials)|(kedua|ketiga|keempat|kelima)\\s+${GROUP_NOUN}|(keduanya|ketiganya))\\b`,
  'iu',
);
const GROUP_SIZE: Record<string, number> = Object.assign({}, ...LANGUAGES.map((w) => w.groupCounts));

/** How many people a group phrase of the clause counts, if it has one. */
export function groupSize(text: string): number | undefined {
  const m = THE_GROUP.exec(text);
  const word = m && (m[1] ?? m[2] ?? m[3] ?? m[4]);
  return word ? GROUP_SIZE[word.toLowerCase()] : undefined;
}
