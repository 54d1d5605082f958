// The participant rules as a table: each can be switched off by name, and doing so changes what
// is read (the evaluation's ablation depends on it).

import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.js';
import { RULE_NAMES, setDisabledRules } from './participants.js';

const people = (text: string) => {
  const a = extractArticle({ id: 'p', title: '', published: '2025-03-04', source: 'test', lang: 'en', file: 'p.txt', text });
  return a.tellings.meetings.map((m) => m.participants.map((r) => a.sentences[r.sentence]!.mentions[r.mention]!.text));
};

describe('participant rules', () => {
  afterEach(() => setDisabledRules([]));

  it('names every rule once', () => {
    expect(new Set(RULE_NAMES).size).toBe(RULE_NAMES.length);
    expect(RULE_NAMES).toContain('pronoun subject');
  });

  it('an unknown rule name is an error that names it', () => {
    expect(() => setDisabledRules(['no such rule'])).toThrow(/no such rule/);
  });

  it('switching a rule off removes what it adds, and only that', () => {
    const text = 'Finnish President Alexander Stubb arrived in Tokyo on Monday. He met Prime Minister Shigeru Ishiba on Tuesday.';
    expect(people(text)).toContainEqual(['Alexander Stubb', 'Shigeru Ishiba']);
    setDisabledRules(['pronoun subject']);
    expect(people(text)).toContainEqual(['Shigeru Ishiba']);
    expect(people(text)).not.toContainEqual(['Alexander Stubb', 'Shigeru Ishiba']);
  });
});
