// Typed entity mentions by rules over one left-to-right token pass: closed
// classes come from the lexicons (countries, places, organizations, roles,
// weapons); people and unknown places and organizations come from
// capitalisation, titles, head words and the words around a name. The rule
// families live in ./mentions/; this module runs them in order.
import type { Lang } from '../graph/types.js';
import { createCtx, span, type Ctx } from './mentions/context.js';
import { demonymBeforeNoun, documentName } from './mentions/english.js';
import { headed } from './mentions/heads.js';
import { lexical } from './mentions/lexical.js';
import { bracketNickname, degreesAfterName } from './mentions/people.js';
import { acronymBody, exchange, humanitarian, partyBranch } from './mentions/organizations.js';
import { facilityByTail, geoFeature, markas } from './mentions/places.js';
import { team } from './mentions/teams.js';
import { regionsOf, titled } from './mentions/titles.js';
import { unknownRun } from './mentions/unknown-runs.js';
import { designation, namedBeforeWeapon, namedVehicle } from './mentions/weapons.js';
import type { Mention } from './types.js';

export { canonicalCountry } from './lexicon/index.js';

/** Typed entity mentions in text, sorted by start, never overlapping. */
export function findMentions(text: string, lang: Lang): Mention[] {
  const ctx = createCtx(text, lang);
  ctx.regions = regionsOf(ctx);
  let i = 0;
  while (i < ctx.toks.length) i = Math.max(i + 1, step(ctx, i));
  return ctx.out;
}

/** Recognises whatever starts at token i, emits it, and returns the next token to look at. */
function step(ctx: Ctx, i: number): number {
  const t = ctx.toks[i]!;
  const acr = ctx.pendingAcronym;
  if (acr && i >= acr.start) {
    ctx.pendingAcronym = undefined;
    if (i === acr.start) {
      ctx.out.push(span(ctx, acr.start, acr.end, 'organization'));
      return acr.end;
    }
  }
  if (!t.isWord) return i + 1;
  return (
    bracketNickname(ctx, i) ??
    degreesAfterName(ctx, i) ??
    humanitarian(ctx, i) ??
    exchange(ctx, i) ??
    partyBranch(ctx, i) ??
    team(ctx, i) ??
    titled(ctx, i) ??
    namedVehicle(ctx, i) ??
    markas(ctx, i) ??
    acronymBody(ctx, i) ??
    headed(ctx, i) ??
    facilityByTail(ctx, i) ??
    geoFeature(ctx, i) ??
    documentName(ctx, i) ??
    lexical(ctx, i) ??
    designation(ctx, i) ??
    demonymBeforeNoun(ctx, i) ??
    namedBeforeWeapon(ctx, i) ??
    unknownRun(ctx, i) ??
    i + 1
  );
}
