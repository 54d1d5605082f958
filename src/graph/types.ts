// The graph contract (see README "Graph contract"): what graph.json, graph.gexf,
// the CSV files and the viewer all agree on. Change it here and nowhere else.

/** `media`: outlets and agencies cited as sources ("kata AFP", "Reuters reported"), apart from bodies that act. */
export type EntityType = 'person' | 'country' | 'place' | 'organization' | 'media' | 'weapon';
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

export interface Evidence {
  article: string;
  sentence: string;
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
  /** Meetings and events: the date at the precision the text gives, whether it happened or is
   * planned, and the label of the place it is held in. */
  date?: PartialDate;
  status?: 'happened' | 'planned';
  place?: string;
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
  /** The cleaned story; every evidence sentence of graph.json is a substring of it. */
  text: string;
  /** What cleaning removed (boilerplate, captions, bylines…), in order, with the reason. */
  removed: { text: string; reason: string }[];
  /** Sorted by start. */
  mentions: ArticleMention[];
}

export interface ArticlesFile {
  /** Sorted by id (code-unit order). */
  articles: ArticleText[];
}
