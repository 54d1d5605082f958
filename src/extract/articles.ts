// Input formats → Article. A file may hold one page (txt, md, html) or many records
// (csv, json, jsonl); whatever metadata a file does not state is read off the page:
// headline, dateline, byline, date line.

import Papa from 'papaparse';
import { Parser } from 'htmlparser2';
import type { IsoDay, Lang } from '../graph/types.js';
import {
  boilerplateReason,
  dateLineRemainder,
  findHeadline,
  fullDates,
  isDateLine,
  isOutletName,
  isStoryLine,
  splitTitleSuffix,
} from './clean.js';
import { parsePublicationDate } from './dates.js';
import { detectLanguage } from './language.js';
import { slugify } from './slug.js';
import type { Article, InputProblem } from './types.js';

export interface ParseOptions {
  /** Finds a publication date in a header or byline string. */
  parseDate?: (text: string) => IsoDay | null;
}

export interface ParsedFile {
  articles: Article[];
  problems: InputProblem[];
}

/**
 * No news story comes near a million characters (long reads are under 100,000): text beyond
 * that is a dump or a mistake, and would stall every later stage, so it is refused by name.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

const megabytes = (chars: number) => `${(chars / 1e6).toFixed(1)} million characters`;

/** The articles in one file's text, by its extension; problems name the file and, for records, the row. */
export function parseArticles(file: string, text: string, opts: ParseOptions = {}): ParsedFile {
  const parseDate = opts.parseDate ?? parsePublicationDate;
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const ctx: Context = { file, stem: slugify(dot > 0 ? name.slice(0, dot) : name) || 'article', parseDate, problems: [] };
  let articles: Article[];
  switch (extension) {
    case 'txt':
      articles = visiblePage(ctx, text, {}, 'only white space');
      break;
    case 'md':
    case 'markdown': {
      const { body, fields } = fromMarkdown(text);
      articles = visiblePage(ctx, body, fields, 'only front matter or markup');
      break;
    }
    case 'html':
    case 'htm': {
      const { body, fields } = fromHtml(text);
      articles = visiblePage(ctx, body, fields, 'only markup, scripts, styles, navigation or forms');
      break;
    }
    case 'csv':
      articles = fromCsv(ctx, text);
      break;
    case 'json':
      articles = fromJson(ctx, text);
      break;
    case 'jsonl':
    case 'ndjson':
      articles = fromJsonLines(ctx, text);
      break;
    default:
      ctx.problems.push({
        file,
        message: `unsupported file type${extension ? ` ".${extension}"` : ''}; use .txt, .md, .html, .csv, .json or .jsonl`,
      });
      articles = [];
  }
  const fitting = articles.filter((article) => {
    if (article.text.length <= MAX_ARTICLE_CHARS) return true;
    ctx.problems.push({
      file,
      message: `article "${article.id}" is ${megabytes(article.text.length)} long, more than one article can be (${megabytes(MAX_ARTICLE_CHARS)}); split it into articles`,
    });
    return false;
  });
  return { articles: uniqueIds(fitting), problems: ctx.problems };
}

interface Context {
  file: string;
  stem: string;
  parseDate: (text: string) => IsoDay | null;
  problems: InputProblem[];
}

/** Metadata a file states about an article; anything missing is read off the text. */
interface Fields {
  id?: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  text?: string;
  lang?: string;
}

/** A page whose visible text is empty (a page of scripts and styles) is a problem, not an empty article. */
function visiblePage(ctx: Context, body: string, fields: Fields, what: string): Article[] {
  if (body.trim()) return [pageArticle(ctx, body, fields)];
  problem(ctx, undefined, `no text: the page holds ${what}`);
  return [];
}

function pageArticle(ctx: Context, body: string, fields: Fields, row?: number): Article {
  const facts = pageFacts(body, ctx.parseDate);
  const url = fields.url?.trim() || undefined;
  const article: Article = {
    id: fields.id?.trim() || (row === undefined ? ctx.stem : `${ctx.stem}-${row}`),
    title: fields.title?.trim() ? splitTitleSuffix(fields.title).title : facts.title,
    published: (fields.date && statedDay(ctx, fields.date, row)) || facts.published,
    // One outlet reads the same whichever way it was found: KOMPAS.com, kompas.com → Kompas.com.
    source: outletName(fields.source?.trim() || (fields.title && splitTitleSuffix(fields.title).outlet) || facts.source || hostOf(url)),
    lang: statedLang(ctx, fields.lang, row) ?? detectLanguage(body),
    file: ctx.file,
    text: body,
  };
  if (url) article.url = url;
  return article;
}

function statedDay(ctx: Context, value: string, row?: number): IsoDay | null {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
  const day = iso ? iso[0] : ctx.parseDate(value);
  if (!day) problem(ctx, row, `could not read the date "${value.trim()}"; took it from the text instead`);
  return day;
}

const LANGS: Record<string, Lang> = {
  id: 'id', ind: 'id', in: 'id', indonesia: 'id', indonesian: 'id', 'bahasa indonesia': 'id',
  en: 'en', eng: 'en', english: 'en', inggris: 'en', 'bahasa inggris': 'en',
};

function statedLang(ctx: Context, value: string | undefined, row?: number): Lang | null {
  if (!value?.trim()) return null;
  const lang = LANGS[value.trim().toLowerCase()] ?? LANGS[value.trim().toLowerCase().slice(0, 2)];
  if (!lang) problem(ctx, row, `language "${value.trim()}" is not Indonesian or English; detected it from the text`);
  return lang ?? null;
}

function problem(ctx: Context, row: number | undefined, message: string): void {
  ctx.problems.push(row === undefined ? { file: ctx.file, message } : { file: ctx.file, row, message });
}

// ---------------------------------------------------------------------------------------------
// What the page says about itself.

interface PageFacts {
  title: string;
  published: IsoDay | '';
  source: string;
}

function pageFacts(text: string, parseDate: (text: string) => IsoDay | null): PageFacts {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim());
  const headline = findHeadline(lines);
  const header = headerLines(lines);
  return {
    title: headline?.title ?? fallbackTitle(lines),
    published: publishedDate(header, text, parseDate),
    source: headerSource(header) ?? headline?.outlet ?? domainSource(lines) ?? '',
  };
}

/** The lines up to the second story paragraph: headline, date line, bylines and the dateline. */
function headerLines(lines: string[]): string[] {
  let stories = 0;
  const header: string[] = [];
  for (const line of lines) {
    if (!line) continue;
    header.push(line);
    if (isStoryLine(line) && !boilerplateReason(line) && ++stories === 2) break;
  }
  return header;
}

function fallbackTitle(lines: string[]): string {
  const first = lines.find((line) => line && !boilerplateReason(line)) ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  if (sentence.length <= 120) return sentence;
  return `${sentence.slice(0, 120).replace(/\s+\S*$/, '')}…`;
}

function publishedDate(header: string[], text: string, parseDate: (text: string) => IsoDay | null): IsoDay | '' {
  for (const line of header) {
    const day = isDateLine(line) ? parseDate(line) : null;
    if (day) return day;
  }
  for (const date of fullDates(text)) {
    const day = parseDate(date);
    if (day) return day;
  }
  return '';
}

const AGENCY_DATELINE = /^[^.!?]{2,60}?\((Reuters|AP|AFP|ANTARA|Antara|Xinhua|Bernama|dpa|UPI|Yonhap|Kyodo|TASS|Sputnik)\)\s*(?:--|[-–—])/;
const OUTLET_DATELINE = /^(?:([\p{L}\d-]+(?:\.[A-Za-z]{2,3}){1,2})\s*(?:,|--|[-–—])|[\p{Lu}][\p{L}\s.'-]{1,40},\s*([\p{L}\d-]+(?:\.[A-Za-z]{2,3}){1,2}|CNN Indonesia|CNBC Indonesia)\s*(?:--|[-–—]))/u;
const BYLINE_OUTLET = /^(?:[•·—]|by|oleh)\s*:?\s*(.+)$/i;

/** The outlet named in the header: `Medcom • 17 Januari 2024`, `PYONGYANG, KOMPAS.com -`, `• Associated Press`. */
function headerSource(header: string[]): string | null {
  for (const line of header) {
    if (isDateLine(line)) {
      const words = dateLineRemainder(line).filter((w) => !/^(?:tim|oleh|by|redaksi|penulis|editor)$/i.test(w));
      const outlet = words.find((w) => isOutletName(w)) ?? (words.length && words.length <= 3 ? words.join(' ') : null);
      if (outlet) return outletName(outlet);
    }
    const dateline = OUTLET_DATELINE.exec(line) ?? AGENCY_DATELINE.exec(line);
    const fromDateline = dateline?.[1] ?? dateline?.[2];
    if (fromDateline) return outletName(fromDateline);
    const byline = BYLINE_OUTLET.exec(line)?.[1]?.trim();
    if (byline && line.length <= 60 && isOutletName(byline)) return outletName(byline);
  }
  return null;
}

const SHARING_SITES = /(?:^|\.)(?:whatsapp|google|facebook|twitter|x|instagram|youtube|tiktok|t|telegram|linkedin)\.[a-z.]+$/i;
const DOMAIN_IN_TEXT = /\b(?:www\.)?((?:[a-z\d-]+\.)+(?:com|co\.id|id|co|net|org|news|tv))\b/gi;

/**
 * A site's own domain, as it shows in its furniture (`Ikuti media sosial medcom.id`);
 * a domain the story cites (`Dilansir dari medcom.id`) is a source of the outlet, not the outlet.
 */
function domainSource(lines: string[]): string | null {
  const candidates = lines.filter(Boolean).sort((a, b) => Number(!boilerplateReason(a)) - Number(!boilerplateReason(b)));
  for (const line of candidates) {
    for (const match of line.matchAll(DOMAIN_IN_TEXT)) {
      const before = line.slice(Math.max(0, match.index - 40), match.index);
      if (SHARING_SITES.test(match[1]!) || /\b(?:dari|from|dilansir|melansir|dikutip|mengutip|via|menurut|laman|situs)\s+$/i.test(before)) continue;
      return outletName(match[1]!);
    }
  }
  return null;
}

/** `KOMPAS.com`, `NUSADAILY.COM` → `Kompas.com`, `Nusadaily.com`; names as written. */
function outletName(name: string): string {
  const trimmed = name.trim();
  if (!/^[\p{L}\d-]+(?:\.[A-Za-z]{2,3}){1,2}$/u.test(trimmed)) return trimmed;
  const lower = trimmed.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function hostOf(url: string | undefined): string {
  return (url && /^[a-z][a-z\d+.-]*:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1]) || '';
}

// ---------------------------------------------------------------------------------------------
// Markdown: the text without its syntax; front matter, when present, gives the metadata.

function fromMarkdown(markdown: string): { body: string; fields: Fields } {
  const fields: Fields = {};
  let text = markdown.replace(/\r\n?/g, '\n');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (front) {
    for (const line of front[1]!.split('\n')) {
      const entry = /^([\w -]+):\s*["']?(.*?)["']?\s*$/.exec(line);
      if (entry) assignField(fields, entry[1]!, entry[2]!);
    }
    text = text.slice(front[0].length);
  }
  let heading: string | undefined;
  const lines = text.split('\n').map((line) => {
    if (/^\s{0,3}(?:```|~~~)/.test(line)) return '';
    if (/^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/.test(line) || /^\s{0,3}=+\s*$/.test(line)) return '';
    if (/^\s{0,3}\[[^\]]+\]:\s+\S+/.test(line)) return '';
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) {
      const title = inlineMarkdown(atx[2]!);
      if (atx[1] === '#' && heading === undefined) heading = title;
      return title;
    }
    return inlineMarkdown(line.replace(/^\s*(?:>\s?)+/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
  });
  if (!fields.title && heading) fields.title = heading;
  return { body: lines.join('\n').replace(/\n{3,}/g, '\n\n').trim(), fields };
}

function inlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\p{L}\d_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\d_])/gu, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .trimEnd();
}

// ---------------------------------------------------------------------------------------------
// HTML: visible text with its block structure, and the metadata publishers put in <head>.

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'form', 'iframe', 'aside', 'button', 'select', 'head']);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'ul', 'ol', 'section', 'article', 'header', 'main']);
const LINE = new Set(['br', 'div', 'li', 'tr', 'dt', 'dd', 'hr', 'td', 'th']);

function fromHtml(html: string): { body: string; fields: Fields } {
  const meta = new Map<string, string>();
  const chunks: string[] = [];
  const jsonLd: string[] = [];
  let skipping = 0;
  let capture: 'title' | 'json-ld' | null = null;
  let pageTitle = '';
  const heading = { text: '', open: false, done: false };
  let time: string | undefined;
  let canonical: string | undefined;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') capture = 'title';
        if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) {
          capture = 'json-ld';
          jsonLd.push('');
        }
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content && !meta.has(key)) meta.set(key, attrs.content.trim());
        }
        if (name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) canonical ??= attrs.href;
        if (name === 'time' && attrs.datetime) time ??= attrs.datetime;
        if (DROPPED.has(name)) skipping++;
        if (skipping) return;
        if (name === 'h1' && !heading.done) heading.open = true;
        if (PARAGRAPH.has(name)) chunks.push('\n\n');
        else if (LINE.has(name)) chunks.push('\n');
      },
      ontext(data) {
        if (capture === 'title') pageTitle += data;
        else if (capture === 'json-ld') jsonLd[jsonLd.length - 1] += data;
        if (skipping) return;
        const text = data.replace(/\s+/g, ' ');
        chunks.push(text);
        if (heading.open) heading.text += text;
      },
      onclosetag(name) {
        if (name === 'title' || name === 'script') capture = null;
        if (DROPPED.has(name)) skipping = Math.max(0, skipping - 1);
        if (skipping) return;
        if (name === 'h1' && heading.open) [heading.open, heading.done] = [false, true];
        if (PARAGRAPH.has(name)) chunks.push('\n\n');
        // <br> and <hr> are void: the parser closes them right after opening them.
        else if (LINE.has(name) && name !== 'br' && name !== 'hr') chunks.push('\n');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();

  const ld = articleJsonLd(jsonLd);
  const body = chunks
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const title = meta.get('og:title') || pageTitle.trim() || ld.headline || heading.text.trim();
  return {
    body,
    fields: {
      title,
      date:
        meta.get('article:published_time') ?? meta.get('datepublished') ?? meta.get('pubdate') ?? meta.get('publishdate') ??
        meta.get('dc.date') ?? ld.datePublished ?? time,
      url: canonical ?? meta.get('og:url') ?? ld.url,
      source: meta.get('og:site_name') ?? ld.publisher,
    },
  };
}

/** headline, datePublished, url and publisher from the page's schema.org NewsArticle, if any. */
function articleJsonLd(blocks: string[]): { headline?: string; datePublished?: string; url?: string; publisher?: string } {
  const queue: unknown[] = [];
  for (const block of blocks) {
    try {
      queue.push(JSON.parse(block));
    } catch {
      // Broken structured data is common and never fatal: the page itself is still read.
    }
  }
  while (queue.length) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const node = item as Record<string, unknown>;
      if (Array.isArray(node['@graph'])) queue.push(...node['@graph']);
      if (/Article/.test(String(node['@type'] ?? ''))) {
        const publisher = node.publisher as { name?: unknown } | undefined;
        const page = node.mainEntityOfPage as { '@id'?: unknown } | string | undefined;
        return {
          headline: stringOf(node.headline),
          datePublished: stringOf(node.datePublished),
          url: stringOf(node.url) ?? (typeof page === 'string' ? page : stringOf(page?.['@id'])),
          publisher: stringOf(publisher?.name),
        };
      }
    }
  }
  return {};
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

// ---------------------------------------------------------------------------------------------
// Records: CSV rows and JSON objects, with column names in English or Indonesian.

const FIELD_NAMES: Record<keyof Fields, string[]> = {
  id: ['id'],
  title: ['title', 'judul', 'headline'],
  date: ['date', 'tanggal', 'published', 'waktu', 'terbit', 'publishedat', 'datepublished', 'pubdate', 'tanggalterbit', 'publishdate'],
  source: ['source', 'sumber', 'outlet', 'media', 'publisher', 'penerbit'],
  url: ['url', 'link', 'tautan'],
  text: ['text', 'content', 'body', 'isi', 'teks', 'konten', 'artikel', 'article', 'isiberita', 'berita'],
  lang: ['lang', 'bahasa', 'language'],
};
const FIELD_OF = new Map(Object.entries(FIELD_NAMES).flatMap(([field, names]) => names.map((n) => [n, field as keyof Fields])));
const fieldOf = (column: string) => FIELD_OF.get(column.toLowerCase().replace(/[^\p{L}\d]/gu, ''));

function assignField(fields: Fields, column: string, value: unknown): void {
  const field = fieldOf(column);
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  if (field && text?.trim() && fields[field] === undefined) fields[field] = text;
}

function recordArticle(ctx: Context, record: unknown, row: number | undefined): Article | null {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    problem(ctx, row, 'not an article: expected an object with a "text" field');
    return null;
  }
  const fields: Fields = {};
  for (const [column, value] of Object.entries(record)) assignField(fields, column, value);
  if (!fields.text?.trim()) {
    problem(ctx, row, 'no text: expected a field named text, content, body, isi, teks, konten or artikel');
    return null;
  }
  return pageArticle(ctx, fields.text, fields, row);
}

function fromCsv(ctx: Context, text: string): Article[] {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const columns = result.meta.fields ?? [];
  if (!columns.some((c) => fieldOf(c) === 'text')) {
    problem(ctx, undefined, `no text column (found: ${columns.join(', ') || 'none'}); name one text, content, body, isi, teks, konten or artikel`);
    return [];
  }
  // Spreadsheet row numbers: the header is row 1.
  const broken = new Map<number, string>();
  for (const error of result.errors) {
    if (error.code === 'UndetectableDelimiter' || error.row === undefined) continue;
    broken.set(error.row, csvMessage(error));
  }
  const articles: Article[] = [];
  result.data.forEach((record, index) => {
    const row = index + 2;
    const message = broken.get(index);
    if (message) problem(ctx, row, message);
    else {
      const article = recordArticle(ctx, record, row);
      if (article) articles.push(article);
    }
  });
  return articles;
}

function csvMessage(error: Papa.ParseError): string {
  if (error.code === 'TooFewFields' || error.code === 'TooManyFields') return `skipped: ${error.message.toLowerCase()}`;
  if (error.code === 'MissingQuotes') return 'skipped: a quoted field is never closed';
  return `skipped: ${error.message}`;
}

function fromJson(ctx: Context, text: string): Article[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problem(ctx, jsonErrorLine(error, text), `invalid JSON: ${(error as Error).message}`);
    return [];
  }
  const list = Array.isArray(data) ? data : (data as { articles?: unknown })?.articles;
  if (Array.isArray(list)) {
    return list.flatMap((record, index) => recordArticle(ctx, record, index + 1) ?? []);
  }
  const article = recordArticle(ctx, data, undefined);
  return article ? [article] : [];
}

function fromJsonLines(ctx: Context, text: string): Article[] {
  const articles: Article[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      problem(ctx, index + 1, `invalid JSON: ${(error as Error).message}`);
      return;
    }
    const article = recordArticle(ctx, record, index + 1);
    if (article) articles.push(article);
  });
  return articles;
}

function jsonErrorLine(error: unknown, text: string): number | undefined {
  const position = /at position (\d+)/.exec(String((error as Error).message))?.[1];
  return position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
}

/** Article ids made unique (within a file, or across a run): a later duplicate gets a numeric suffix. */
export function uniqueIds(articles: Article[]): Article[] {
  const used = new Set<string>();
  return articles.map((article) => {
    let id = article.id;
    for (let n = 2; used.has(id); n++) id = `${article.id}-${n}`;
    used.add(id);
    return id === article.id ? article : { ...article, id };
  });
}
