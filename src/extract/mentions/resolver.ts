// One decision over every candidate: the rules' mentions and the tagger's names are proposals,
// and each stretch of text gets at most one of them. Closed-class lexicon hits (countries,
// gazetteer places, known bodies, weapons) stand unless the tagger reads a longer person around
// them ("Vladimir Putin" is a person, not the city Vladimir); a name the rules only guessed from
// one capitalised word stands when the tagger also reads a name there ("Suasana", "Kembali" do
// not); a name of two words or more that only the tagger reads is added where no kept
// candidate holds its words.
import type { EntityType } from '../../graph/types.js';
import type { Component, Doc, Span } from '../doc.js';
import { canonicalCountry, lookup } from '../lexicon/index.js';
import type { Mention } from '../types.js';

const TAG_TYPES: Record<string, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Lexicon-backed: the rules matched a closed class rather than guessing from capitals. */
function fromLexicon(m: Mention): boolean {
  return m.canonical !== undefined || m.type === 'country' || m.type === 'weapon';
}

/** Why a rule's mention gives way, or undefined when it stands. */
function ruleLoses(doc: Doc, rule: Span, tagged: Span[], named: Set<string>): string | undefined {
  const m = rule.mention!;
  const around = tagged.filter((t) => overlaps(t, rule));
  if (fromLexicon(m)) {
    const wider = around.find((t) => t.label === 'PER' && t.start <= rule.start && t.end >= rule.end && t.end - t.start > rule.end - rule.start);
    return wider && `a lexicon hit inside the person the tagger reads («${doc.text.slice(wider.start, wider.end)}»)`;
  }
  // The rules' weakest guess is one capitalised word read as a person ("Suasana", "Kembali",
  // "Gambar"): it stands only when the tagger also reads a name there. Longer guesses carry
  // their own evidence (a title, a head word, a run of names) and stand.
  // A word of a person the story has already named ("Weber" after "Friedrich Weber") stands.
  const oneWordPerson = m.type === 'person' && !/\s/.test(m.text.trim());
  if (around.length > 0 || !oneWordPerson || named.has(m.text.trim().toLowerCase())) return undefined;
  return 'a one-word guess where the tagger reads no name';
}

function fromTagger(doc: Doc, t: Span): Mention | undefined {
  const type = TAG_TYPES[t.label];
  if (!type) return undefined;
  const text = doc.text.slice(t.start, t.end);
  const country = type === 'place' ? canonicalCountry(text) : undefined;
  return country ? { start: t.start, end: t.end, type: 'country', text, canonical: country } : { start: t.start, end: t.end, type, text };
}

/**
 * Every word of the people the rules name with two words or more ("Xi Jinping", "Friedrich
 * Weber"): the story may later call them by either word, surname first or last.
 */
function namedWords(doc: Doc, rules: Span[]): Set<string> {
  const words = rules
    .filter((r) => r.label === 'person')
    .map((r) => doc.text.slice(r.start, r.end).toLowerCase().split(/\s+/))
    .filter((name) => name.length > 1);
  return new Set(words.flat());
}

/** Whether the span is a title of the role lexicon and nothing more ("Vice President", "Perdana Menteri"). */
function titleAlone(doc: Doc, t: Span): boolean {
  const from = doc.tokens.findIndex((k) => k.start === t.start);
  const match = from < 0 ? undefined : lookup(doc.tokens, from, doc.lang, (kind) => kind === 'role');
  return match !== undefined && doc.tokens[match.end - 1]!.end === t.end;
}

export const resolver: Component = {
  name: 'resolver',
  run(doc: Doc) {
    const tagged = doc.candidates.filter((c) => c.source === 'tagger');
    const kept: Mention[] = [];
    const rules = doc.candidates.filter((c) => c.source === 'rules');
    const named = namedWords(doc, rules);
    for (const rule of rules) {
      const loses = ruleLoses(doc, rule, tagged, named);
      rule.kept = !loses;
      rule.reason += loses ? `; dropped: ${loses}` : '; kept';
      if (!loses) kept.push(rule.mention!);
    }
    for (const t of tagged) {
      const clash = kept.find((m) => overlaps(m, t));
      // As for the rules, one word alone is the weakest reading: it needs both to agree.
      const oneWord = !/\s/.test(doc.text.slice(t.start, t.end));
      const title = !clash && !oneWord && titleAlone(doc, t);
      const m = clash || oneWord || title ? undefined : fromTagger(doc, t);
      t.kept = m !== undefined;
      t.reason += clash
        ? `; dropped: the kept ${clash.type} «${clash.text}» holds these words`
        : oneWord
          ? '; dropped: one word that no rule reads as a name'
          : title
            ? '; dropped: a title, not a name'
            : '; kept: no kept candidate holds these words';
      if (m) kept.push(m);
    }
    doc.mentions = kept.sort((a, b) => a.start - b.start);
  },
};
