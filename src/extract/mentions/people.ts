// People without a title: the evidence that makes a capitalised run a
// person, doubles pairs and hyphenated tickets, and the record of name words
// that later mentions corefer with.
import { lookup } from '../lexicon/index.js';
import { tokenize } from '../lexicon/tokens.js';
import { CALENDAR, ORG_TAILS_EN, COMMON_ID, NAME_PARTICLES, PLACE_TAILS, STOP_EN, STOP_ID, WORK_TAILS, PAIR_BEFORE, TICKET_BEFORE } from '../lexicon/words.js';
import type { Mention } from '../types.js';
import { type Ctx, catchUp, type OutCursor, span, startsWithDigit } from './context.js';
import { isEnglishWord } from './english.js';
import { DERIVED_NOUN, NAME_PART, PREFIXED_VERB, SUBJECT_FOLLOWERS, isVerbLike } from './token-kinds.js';
import { GENERATION, ORG_NAME_WORDS, SIBLINGS, degreeEnd, isNameToken, nameFrom } from './name-runs.js';

/**
 * Whether the run [i, end) is one side of a slash-joined doubles pair: the
 * other side a person just found ("Liang Weikeng/ | Wang Chang"), or a name
 * after the slash ("Fajar Alfian | /Muhammad …"). Both sides are name words;
 * single-word sides ("Fajar/Rian") need a pair word before them ("ganda putra", "pasangan").
 */
export function slashPair(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  if (toks.slice(i, end).some((x, n) => !isNameToken(ctx, i + n) || x.upper)) return false;
  const before = toks[i - 1];
  const last = ctx.out[ctx.out.length - 1];
  if (before?.text === '/' && before.end === toks[i]!.start && last?.type === 'person' && last.end === before.start) return true;
  const slash = toks[end];
  if (slash?.text !== '/' || slash.start !== toks[end - 1]!.end || toks[end + 1]?.start !== slash.end) return false;
  const other = nameFrom(ctx, end + 1);
  if (other === end + 1) return false;
  if (end - i >= 2 && other - end - 1 >= 2) return true;
  for (let k = Math.max(0, i - 3); k < i; k++) if (PAIR_BEFORE.has(toks[k]!.lower)) return true;
  return false;
}

export function pushPerson(ctx: Ctx, m: Mention, from: number, to: number): void {
  const pair = pairSplit(ctx, from, to);
  if (pair && m.start <= pair.at) {
    // "Ganjar Pranowo-Mahfud MD": one person each side of the hyphen; a title goes with the first.
    const first: Mention = { ...m, end: pair.at, text: ctx.text.slice(m.start, pair.at) };
    const second: Mention = { start: pair.at + 1, end: m.end, type: 'person', text: ctx.text.slice(pair.at + 1, m.end) };
    ctx.out.push(first, second);
    for (const part of ctx.toks[pair.k]!.lower.split('-')) if (part.length > 2) ctx.names.add(part);
  } else ctx.out.push(m);
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k]!;
    if (!t.isWord) continue;
    if (rememberable(t.text, t.lower)) ctx.names.add(t.lower);
    // "Abdel Fattah el-Sisi" is "Sisi" later, "Khalil al-Hayya" "Hayya".
    const bare = /^(?:al|el|ad|as|ar|an|at|az|ash|bin|ibn)-(\p{L}{3,})$/u.exec(t.lower);
    if (bare) ctx.names.add(bare[1]!);
  }
}

/**
 * A name word to know again later in the text. Two letters are enough for a Chinese surname
 * ("Xi" after "Xi Jinping", "Li" after "Li Qiang"), but not for a particle or a function word
 * ("Al Thani", "Di Jakarta").
 */
function rememberable(text: string, lower: string): boolean {
  if (text.length > 2) return true;
  return /^\p{Lu}\p{Ll}$/u.test(text) && !NAME_PARTICLES.has(lower) && !STOP_ID.has(lower) && !STOP_EN.has(lower);
}

/**
 * "Anies Baswedan-Muhaimin Iskandar", "Ganjar Pranowo-Mahfud MD": a hyphen
 * inside a run, followed by a capital, with at least two name words on each
 * side, joins two people. Korean given names ("Kim Jong-un", "Yoon Suk-Yeol")
 * have a single word on one side and stay whole. `at` is the hyphen's offset.
 */
export function pairSplit(ctx: Ctx, from: number, to: number): { k: number; at: number } | undefined {
  const { toks } = ctx;
  for (let k = from + 1; k < to - 1; k++) {
    const t = toks[k]!;
    const h = t.text.indexOf('-');
    if (h < 2 || t.text.indexOf('-', h + 1) >= 0 || !/^\p{Lu}\p{L}/u.test(t.text.slice(h + 1))) continue;
    const at = t.start + h;
    const sides = [ctx.text.slice(toks[from]!.start, at), ctx.text.slice(at + 1, toks[to - 1]!.end)];
    if (sides.every((side) => nameLike(ctx, side))) return { k, at };
  }
  return undefined;
}

/** Whether a side of a hyphenated pair reads as a person's full name: capitalised words, none a known entity or a body's word. */
function nameLike(ctx: Ctx, side: string): boolean {
  const sub = tokenize(side);
  if (sub.length < 2) return false;
  for (let k = 0; k < sub.length; k++) {
    const t = sub[k]!;
    if (!t.isWord || !t.cap || t.text.length < 2 || startsWithDigit(t.text)) return false;
    if (ctx.words.stop.has(t.lower) || CALENDAR.has(t.lower) || COMMON_ID.has(t.lower) || NAME_PART.has(t.lower)) return false;
    if (ORG_NAME_WORDS.has(t.lower) || ORG_TAILS_EN.has(t.lower) || PLACE_TAILS.has(t.lower)) return false;
    // "Muhaimin Iskandar": a person's name may hold a town's, never a country's or a body's.
    if (lookup(sub, k, ctx.lang, (kind) => kind !== 'place')) return false;
  }
  const whole = lookup(sub, 0, ctx.lang, (kind) => kind === 'place');
  return !whole || whole.end < sub.length;
}

/** Words before a name that speak of a person: "oleh Hanung", "kepada Sjahril", "bersama Rossa". */
const PERSON_BEFORE_ID = new Set(['oleh', 'kepada', 'bersama', 'bernama', 'sebagai', 'sdr', 'saudara', 'putra', 'putri', 'istri', 'suami', 'anak']);
const PERSON_BEFORE_EN = new Set(['by', 'with', 'named', 'called']);

/** Whether an untitled capitalised run at [i, end) acts or looks like a person's name. */
export function personEvidence(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  // Initials' stops, hyphens and generational suffixes ("R .", "- Hye", ", Jr .") do not count as name words.
  const run = toks.slice(i, end).filter((t) => t.isWord && t.text.length > 1 && !GENERATION.has(t.lower) && !/^(II|III|IV)$/.test(t.text));
  if (run.length === 0) return false;
  if (run.length === 1 && COMMON_ID.has(run[0]!.lower)) return false;
  // Coreference: "Sjahril" after "Sjahril Djohan", "Putin" after "Vladimir Putin".
  if (ctx.names.has(run[0]!.lower) || ctx.names.has(run[run.length - 1]!.lower)) return true;
  // "Ye Eun , Sun Mi , dan So Hee", "Rasyid dan Siti": a run listed right after a person is another person.
  if (listedAfterPerson(ctx, i, end)) return true;
  // "dikenal dengan nama panggung Lady Gaga", "Ahmad alias Memet": a stage name, pen name or alias is a person's.
  if (ctx.lang === 'id' && aliasBefore(ctx, i)) return true;
  // "Soedarto , SH", "Rini Astuti S.Pd": an academic degree after the run makes it a person's name.
  if (degreeEnd(ctx, end, false) !== undefined || (toks[end]?.text === ',' && degreeEnd(ctx, end + 1, true) !== undefined)) return true;
  if (run.some((t) => t.upper)) return false;
  // "Filmfare Award", "Prison Break Series": the name of an award or a work.
  if (WORK_TAILS.has(run[run.length - 1]!.lower)) return false;
  const next = toks[end];
  const prev = toks[i - 1];
  const verbAfter = next !== undefined && isVerbLike(ctx, next);
  if (run.length === 1) {
    if (verbAfter) return true;
    // "Mendur Bersaudara": a family's name before the word for its siblings.
    if (next?.cap && SIBLINGS.has(next.lower)) return true;
    // "berpasangan dengan Surya, …", "didampingi Rudi.": a pairing phrase speaks of a person.
    const closed = !!next && (next.text === ',' || next.text === '.' || !next.isWord);
    if (ctx.lang === 'id' && closed && pairedBefore(ctx, i)) return true;
    // "Surya, mantan Bupati Asahan": an apposition with a title names a person.
    if (next?.text === ',' && titledApposition(ctx, end + 1)) return true;
    // "Rahmat, 45, warga Bogor", "Rahmat, warga Bogor": an age or a resident's noun in apposition names a person.
    if (ctx.lang === 'id' && next?.text === ',' && residentApposition(ctx, end + 1)) return true;
    const before = ctx.lang === 'id' ? PERSON_BEFORE_ID : PERSON_BEFORE_EN;
    return prev !== undefined && before.has(prev.lower) && !!next && (next.text === ',' || next.text === '.' || !next.isWord || verbAfter);
  }
  // Two to four tokens shaped like a personal name: no everyday English words, no Indonesian derived words.
  if (run.length > 4) return false;
  if ((isEnglishWord(run[0]!) && !notEnglishHere(ctx, i, end)) || run.some((t) => ORG_TAILS_EN.has(t.lower) || PLACE_TAILS.has(t.lower) || ctx.words.stop.has(t.lower) || COMMON_ID.has(t.lower))) return false;
  return !(ctx.lang === 'id' && run.some((t) => DERIVED_NOUN.test(t.lower) || PREFIXED_VERB.test(t.lower)));
}

/**
 * Whether an Indonesian run whose first word is also an English word
 * ("Jay Idzes") stands where a person's name does: after a verb
 * ("dikawal Jay Idzes", "diperkuat …"), after a word that names a person
 * ("oleh", "sebagai"), or coordinated with a person ("Jay Idzes dan Rizky
 * Ridho", "Rizky Ridho dan Jay Idzes"). Titles of works ("The Fame", "Ghost
 * Whisperer") start with an English function word or hold two English words.
 */
function notEnglishHere(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  if (ctx.lang !== 'id' || STOP_EN.has(toks[i]!.lower) || toks.slice(i + 1, end).some(isEnglishWord)) return false;
  const prev = toks[i - 1];
  if (!prev?.isWord || prev.cap) return false;
  if (PERSON_BEFORE_ID.has(prev.lower) || (isVerbLike(ctx, prev) && !SUBJECT_FOLLOWERS.has(prev.lower))) return true;
  const last = ctx.out[ctx.out.length - 1];
  if (['dan', 'serta'].includes(prev.lower) && last?.type === 'person' && last.end === toks[i - 2]?.end) return true;
  const next = toks[end];
  return next !== undefined && ['dan', 'serta'].includes(next.lower) && nameFrom(ctx, end + 1) - (end + 1) >= 2;
}

/** Words that join the members of a list ("atau" is left out: "Raja Laut atau Coelacanth" gives a thing's other name). */
const LIST_JOINERS = new Set(['dan', 'serta', '&', 'and']);

/**
 * Whether the run [i, end) is listed right after a person found: "Ye Eun ,
 * | Sun Mi", "Rasyid dan | Siti", "Budi Santoso , dan | Rina", and the list
 * goes on or closes after it.
 */
function listedAfterPerson(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  let p = i - 1;
  const sep = toks[p];
  if (!sep) return false;
  if (LIST_JOINERS.has(sep.lower)) p -= toks[p - 1]?.text === ',' ? 2 : 1;
  else if (sep.text === ',') p--;
  else return false;
  const last = ctx.out[ctx.out.length - 1];
  if (last?.type !== 'person' || toks[p]?.end !== last.end) return false;
  const next = toks[end];
  return !next || next.text === ',' || next.text === '.' || next.text === ')' || LIST_JOINERS.has(next.lower) || isVerbLike(ctx, next);
}

/** Words right before a name that give it as a person's other name: "mononim Charice", "alias Memet". */
const ALIAS_BEFORE_ID = new Set(['alias', 'mononim']);
/** Words after "nama" that make the name after them a person's: "nama panggungnya", "nama pena", "nama aslinya". */
const PERSONAL_NAME_KINDS_ID = new Set(['panggung', 'panggungnya', 'pena', 'samaran', 'samarannya', 'asli', 'aslinya', 'kecil', 'kecilnya', 'lahir', 'lahirnya']);

/** Whether the words before token i give a person's other name: "alias", "mononim", "nama panggung(nya)". */
function aliasBefore(ctx: Ctx, i: number): boolean {
  const p1 = ctx.toks[i - 1];
  if (!p1?.isWord || p1.cap) return false;
  if (ALIAS_BEFORE_ID.has(p1.lower)) return true;
  return PERSONAL_NAME_KINDS_ID.has(p1.lower) && ctx.toks[i - 2]?.lower === 'nama';
}

/** Verbs of pairing before "dengan" and a person: "berpasangan dengan", "berduet dengan". */
const PAIRING_VERBS_ID = new Set(['berpasangan', 'berduet', 'bersanding', 'bergandengan', 'berkoalisi', 'berhadapan', 'bertanding']);
/** Words right before a person's name that pair them with another: "didampingi Rudi", "menggandeng Surya". */
const PAIRING_BEFORE_ID = new Set(['didampingi', 'mendampingi', 'menggandeng', 'digandeng', 'bersama', 'mendampingi']);

/** Whether the words before token i pair it with a person: "berpasangan dengan", "didampingi", "bersama". */
function pairedBefore(ctx: Ctx, i: number): boolean {
  const p1 = ctx.toks[i - 1];
  if (!p1 || p1.cap) return false;
  if (PAIRING_BEFORE_ID.has(p1.lower)) return true;
  return p1.lower === 'dengan' && PAIRING_VERBS_ID.has(ctx.toks[i - 2]?.lower ?? '');
}

/** Nouns for what a private person is, in an apposition after their name: ", warga Bogor", ", sopir angkot". */
const RESIDENT_NOUNS_ID = new Set(['warga', 'penduduk', 'pedagang', 'petani', 'nelayan', 'buruh', 'sopir', 'pengemudi', 'mahasiswa', 'mahasiswi', 'siswa', 'siswi', 'karyawan', 'karyawati', 'pegawai', 'ibu', 'bapak', 'pelajar', 'perantau', 'pemilik']);

/** Whether an age ("45,") or a resident's noun ("warga …") starts the apposition at k. */
function residentApposition(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  const t = toks[k];
  if (!t) return false;
  if (/^\d{1,3}$/.test(t.text) && toks[k + 1]?.text === ',') return true;
  return t.isWord && !t.cap && RESIDENT_NOUNS_ID.has(t.lower);
}

/** Words that mark a title as a former one: "mantan Bupati", "eks Gubernur", "former Governor". */
export const FORMER = new Set(['mantan', 'eks', 'former', 'bekas']);

/** Whether a title (maybe "mantan"/"eks" first) starts at k: ", mantan Bupati Asahan". */
function titledApposition(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t?.isWord) return false;
  const from = FORMER.has(t.lower) ? k + 1 : k;
  const role = lookup(ctx.toks, from, ctx.lang, (kind) => kind === 'role');
  return role !== undefined && (from > k || !role.entry.honorific) && ctx.toks[role.end]?.cap === true;
}

/** The initials of a person's name: "Susilo Bambang Yudhoyono" → "SBY"; undefined for one word. */
function initials(text: string): string | undefined {
  const words = tokenize(text).filter((t) => t.isWord && t.cap && t.text.length > 1 && !t.upper);
  return words.length >= 2 ? words.map((t) => t.text[0]!).join('') : undefined;
}

/**
 * Whether the acronym at k is a person's: the initials of a person already found
 * in the text ("SBY" after "Susilo Bambang Yudhoyono"). People are never listed,
 * so initials with no full name in the text stay unknown.
 */
export function personAcronym(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t?.isWord || !t.upper) return false;
  return initialsMet(ctx, t.text);
}

/** The initials of the people found so far in each pass, kept up to date as the mentions grow. */
const initialsIndex = new WeakMap<Ctx, OutCursor & { met: Set<string> }>();

/** Whether `acronym` is the initials of a person already found in the text. */
function initialsMet(ctx: Ctx, acronym: string): boolean {
  let ix = initialsIndex.get(ctx);
  if (!ix) initialsIndex.set(ctx, (ix = { seen: 0, met: new Set() }));
  const { met } = ix;
  catchUp(ctx, ix, (m) => {
    if (m.type !== 'person') return;
    const ini = initials(m.text);
    if (ini !== undefined) met.add(ini);
  });
  return met.has(acronym);
}

/**
 * "Joko Widodo (Jokowi)", "Basuki Tjahaja Purnama (Ahok)", "Susilo Bambang
 * Yudhoyono (SBY)": a bracketed nickname right after a person's full name is
 * a mention of that person of its own, without the brackets. An acronym
 * counts only as the name's initials; a known
 * place, country or body in the brackets is no nickname.
 */
export function bracketNickname(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  if (toks[i - 1]?.text !== '(' || !t.cap || toks[i - 2] === undefined) return undefined;
  const last = ctx.out[ctx.out.length - 1];
  if (!last || last.type !== 'person' || last.end !== toks[i - 2]!.end) return undefined;
  let end = i;
  if (t.upper) {
    if (initials(last.text) !== t.text) return undefined;
    end = i + 1;
  } else {
    while (end < i + 2 && isNameToken(ctx, end) && !toks[end]!.upper) end++;
  }
  if (end === i || toks[end]?.text !== ')') return undefined;
  if (lookup(toks, i, ctx.lang, (kind) => kind !== 'role' && kind !== 'weapon')) return undefined;
  pushPerson(ctx, span(ctx, i, end, 'person'), i, end);
  return end;
}

/**
 * "pasangan Jokowi-JK", "Prabowo-Hatta" after both were met: two single
 * names (or a person's initials) joined by a hyphen are two people, when
 * both sides were met as people or a ticket word stands before ("pasangan",
 * "pemerintahan", "duet"). Returns the token after the pair.
 */
export function nicknamePair(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const t = toks[i]!;
  if (!t.cap || isNameToken(ctx, i + 1) || (i > 0 && isNameToken(ctx, i - 1) && toks[i - 1]!.cap)) return undefined;
  const parts = t.text.split('-');
  if (parts.length !== 2 || !/^\p{Lu}/u.test(parts[1]!) || parts[0]!.length < 2 || parts[1]!.length < 2) return undefined;
  const sides = parts.map((p) => tokenize(p));
  if (sides.some((sub) => sub.length !== 1)) return undefined;
  let known = 0;
  for (const [n, sub] of sides.entries()) {
    const w = sub[0]!;
    if (ctx.words.stop.has(w.lower) || CALENDAR.has(w.lower) || COMMON_ID.has(w.lower) || NAME_PART.has(w.lower) || startsWithDigit(w.text)) return undefined;
    if (lookup(sub, 0, ctx.lang, () => true)) return undefined;
    const acronymKnown = w.upper && initialsMet(ctx, w.text);
    if (w.upper && !acronymKnown && n === 0) return undefined;
    if (ctx.names.has(w.lower) || acronymKnown) known++;
  }
  let ticket = false;
  for (let k = Math.max(0, i - 3); k < i; k++) if (toks[k]!.isWord && !toks[k]!.cap && TICKET_BEFORE.has(toks[k]!.lower)) ticket = true;
  if (toks[i - 1]?.isWord && TICKET_BEFORE.has(toks[i - 1]!.lower)) ticket = true;
  if (!ticket && known < 2) return undefined;
  const at = t.start + parts[0]!.length;
  ctx.out.push(
    { start: t.start, end: at, type: 'person', text: parts[0]! },
    { start: at + 1, end: t.end, type: 'person', text: parts[1]! },
  );
  for (const p of parts) if (p.length > 2) ctx.names.add(p.toLowerCase());
  return i + 1;
}

/**
 * "Ahmad Hamid , SH , MH", "Rini Astuti S.Pd": academic degrees right after a
 * person's name are no mentions of their own (never a body's acronym).
 * Returns the token after the last of them.
 */
export function degreesAfterName(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  const last = ctx.out[ctx.out.length - 1];
  if (last?.type !== 'person') return undefined;
  const comma = toks[i - 1]?.text === ',';
  if (toks[comma ? i - 2 : i - 1]?.end !== last.end) return undefined;
  let end = degreeEnd(ctx, i, comma);
  while (end !== undefined && toks[end]?.text === ',') {
    const more = degreeEnd(ctx, end + 1, true);
    if (more === undefined) break;
    end = more;
  }
  return end;
}
