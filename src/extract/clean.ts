import type { Lang } from '../graph/types.js';
import type { CleanedArticle, RemovedBlock } from './types.js';

// A news page copied as text is the story wrapped in the site's furniture: prompts,
// captions, bylines, related headlines. The furniture is recognised line by line by
// its shape and the handful of stock phrases every outlet uses, never by outlet.

const MONTH =
  '(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|' +
  'january|february|march|may|june|july|august|october|december|' +
  'jan|feb|mar|apr|jun|jul|agu|agt|ags|aug|sep|sept|okt|oct|nov|des|dec)';
// match and replace start a global pattern from the beginning, so one instance serves every call.
const FULL_DATE = new RegExp(
  `\\b(?:\\d{1,2}\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|` +
    '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b',
  'gi',
);
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b/g;
const RELATIVE_TIME = /\b\d+\s+(?:detik|menit|jam|hari|seconds?|minutes?|hours?|days?)\s+(?:yang\s+)?(?:lalu|ago)\b/gi;
const DATE_WORDS = new RegExp(
  '\\b(?:senin|selasa|rabu|kamis|jumat|jum\'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
    'sen|sel|rab|kam|jum|sab|min|mon|tue|wed|thu|fri|sat|sun|' +
    'published|updated|posted|modified|last|on|at|diperbarui|dipublikasikan|diterbitkan|terbit|tayang|diposting|dibuat|pukul|' +
    'wib|wita|wit|gmt|utc|am|pm|et)\\b\\.?',
  'gi',
);

/** Every full date (day, month and year) written in the text, in order. */
export function fullDates(text: string): string[] {
  return text.match(FULL_DATE) ?? [];
}

/** A header line that only dates the article: `Medcom • 17 Januari 2024 13:54`, `Jan 16, 2024 - 06:02`. */
export function isDateLine(line: string): boolean {
  if (line.length > 100 || /[.!?]$/.test(line)) return false;
  const rest = line
    .replace(FULL_DATE, ' ')
    .replace(TIME, ' ')
    .replace(RELATIVE_TIME, ' ');
  if (rest === line) return false;
  const words = dateLineRemainder(rest);
  return words.length <= 5 && words.every((w) => /^[\p{Lu}\d]|\.[a-z]{2,}$/u.test(w));
}

/** The words of a date line that are not the date: usually the outlet. */
export function dateLineRemainder(line: string): string[] {
  return line
    .replace(FULL_DATE, ' ')
    .replace(TIME, ' ')
    .replace(RELATIVE_TIME, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(/[+−-]\d{1,2}(?::?\d{2})?\b/g, ' ')
    .split(/[\s•·|,–—/()-]+/)
    .filter(Boolean);
}

// News outlets and agencies, to tell a site name in a title suffix or byline from a person.
const OUTLETS =
  'Kompas|Kompas\\.com|Kompas\\.id|Detik|detikcom|detikNews|CNN Indonesia|CNBC Indonesia|Tempo|Tempo\\.co|Antara|ANTARA News|' +
  'Okezone|Liputan6|Liputan6\\.com|Tribunnews|Tribun|Republika|Medcom|Media Indonesia|Metro TV|Kumparan|IDN Times|Suara|' +
  'Merdeka|Jawa Pos|Sindonews|iNews|Viva|Bisnis|Katadata|Tirto|The Jakarta Post|Jakarta Post|Jakarta Globe|BBC|BBC Indonesia|' +
  'VOA|VOA Indonesia|Voice of America|Reuters|Associated Press|AP|AFP|Agence France-Presse|The Guardian|Guardian|Al Jazeera|' +
  'CNN|NHK|DW|Deutsche Welle|Xinhua|Bernama|Yonhap|Kyodo|TASS|Sputnik|RIA Novosti|The New York Times|New York Times|' +
  'The Washington Post|Washington Post|Bloomberg|Financial Times|NPR|Sky News|ABC News|NBC News|Fox News|' +
  'South China Morning Post|Nikkei Asia|The Independent|The Telegraph';
const OUTLET = new RegExp(`^(?:${OUTLETS})(?:\\s(?:News|Online|Indonesia|International|World))*$`, 'i');
const DOMAIN = /^[\p{L}\d-]+(?:\.[a-z]{2,3}){1,2}$/iu;

/** Whether a short string names a news outlet: a known name or a site's domain. */
export function isOutletName(text: string): boolean {
  const name = text.trim();
  return OUTLET.test(name) || DOMAIN.test(name) || /^[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,3}\s(?:News|Online|Daily|Post|Times)$/u.test(name);
}

/** `Headline: Okezone News`, `Headline - Kompas.com`, `Headline | Tempo` → headline and outlet. */
export function splitTitleSuffix(title: string): { title: string; outlet?: string } {
  const trimmed = title.trim();
  for (const separator of [' | ', ' - ', ' – ', ' — ', ': ']) {
    const at = trimmed.lastIndexOf(separator);
    if (at < 8) continue;
    const suffix = trimmed.slice(at + separator.length).trim();
    const bareSiteName = separator === ' | ' && /^[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,2}$/u.test(suffix);
    if (isOutletName(suffix) || bareSiteName) return { title: trimmed.slice(0, at).trim(), outlet: suffix };
  }
  return { title: trimmed };
}

// Capitalised words only, so a label word opening a sentence ("Sumber itu menolak…") is not a
// byline; name particles (al-Mughrabi, van der Berg, bin Salman) may be lower case.
const NAME_WORD = "(?:(?:al|el|ad|as|bin|binti|van|von|der|den|de|da|dos|du|le|la)[-\\s])*[\\p{Lu}][\\p{L}.'’&-]*";
const NAMES = new RegExp(
  `^${NAME_WORD}(?:\\s*(?:,|&|/|\\||:|\\bdan\\b|\\band\\b)?\\s*${NAME_WORD}){0,7}$`,
  'u',
);

/** `Label: Name, Name`: the label in any case, then names only. */
function labelledNames(labels: string): (line: string) => boolean {
  const label = new RegExp(`^(?:${labels})(?:\\s*[:|-]\\s*|\\s+)`, 'i');
  return (line) => {
    const match = label.exec(line);
    return match !== null && NAMES.test(line.slice(match[0].length));
  };
}
const AGENCY = '(?:Reuters|AP|AFP|ANTARA|Antara|Xinhua|Bernama|dpa|UPI|Yonhap|Kyodo|TASS|Sputnik)';

// Each rule: a reason and the line shapes it covers. Lines are trimmed, spaces collapsed.
const LINE_RULES: [string, (RegExp | ((line: string) => boolean))[]][] = [
  [
    'subscription or social prompt',
    [
      /^simak (?:breaking news|berita|juga|video|selengkapnya|informasi|update)/i,
      // "Baca artikel CNN Indonesia "…" selengkapnya di sini.": the page's own headline, quoted in a read-on prompt.
      /^(?:baca|read)\b.{0,200}\b(?:selengkapnya|full (?:story|article))\b.{0,20}$/i,
      // Streaming and video promotions: "Saksikan live streaming … hanya di Vidio", "Watch live on …".
      /^(?:saksikan|tonton|nonton|streaming|watch)\b.{0,80}\b(?:live streaming|siaran langsung|streaming|hanya di|gratis di|live on|only on)\b/i,
      /^ikuti\b.{0,80}\b(?:berita|media sosial|kami|channel|saluran|akun|google|whatsapp|instagram|twitter|facebook|youtube|tiktok|telegram|update)/i,
      /^(?:cek|dapatkan|pantau|jangan lewatkan) (?:berita|info|informasi|update)/i,
      /^(?:.{0,60}\bdi )?google news$/i,
      /^(?:baca berita tanpa iklan|gabung|bergabung|berlangganan|langganan|subscribe|sign up|register now|daftar sekarang)\b.{0,80}$/i,
      /^(?:download|get|install) (?:the|our) .{0,30}\bapp\b.{0,60}$/i,
      /^(?:unduh|install|pasang|download) aplikasi\b.{0,80}$/i,
      /^follow (?:us|\S+ on)\b/i,
      /^(?:sign up|subscribe|get|join|register|daftar|berlangganan)\b.{0,100}\bnewsletters?\b/i,
      /^newsletters?\b.{0,40}$/i,
      /^(?:support|dukung) (?:our|kami|jurnalisme)/i,
      /^(?:klik|click) (?:di ?sini|here)\b/i,
      /^(?:listen to this (?:article|story)|dengarkan (?:artikel|berita) ini)/i,
    ],
  ],
  [
    'comment, login or share box',
    [
      /^leave a (?:reply|comment)\b/i,
      /your email address will not be published|required fields are marked/i,
      /^(?:komentar|comments?|\d+ (?:komentar|comments?))(?:\s*\(\d+\))?$/i,
      /^(?:tulis|kirim|beri|lihat|tampilkan|show|view|add a) (?:komentar|comments?)\b/i,
      /^(?:share|bagikan)(?:\s*:|\s(?:this|artikel|berita|on|via|ke|melalui|lewat)\b.{0,40})?$/i,
      /^(?:salin (?:link|tautan)|copy link|kirim ke teman)$/i,
      /^(?:login|log in|sign in)\b.{0,80}$/i,
      /^masuk (?:untuk|ke akun)\b.{0,80}$/i,
    ],
  ],
  [
    'advertisement',
    [
      /^(?:advertisement|iklan|ads?|sponsored(?: content)?|konten (?:bersponsor|sponsor)|close ads?|tutup iklan)$/i,
      /^scroll (?:to|untuk) (?:continue|lanjut)/i,
    ],
  ],
  [
    'photo caption',
    [
      /^(?:foto|photo|gambar|image|ilustrasi|video|grafis|infografis)\s*[:|]/i,
      /^(?:sumber gambar|keterangan gambar|keterangan foto|image source|image caption|caption)\s*[,:]/i,
      /(?:^|[\s(])(?:foto|photo|photograph|sumber foto)\s*:\s*[^.]{2,80}\)?$/i,
      // A trailing credit naming a photographer or photo desk: (Artem Geodakyan / POOL / AFP),
      // unlike an editor's code after the last sentence: (rdp/imk).
      /\((?=[^()]*\b(?:foto|photo|pool|via|getty|dok|istimewa|handout|file|courtesy|shutterstock)\b)[^()]{2,100}\)$/i,
      /\((?=[^()]*\/)(?=[^()]*\S\s+\S)[^()]{2,100}\)$/,
      // The same in square brackets: "[Ricardo Beltran/Pool via Reuters]".
      /\[(?=[^[\]]*(?:\/|\bvia\b))(?=[^[\]]*\S\s+\S)[^[\]]{2,100}\]$/,
      /^(?:[A-Z]{2,}(?: FOTO| PHOTO)?|AP Photo|AFP Photo|Getty Images|EPA-EFE)\s*\/\s*[^/]{2,60}(?:\/[^/]{1,30})*$/,
      // A caption ending in the bare name of its agency: "… at the Dolmabahce Palace. Reuters".
      new RegExp(`[.!?]\\s+(?:${AGENCY}|Getty Images|EPA|EPA-EFE|PA Media|Anadolu Agency|Shutterstock)$`),
      // A caption ending in its agency credit: "… in Quezon City, March 28, 2025. REUTERS/Ramon Dizon".
      // Also with the photo desk's code after it: "ANTARA FOTO/Hafidz Mubarak A/nym."
      /[.)]\s+(?:[A-Z]{2,}(?: FOTO| PHOTO)?|AP Photo|AFP Photo|Getty Images|EPA-EFE)\s*\/\s*[^/.]{2,60}(?:\/[^/.]{1,30})*\.?$/,
    ],
  ],
  [
    'byline',
    [
      labelledNames(
        'penulis|editor|reporter|kontributor|redaktur|penyunting|pewarta|fotografer|videografer|author|writer|' +
          'sumber|source|laporan wartawan|written by|compiled by|oleh|by|[•·—]',
      ),
      /^\(?(?:additional )?(?:reporting|writing|editing) by\b/i,
      /^.{0,100}\b(?:contributed to this report|reported from)\b.{0,60}$/i,
      // "Dwi Handayani - detikNews": a name and the outlet it writes for.
      (line) => {
        const parts = line.split(/\s+[-–—|]\s+/);
        return parts.length === 2 && /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(parts[0]!) && isOutletName(parts[1]!);
      },
      // Tim detikNews - detikNews: outlet names and nothing else
      (line) => line.split(/\s*[-–—|•·,]\s*/).every((part) => isOutletName(part.replace(/^(?:tim|redaksi)\s+/i, ''))),
      /^\[[a-z]{1,6}(?:\/[a-z]{1,6})*\]$/i,
      /^\((?:\*|[a-z]{2,6}(?:\/[a-z]{2,6})*)\)$/i,
    ],
  ],
  ['embedded media', [/^\[[^\]]{1,80}\]$/]],
  [
    'source note',
    [
      /^(?:quoted|taken|adapted|compiled|sourced|dikutip|disadur|dihimpun|dirangkum|diolah|sumber|source)\s+(?:from|dari)\b.{0,60}$/i,
      /^(?:artikel|berita) ini (?:telah )?(?:tayang|terbit|dipublikasikan)\b/i,
      /^this (?:article|story) (?:was|first|originally)\b.{0,200}$/i,
      /^(?:©|copyright\b|hak cipta\b|our standards\b)/i,
    ],
  ],
  ['separator', [/^[\p{P}\p{S}\s]+$/u]],
  [
    'navigation',
    [/^[^.!?]{1,60}(?:\s[›»>]\s[^.!?]{1,60})+$/, /^[^.!?|]{1,30}(?:\s\|\s[^.!?|]{1,30}){2,}$/],
  ],
];

// `Andrew Roth in Moscow` above the story; the same shape later is a headline or subheading.
const REPORTER_IN_PLACE = /^\p{Lu}\p{L}+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\sin\s\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?$/u;
// "Penulis", "Editor:", and a desk's title above the name: "Defence correspondent", "Koresponden Brussel".
const BYLINE_LABEL =
  /^(?:(?:penulis|editor|reporter|kontributor|redaktur|penyunting|pewarta|fotografer|videografer|author|writer)|(?:[\p{L}-]+\s){1,2}(?:correspondent|editor|reporter|writer)|(?:koresponden|wartawan)(?:\s[\p{L}-]+){1,2})\s*:?$/iu;
const PERSON_NAME = /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){1,4}$/u;
// One word (Global, Internasional, Oke) or a short line in capitals (BERITA UTAMA).
const SECTION_LABEL = /^(?:\p{L}[\p{L}+&'’-]{0,24}|(?=.{2,25}$)[\p{Lu}\d&+]+(?: [\p{Lu}\d&+]+){0,2})$/u;

const READ_ALSO = /^(?:baca juga|baca|lihat juga|simak juga|read also|also read|read more|see also|related|terkait|pilihan editor|baca selengkapnya|tonton juga|watch)\s*[:>»|-]\s*\S/i;
const READ_ALSO_VIDEO = /^lihat (?:juga )?video\b/i;
const BARE_READ_ALSO = /^(?:baca juga|baca|lihat juga|simak juga|read also|also read|read more|see also)\s*:?$/i;
const END_MARKER = new RegExp(
  '^(?:terkini lainnya|berita lainnya|berita terkait|artikel terkait|terkait|related|' +
    'related (?:articles?|stories|news|content|coverage|posts|topics|reading)|more from\\b.{0,40}|more on this story|more stories|' +
    'most (?:read|viewed|popular|shared)|populer|terpopuler|(?:berita|artikel) (?:populer|terpopuler|pilihan|rekomendasi)|' +
    'trending(?: now)?|rekomendasi(?: untuk (?:anda|kamu))?|pilihan (?:editor|redaksi|untukmu|untuk anda)|' +
    'you (?:may|might) also like|read next|up next|what to read next|more to read|recommended(?: for you| stories)?|topik(?: terkait)?|tags?|lihat semua|baca lainnya)\\s*:?$',
  'i',
);

/** Why a line on its own is page furniture rather than story, or null when it may be story. */
export function boilerplateReason(line: string): string | null {
  for (const [reason, rules] of LINE_RULES) {
    if (rules.some((rule) => (typeof rule === 'function' ? rule(line) : rule.test(line)))) return reason;
  }
  if (READ_ALSO.test(line) || READ_ALSO_VIDEO.test(line)) return 'read-also link';
  if (BYLINE_LABEL.test(line)) return 'byline';
  if (isDateLine(line)) return 'date line';
  if (SECTION_LABEL.test(line)) return 'section label';
  return null;
}

/** A line that reads as part of a story: a sentence of some length. */
export function isStoryLine(line: string): boolean {
  const words = wordCount(line);
  return (words >= 8 && /[.!?…"”’)]$/.test(line)) || words >= 30;
}

/** A line shaped like a headline: a few words, no closing sentence punctuation. */
function looksLikeHeadline(line: string): boolean {
  const words = wordCount(line);
  return words >= 2 && words <= 30 && line.length <= 200 && !/[.,;:]$/.test(line);
}

/** The page's headline: the first headline-shaped line before the story that is not furniture. */
export function findHeadline(lines: string[]): { index: number; title: string; outlet?: string } | null {
  for (let index = 0; index < lines.length; index++) {
    const line = normalizeLine(lines[index]!);
    if (!line) continue;
    if (boilerplateReason(line) || BARE_READ_ALSO.test(line) || END_MARKER.test(line)) continue;
    if (isStoryLine(line)) return null;
    if (looksLikeHeadline(line)) return { index, ...splitTitleSuffix(line) };
  }
  return null;
}

/** The story alone, headline first, paragraphs separated by blank lines; what was taken out and why. */
export function cleanArticle(text: string, lang: Lang, title?: string): CleanedArticle {
  // Furniture of both languages shows up on pages of either (an Indonesian story
  // under an English comment form), so the rules do not depend on the language.
  void lang;
  const removed: RemovedBlock[] = [];
  const drop = (block: string, reason: string) => removed.push({ text: block, reason });
  const lines = text.split(/\r\n|\r|\n/).map(normalizeLine);
  const headline = title?.trim() ? splitTitleSuffix(title).title : (findHeadline(lines)?.title ?? '');

  const kept = keepStoryLines(lines, headline, drop);
  stripDateline(kept, drop);
  const paragraphs = dedupe(unwrap(kept), headline, drop);
  stripTrailingCredit(paragraphs, drop);
  // A title made from the first sentence (a body without a headline) is already there.
  const inLead = headline !== '' && (paragraphs[0] ?? '').startsWith(headline.replace(/…$/, ''));
  return { text: [...(headline && !inLead ? [headline] : []), ...paragraphs].join('\n\n'), removed };
}

/**
 * Where a related-headlines list that starts at `marker` ends when the story goes on after it:
 * the list is a few headline-shaped lines, and at least two story paragraphs follow before any
 * other end marker. Null when the list runs to the foot of the page.
 */
function midStoryListEnd(lines: string[], marker: number): number | null {
  let end = marker + 1;
  let headlines = 0;
  while (end < lines.length && !isStoryLine(lines[end]!)) {
    if (lines[end]) {
      if (END_MARKER.test(lines[end]!) || !looksLikeHeadline(lines[end]!) || ++headlines > 6) return null;
    }
    end++;
  }
  let story = 0;
  for (let j = end; j < lines.length && story < 2; j++) {
    if (END_MARKER.test(lines[j]!)) break;
    if (isStoryLine(lines[j]!)) story++;
  }
  return headlines > 0 && story >= 2 ? end : null;
}

interface KeptLine {
  text: string;
  /** Lines of one block sit together with no blank or removed line between them. */
  block: number;
}
type Drop = (text: string, reason: string) => void;

function keepStoryLines(lines: string[], headline: string, drop: Drop): KeptLine[] {
  const kept: KeptLine[] = [];
  let block = 0;
  let headlineSeen = false;
  const key = headlineKey(headline);
  let afterReadAlso = false;
  let storyStarted = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) {
      block++;
      continue;
    }
    if (END_MARKER.test(line) && storyStarted) {
      // A label inside the story ("RELATED COVERAGE" and two headlines, then the story goes on)
      // takes only its own list; at the foot of the page it takes the rest.
      const listEnd = midStoryListEnd(lines, i);
      if (listEnd === null) {
        drop(lines.slice(i).filter(Boolean).join('\n'), 'related headlines');
        break;
      }
      drop(lines.slice(i, listEnd).filter(Boolean).join('\n'), 'related headlines');
      i = listEnd - 1;
      block++;
      continue;
    }
    if (afterReadAlso && looksLikeHeadline(line) && !boilerplateReason(line)) {
      drop(line, 'read-also link');
      block++;
      continue;
    }
    afterReadAlso = false;
    if (headline && sameHeadline(line, key)) {
      // The headline goes in front once; later copies are page furniture.
      if (headlineSeen) drop(line, 'duplicate');
      headlineSeen = true;
      block++;
      continue;
    }
    const reason =
      boilerplateReason(line) ??
      (END_MARKER.test(line) ? 'section label' : null) ??
      (!storyStarted && REPORTER_IN_PLACE.test(line) ? 'byline' : null);
    if (reason) {
      drop(line, reason);
      if (BYLINE_LABEL.test(line)) i = dropNameBesideLabel(lines, i, kept, drop);
      block++;
      continue;
    }
    if (BARE_READ_ALSO.test(line)) {
      drop(line, 'read-also link');
      afterReadAlso = true;
      block++;
      continue;
    }
    kept.push({ text: line, block });
    storyStarted ||= isStoryLine(line);
  }
  return kept;
}

/** `Aditya Jaya Iswara` above or below a bare `Penulis` label is the byline too. Returns the index reached. */
function dropNameBesideLabel(lines: string[], i: number, kept: KeptLine[], drop: Drop): number {
  const previous = kept[kept.length - 1];
  if (previous && PERSON_NAME.test(previous.text)) {
    kept.pop();
    drop(previous.text, 'byline');
    return i;
  }
  let next = i + 1;
  while (next < lines.length && !lines[next]) next++;
  if (next < lines.length && PERSON_NAME.test(lines[next]!)) {
    drop(lines[next]!, 'byline');
    return next;
  }
  return i;
}

/** Whether the line is the headline whose `headlineKey` is `key`, with or without an outlet suffix. */
function sameHeadline(line: string, key: string): boolean {
  if (headlineKey(line) === key) return true;
  const { title, outlet } = splitTitleSuffix(line);
  // Without an outlet the title is the line trimmed, whose key was just compared.
  return outlet !== undefined && headlineKey(title) === key;
}

function headlineKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const OUTLET_PREFIX = '(?:[\\p{L}\\d-]+(?:\\.[A-Za-z]{2,3}){1,2}|CNN Indonesia|CNBC Indonesia|VIVA|Okezone|Sindonews|iNews)';
const PLACE = "\\p{Lu}[\\p{L}'.-]*(?:\\s\\p{Lu}[\\p{L}'.-]*){0,2}";
const DASH = '\\s*(?:--|[-–—])\\s+';
// Any outlet may sign a dateline in parentheses: MEDAN (Waspada) -, SEMARANG (Suara Merdeka) -.
const OUTLET_IN_PARENS = '\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2}';
const DATELINES = [
  // NUSADAILY.COM – …, Liputan6.com, Jakarta - …, TEMPO.CO, Jakarta - …
  new RegExp(`^${OUTLET_PREFIX}\\s*(?:,\\s*${PLACE})?${DASH}`, 'u'),
  // PYONGYANG, KOMPAS.com - …, WASHINGTON (Reuters) - …, KYIV, Ukraine (AP) — …, LONDON, Jan 16 (Reuters) - …, Jakarta - …
  new RegExp(
    `^${PLACE}(?:,\\s*${PLACE})?(?:,?\\s+\\p{Lu}\\p{Ll}{2}\\.?\\s\\d{1,2})?\\s*(?:\\((?:${AGENCY}|${OUTLET_IN_PARENS})\\)|,\\s*${OUTLET_PREFIX})?${DASH}`,
    'u',
  ),
  // MOSKOWMenteri …: the city in capitals glued to the first word.
  /^(?:\p{Lu}{2,}\s)*\p{Lu}{3,}(?=\p{Lu}\p{Ll})/u,
];
// Moskow: Menteri … — only at the very start of the story, where a colon after a place name is a dateline.
const COLON_DATELINE = /^\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?:\s+(?=\p{Lu})/u;

/** Takes the dateline off the first story paragraph that has one, among the first few. */
function stripDateline(kept: KeptLine[], drop: Drop): void {
  for (let k = 0; k < Math.min(3, kept.length); k++) {
    const line = kept[k]!;
    let rest = line.text;
    for (let pass = 0; pass < 3; pass++) {
      const rule = [...DATELINES, ...(k === 0 ? [COLON_DATELINE] : [])].find((r) => r.test(rest));
      if (!rule) break;
      rest = rest.replace(rule, '');
    }
    if (rest !== line.text && wordCount(rest) >= 3) {
      drop(line.text.slice(0, line.text.length - rest.length).trim(), 'dateline');
      line.text = rest;
      return;
    }
  }
}

/** Joins lines of a block that were wrapped mid-sentence; every other line is its own paragraph. */
function unwrap(kept: KeptLine[]): string[] {
  const blocks: string[][] = [];
  kept.forEach((line, i) => {
    if (i > 0 && kept[i - 1]!.block === line.block) blocks[blocks.length - 1]!.push(line.text);
    else blocks.push([line.text]);
  });
  return blocks.flatMap((lines) => (isHardWrapped(lines) ? [lines.join(' ')] : joinContinuations(lines)));
}

// Text wrapped at a fixed width: every line but the last about as long as the longest,
// most of them breaking mid-sentence, and reading as prose (a line starting in lower
// case, or a full stop at the end). Paragraphs one per line end in full stops; a list
// of headlines has the widths but not the prose.
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const inner = lines.slice(0, -1);
  const width = Math.max(...lines.map((l) => l.length));
  const even = inner.every((l) => l.length >= width * 0.75);
  const midSentence = inner.filter((l) => !/[.!?…"”’]$/.test(l)).length * 2 >= inner.length;
  const prose = lines.some((l) => /^\p{Ll}/u.test(l)) || /[.!?"”]$/.test(lines[lines.length - 1]!);
  return width >= 50 && width <= 100 && even && midSentence && prose;
}

/** Lines that break mid-sentence: the next starts in lower case, or this one ends on a lower-case word. */
function joinContinuations(lines: string[]): string[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    const last = paragraphs.length - 1;
    const previous = paragraphs[last];
    const continues =
      previous !== undefined &&
      !/[.!?…:;"”’)\]]$/.test(previous) &&
      (/^\p{Ll}/u.test(line) || /\s\p{Ll}[\p{Ll}-]*,?$/u.test(previous));
    if (continues) paragraphs[last] += ` ${line}`;
    else paragraphs.push(line);
  }
  return paragraphs;
}

function dedupe(paragraphs: string[], headline: string, drop: Drop): string[] {
  const seen = new Set([headline]);
  return paragraphs.filter((paragraph) => {
    const key = paragraph.replace(/\s+/g, ' ').trim();
    if (seen.has(key)) {
      drop(paragraph, 'duplicate');
      return false;
    }
    seen.add(key);
    return true;
  });
}

// After the story's last sentence: (*), (WIL), (rdp/imk), [ab/ns], (Reuters), (Atika Pusagawanti).
const TRAILING_CREDIT = new RegExp(
  `(?<=[.!?"”’])\\s*(?:\\((?:\\*|[A-Za-z]{2,6}(?:\\/[A-Za-z]{2,6})*|${AGENCY}|\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){1,3})\\)|\\[[A-Za-z]{1,6}(?:\\/[A-Za-z]{1,6})*\\])$`,
  'u',
);

function stripTrailingCredit(paragraphs: string[], drop: Drop): void {
  const last = paragraphs.length - 1;
  if (last < 0) return;
  let text = paragraphs[last]!;
  let match: RegExpExecArray | null;
  while ((match = TRAILING_CREDIT.exec(text))) {
    drop(match[0].trim(), 'byline');
    text = text.slice(0, match.index);
  }
  paragraphs[last] = text;
}

function normalizeLine(line: string): string {
  return line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
