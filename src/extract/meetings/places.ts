// Whether two places a meeting is told at can be the same: equal, one in the other's country, or
// the same country's city and the country. Built on the gazetteer's place → country map.

export class PlaceAgreement {
  constructor(private readonly placeCountry: Map<string, string>) {}

  countryOf(key: string): string | undefined {
    return key.startsWith('country:') ? key : this.placeCountry.get(key);
  }

  /** A named building or site whose country the gazetteer does not know ("Ittihadiya palace"). */
  vague(key: string): boolean {
    return !key.startsWith('country:') && this.countryOf(key) === undefined;
  }

  agree(a?: string, b?: string): boolean {
    if (!a || !b || a === b) return true;
    const ca = this.countryOf(a);
    return ca === b || this.countryOf(b) === a || (ca !== undefined && ca === this.countryOf(b) && a.startsWith('country:') !== b.startsWith('country:'));
  }

  /** Some place of one set agrees with some of the other (a vague one does, inside one story). */
  setsAgree(a: Set<string>, b: Set<string>, sameStory = false): boolean {
    return !a.size || !b.size || [...a].some((x) => [...b].some((y) => this.agree(x, y) || (sameStory && (this.vague(x) || this.vague(y)))));
  }

  /** The more precise of two places: a city over its country. */
  static morePrecise(a?: string, b?: string): string | undefined {
    return !a ? b : !b ? a : a.startsWith('country:') && !b.startsWith('country:') ? b : a;
  }
}
