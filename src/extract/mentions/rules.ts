// Typed entity mentions by rules over one left-to-right token pass: closed
// classes come from the lexicons (countries, places, organizations, roles,
// weapons); people and unknown places and organizations come from
// capitalisation, titles, head words and the words around a name. The rule
// families live beside this module; this one runs them in order. Their
// result is one set of proposals among others (see ../mentions.ts).
import type { Lang } from '../../graph/types.js';
import { createCtx, span, type Ctx } from './context.js';
import { demonymBeforeNoun, documentName } from './english.js';
import { headed } from './heads.js';
import { lexical } from './lexical.js';
import { bracketNickname, degreesAfterName } from './people.js';
import { acronymBody, exchange, humanitarian, partyBranch } from './organizations.js';
import { facilityByTail, geoFeature, markas } from './places.js';
import { team } from './teams.js';
import { regionsOf, titled } from './titles.js';
import { unknownRun } from './unknown-runs.js';
import { designation, namedBeforeWeapon, namedVehicle } from './weapons.js';
import type { Component, Doc } from '../doc.js';
import type { Mention } from '../types.js';

/** The rules' typed entity mentions in text, sorted by start, never overlapping. */
export function ruleMentions(text: string, lang: Lang): Mention[] {
  const ctx = createCtx(text, lang);
  ctx.regions = regionsOf(ctx);
  let i = 0;
  while (i < ctx.toks.length) i = Math.max(i + 1, step(ctx, i));
  return ctx.out;
}

/** The rules as a recognition component: each of their mentions is a candidate. */
export const rules: Component = {
  name: 'rules',
  run(doc: Doc) {
    for (const m of ruleMentions(doc.text, doc.lang)) {
      const reason = m.canonical !== undefined ? `lexicon: ${m.canonical}` : m.role ? `after the title «${m.role}»` : 'rules';
      doc.candidates.push({ start: m.start, end: m.end, label: m.type, source: 'rules', reason, mention: m });
    }
  },
};

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
