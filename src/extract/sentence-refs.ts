// Which sentence a piece of evidence points at: the first sentence of its article with the same
// text, so a sentence a story repeats (a quote, a boilerplate line) is one piece of evidence.

/** For each sentence, the index of the first sentence with its text. */
export function sentenceRefs(sentences: readonly { text: string }[]): number[] {
  const first = new Map<string, number>();
  return sentences.map((sentence, s) => {
    const seen = first.get(sentence.text);
    if (seen !== undefined) return seen;
    first.set(sentence.text, s);
    return s;
  });
}
