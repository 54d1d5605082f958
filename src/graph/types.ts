// The graph contract (see README "Graph contract"): what graph.json, graph.gexf,
// the CSV files and the viewer all agree on. Change it here and nowhere else.

export type EntityType = 'person' | 'country' | 'place' | 'organization' | 'weapon';
export type NodeType = EntityType | 'meeting' | 'event';

export type EdgeType =
  | 'co_mention'
  | 'role'
  | 'located_in'
  | 'attends'
  | 'held_in'
  | 'visits'
  | 'supplies'
  | 'receives'
  | 'accuses'
  | 'tests'
  | 'invites'
  | 'signs'
  | 'launches'
  | 'condemns'
  | 'denies'
  | 'involves';

/** Whether a meeting or event happened, is set to happen, is only wished, offered or conditional, or is denied or called off. */
export const HAPPENING_STATUSES = ['happened', 'planned', 'hypothetical', 'denied'] as const;
export type HappeningStatus = (typeof HAPPENING_STATUSES)[number];
/** How people met: one travels to another (`visit`), they hold `talks`, many meet at a `summit`, or they `call`. */
export const MEETING_MODES = ['visit', 'talks', 'summit', 'call'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

/** ISO date at the precision the source supports: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;
/** Full ISO day `YYYY-MM-DD`. */
export type IsoDay = string;

export type Lang = 'id' | 'en';

export interface ArticleMeta {
  id: string;
  title: string;
  /** YYYY-MM-DD, or '' when no publication date could be found. */
  published: IsoDay | '';
  source: string;
  lang: Lang;
  file: string;
  url?: string;
}

/**
 * A reference to the sentence that backs an edge. The sentence's text is stored once, in
 * articles.json: `ArticleText.sentences[sentence]` of the article `article` gives its offsets
 * into that article's `text` (resolve with `sentenceText` in articles.ts).
 */
export interface Evidence {
  /** An `ArticleMeta.id`. */
  article: string;
  /** Index into the article's `sentences` in articles.json (0-based). */
  sentence: number;
  /** The date the evidence holds for, at the precision the sentence gives. */
  date: PartialDate;
}

export interface NodeAttributes {
  label: string;
  type: NodeType;
  aliases: string[];
  mentions: number;
  articles: string[];
  start: IsoDay;
  end: IsoDay;
  /** People: every title seen with them (Menteri Luar Negeri, Presiden…). */
  role?: string[];
  /** Places: the canonical label of the country they are in. */
  country?: string;
  lat?: number;
  lng?: number;
  /** Meetings and events: the date at the precision the text gives, whether it happened, is
   * planned, hypothetical or denied, and the label of the place it is held in. */
  date?: PartialDate;
  status?: HappeningStatus;
  place?: string;
  /** Meetings: how the people met. */
  mode?: MeetingMode;
  /** Meetings: the label of the participant who receives the others, where the text says so. */
  host?: string;
  /** Meetings: how sure the reading is, 0–1, from the number of articles, their agreement on date and place, and the cue words. */
  confidence?: number;
  /** Events: what happened (`test`, `launch`, `delivery`, `signing`); meetings: `meeting` or `visit`. */
  kind?: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  type: EdgeType;
  weight: number;
  label: string;
  start: IsoDay;
  end: IsoDay;
  dates: PartialDate[];
  /** One reference per sentence that backs the edge; `weight` is their count. */
  evidence: Evidence[];
  /**
   * Typed relations that someone asserts rather than the story itself ("AS menuduh Korea Utara
   * memasok rudal ke Rusia"): the keys of the nodes that make the claim, sorted.
   */
  claimed_by?: string[];
  /** Keys of the nodes that deny the relation ("Rusia dan Korea Utara menampik tuduhan …"), sorted. */
  denied_by?: string[];
}

export interface GraphAttributes {
  title: string;
  generator: { name: string; version: string };
  articles: ArticleMeta[];
}

// articles.json: the text of each article, for the viewer's article reader. graph.json only
// carries article metadata; this companion file holds what the reader shows and highlights.

/** A span of an article's text that became a graph node. */
export interface ArticleMention {
  /** JavaScript string offsets into `ArticleText.text`, start < end. */
  start: number;
  end: number;
  /** The key of the graph node the mention resolved to. */
  node: string;
}

export interface ArticleText {
  /** An `ArticleMeta.id` of graph.json. */
  id: string;
  /** The cleaned story. */
  text: string;
  /**
   * Every sentence of the story as `[start, end]` JavaScript string offsets into `text`, in
   * order: graph.json's evidence points at them by index.
   */
  sentences: [number, number][];
  /** What cleaning removed (boilerplate, captions, bylines…), in order, with the reason. */
  removed: { text: string; reason: string }[];
  /** Sorted by start. */
  mentions: ArticleMention[];
}

export interface ArticlesFile {
  /** Sorted by id (code-unit order). */
  articles: ArticleText[];
}
