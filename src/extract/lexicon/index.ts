// The lexicons as one phrase index, built once on first use (not at import: importing the
// extractor, as every test file and the CLI's `--version` do, should not pay for it): every surface
// form is tokenised like running text and keyed by its lower-cased tokens,
// and the keys are also laid out as a trie, so a lookup at a token position
// walks only as far as some phrase goes.
import type { Lang } from '../../graph/types.js';
import { COUNTRY_FORMS, DEMONYM_FORMS } from './countries.js';
import { OUTLETS_EN } from './en/media.js';
import { OUTLETS_ID } from './id/media.js';
import { ORGANIZATIONS } from './organizations.js';
import { PLACE_FORMS } from './places.js';
import { HONORIFICS, ROLES_EN, ROLES_ID } from './roles.js';
import { tokenize, type Token } from './tokens.js';
import { MILITARY_CONTEXT_CLASSES, NAMED_WEAPONS, WEAPON_CLASSES } from './weapons.js';
import { PORTFOLIOS_EN, PORTFOLIOS_ID } from './portfolios.js';

export type EntryKind = 'country' | 'place' | 'organization' | 'weapon' | 'role' | 'demonym';

export interface Entry {
  kind: EntryKind;
  canonical: string;
  /** The surface form's own tokens, for the case check. */
  form: string[];
  /** Acronyms and mixed-case brands must match letter for letter. */
  exact: boolean;
  /** Forms written in lower case (weapon classes, roles) match in any case. */
  anyCase: boolean;
  lang?: Lang;
  country?: string;
  lat?: number;
  lng?: number;
  honorific?: boolean;
  /** A named weapon that is also an everyday word or a name, only a weapon after a weapon noun. */
  needsContext?: boolean;
  /** A weapon class that civilians use too ("helicopter"), only a weapon where the sentence speaks of war. */
  needsMilitary?: boolean;
}

export interface Match {
  entry: Entry;
  /** Index of the token after the match. */
  end: number;
}

/** Named weapons that are also ordinary words or names ("Patriot", "Leopard"). */
const CONTEXT_ONLY_WEAPONS = new Set([
  'Patriot', 'Javelin', 'Stinger', 'Taurus', 'Tomahawk', 'Harpoon', 'Leopard', 'Abrams', 'Challenger',
  'Bradley', 'Aegis', 'Grad', 'Caesar', 'Lancet', 'Zircon', 'Sukhoi', 'MiG', 'Rafale', 'Gripen', 'Hwasong',
]);

let index = new Map<string, Entry[]>();

function add(kind: EntryKind, surface: string, canonical: string, extra: Partial<Entry> = {}): void {
  const toks = tokenize(surface);
  if (toks.length === 0) return;
  const form = toks.map((t) => t.text);
  const letters = surface.replace(/[^\p{L}]/gu, '');
  const entry: Entry = {
    kind,
    canonical,
    form,
    exact: isAcronym(surface) || /\p{Ll}\p{Lu}/u.test(letters),
    anyCase: surface === surface.toLowerCase() || kind === 'role',
    ...extra,
  };
  const key = toks.map((t) => t.lower).join(' ');
  const list = index.get(key);
  if (list) list.push(entry);
  else {
    const created = [entry];
    index.set(key, created);
    phraseNode(toks).list = created;
  }
}

/**
 * The same phrases as `index`, as a trie over lower-cased tokens, so a lookup
 * walks the text's tokens instead of building and hashing a key per length.
 * A node's list is the very array `index` holds for its phrase.
 */
interface PhraseNode {
  list?: Entry[];
  next?: Map<string, PhraseNode>;
}
let phrases: PhraseNode = {};

function phraseNode(toks: Token[]): PhraseNode {
  let node = phrases;
  for (const t of toks) {
    node.next ??= new Map();
    let child = node.next.get(t.lower);
    if (!child) node.next.set(t.lower, (child = {}));
    node = child;
  }
  return node;
}

function isAcronym(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase();
}

/** Fills `index`, `phrases` and `SURFACE` the first time a lookup needs them. */
let built = false;
function build(): void {
  if (built) return;
  built = true;
  [index, phrases] = [new Map(), {}];
  addLexicons();
  for (const list of index.values()) list.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
  for (const [key, list] of index) {
    const named = list.find((e) => e.kind === 'country' || e.kind === 'demonym' || e.kind === 'organization');
    if (named) SURFACE.set(key, named.canonical);
  }
  buildPortfolios();
}

function addLexicons(): void {
  for (const f of COUNTRY_FORMS) add('country', f.form, f.canonical, f.lang ? { lang: f.lang } : {});
  for (const f of DEMONYM_FORMS) add('demonym', f.form, f.canonical, { lang: 'en' });
  for (const p of PLACE_FORMS) {
    add('place', p.form, p.canonical, {
      ...(p.country ? { country: p.country } : {}),
      ...(p.lat !== undefined ? { lat: p.lat, lng: p.lng } : {}),
    });
  }
  for (const [canonical, ...forms] of ORGANIZATIONS) for (const f of forms) add('organization', f, canonical);
  // Outlets are found as bodies by the rules; the media component (mentions/media.ts) retypes them.
  for (const [canonical, ...forms] of [...OUTLETS_ID, ...OUTLETS_EN]) for (const f of forms) add('organization', f, canonical);
  for (const [canonical, ...forms] of WEAPON_CLASSES) for (const f of forms) add('weapon', f, canonical);
  for (const [canonical, ...forms] of MILITARY_CONTEXT_CLASSES) for (const f of forms) add('weapon', f, canonical, { needsMilitary: true });
  for (const [canonical, ...forms] of NAMED_WEAPONS) {
    for (const f of forms) add('weapon', f, canonical, { needsContext: CONTEXT_ONLY_WEAPONS.has(canonical) });
  }
  for (const r of ROLES_ID) {
    add('role', r, r, { lang: 'id', honorific: HONORIFICS.has(r) });
    // The possessive clitic on a title's last word ("Perdana Menterinya Anwar Ibrahim", "Presidennya"):
    // the same role, its clitic no part of the name after it.
    if (!r.endsWith('nya')) add('role', `${r}nya`, r, { lang: 'id', honorific: HONORIFICS.has(r) });
  }
  for (const r of ROLES_EN) add('role', r, r, { lang: 'en', honorific: HONORIFICS.has(r) });
}

/** Countries before places before organizations when one form names several. */
const PRIORITY: Record<EntryKind, number> = { country: 0, place: 1, organization: 2, weapon: 3, demonym: 4, role: 5 };

function caseFits(entry: Entry, toks: Token[], from: number): boolean {
  if (entry.anyCase) return true;
  return entry.form.every((f, k) => {
    const t = toks[from + k]!;
    // Mixed-case brands ("NasDem") may also stand in an all-capitals headline.
    if (entry.exact) return t.text === f || (t.upper && !isAcronym(f));
    // A capitalised word of the form must be capitalised in the text (or the text is in capitals).
    return !/^\p{Lu}/u.test(f) || t.cap;
  });
}

/** Per token list, per position: the phrases of the index that start there, longest first. */
interface Candidate {
  n: number;
  list: Entry[];
}
const NONE: Candidate[] = [];
const candidateCache = new WeakMap<Token[], Array<Candidate[] | undefined>>();

/**
 * Token lists this short are the rules' throwaway splits of one word or name
 * ("Korea-Rusia", a canonical name): caching them would only churn the
 * WeakMap and evict the running text's table from the one-slot memo below.
 */
const UNCACHED_BELOW = 8;

// The rules ask about one token list many times in a row; the last list's table skips the WeakMap.
let lastToks: Token[] | undefined;
let lastPerPos: Array<Candidate[] | undefined> = [];

function candidates(toks: Token[], from: number): Candidate[] {
  if (toks.length < UNCACHED_BELOW) return phrasesAt(toks, from);
  let perPos = toks === lastToks ? lastPerPos : candidateCache.get(toks);
  if (!perPos) {
    perPos = new Array<Candidate[] | undefined>(toks.length);
    candidateCache.set(toks, perPos);
  }
  lastToks = toks;
  lastPerPos = perPos;
  return (perPos[from] ??= phrasesAt(toks, from));
}

/** The phrases of the index that start at token `from`, longest first. */
function phrasesAt(toks: Token[], from: number): Candidate[] {
  let found = NONE;
  let node = phrases.next!.get(toks[from]!.lower);
  for (let n = 1; node; n++) {
    const list = node.list;
    // Shorter phrases were found first; the longest goes to the front.
    if (list) {
      if (found === NONE) found = [{ n, list }];
      else found.unshift({ n, list });
    }
    const t = toks[from + n];
    node = t && node.next?.get(t.lower);
  }
  return found;
}

/**
 * The longest lexicon phrase starting at token `from` whose kind is accepted,
 * if any. The phrases at each position of a token list are found once and
 * kept with it, since the rules ask about one position several times.
 */
export function lookup(toks: Token[], from: number, lang: Lang, accept: (k: EntryKind) => boolean): Match | undefined {
  const first = toks[from];
  if (!first?.isWord) return undefined;
  build();
  const cands = candidates(toks, from);
  for (const { n, list } of cands) {
    for (const entry of list) {
      if (!accept(entry.kind)) continue;
      if (entry.lang && entry.lang !== lang) continue;
      if (!caseFits(entry, toks, from)) continue;
      return { entry, end: from + n };
    }
  }
  return undefined;
}

const SURFACE = new Map<string, string>();

/**
 * The canonical name of a country or organization from any of its surface
 * forms in either language, demonyms included: 'Korut', 'Russian', 'PBB',
 * 'Kremlin' → 'North Korea', 'Russia', 'United Nations', 'Kremlin'.
 */
export function canonicalCountry(surface: string): string | undefined {
  build();
  const key = tokenize(surface.trim())
    .map((t) => t.lower)
    .join(' ');
  return SURFACE.get(key);
}

/** Portfolio phrases by language, keyed by their lower-cased tokens. */
const portfolios: Record<Lang, { keys: Set<string>; longest: Map<string, number> }> = {
  id: { keys: new Set(), longest: new Map() },
  en: { keys: new Set(), longest: new Map() },
};
function buildPortfolios(): void {
  for (const [lang, list] of [['id', PORTFOLIOS_ID], ['en', PORTFOLIOS_EN]] as const) {
    for (const p of list) {
      const toks = tokenize(p);
      if (toks.length === 0) continue;
      portfolios[lang].keys.add(toks.map((t) => t.lower).join(' '));
      const first = toks[0]!.lower;
      portfolios[lang].longest.set(first, Math.max(portfolios[lang].longest.get(first) ?? 0, toks.length));
    }
  }
}

/**
 * The end of the longest ministry portfolio starting at token `from`
 * ("Pertahanan", "Luar Negeri", "Armed Forces"), if one does.
 */
export function portfolioEnd(toks: Token[], from: number, lang: Lang): number | undefined {
  const first = toks[from];
  if (!first?.isWord) return undefined;
  build();
  const p = portfolios[lang];
  const max = Math.min(p.longest.get(first.lower) ?? 0, toks.length - from);
  for (let n = max; n >= 1; n--) {
    let key = first.lower;
    for (let k = 1; k < n; k++) key += ' ' + toks[from + k]!.lower;
    if (p.keys.has(key)) return from + n;
  }
  return undefined;
}
