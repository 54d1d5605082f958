// FollowTheMoney entities as JSON Lines, the import format of OCCRP Aleph and OpenAleph: people
// (Person), organizations (Organization), countries (LegalEntity with their ISO code in `country`;
// FtM has no schema of its own for a state), places (Address), meetings (Event, with `involved`,
// `location`, `date`), and the typed relations between them (UnknownLink, its `role` the relation).
// Co-mentions, weapons and the other events are left out: FtM has no kind for "named in the same
// sentence", nor for a weapon class. One entity a line, sorted by id, so the file is byte-stable.
import en from 'i18n-iso-countries/langs/en.json';
import id from 'i18n-iso-countries/langs/id.json';
import type { ContractGraph } from './json.js';
import type { NodeAttributes } from './types.js';

type Properties = Record<string, string[]>;
interface Entity {
  id: string;
  schema: string;
  properties: Properties;
}

const SCHEMA: Partial<Record<NodeAttributes['type'], string>> = {
  person: 'Person',
  organization: 'Organization',
  country: 'LegalEntity',
  place: 'Address',
  meeting: 'Event',
};

/** Ids that Aleph keeps as given: the node key with its separator spelled out. */
export const ftmId = (key: string): string => `newsgraph-${key.replace(/[^A-Za-z0-9-]/g, '-')}`;

const values = (list: (string | undefined)[]): string[] => [...new Set(list.filter((v): v is string => Boolean(v)))].sort();

/** Every English and Indonesian country name i18n-iso-countries knows, to its ISO code. */
const CODES = new Map<string, string>();
for (const names of [en.countries, id.countries] as Record<string, string | string[]>[]) {
  for (const [code, name] of Object.entries(names)) for (const n of [name].flat()) CODES.set(n.toLowerCase(), code.toLowerCase());
}

const isoCode = (name: string): string | undefined => CODES.get(name.toLowerCase());

function entityOf(graph: ContractGraph, key: string, attrs: NodeAttributes, schema: string): Entity {
  const names = values(attrs.aliases.filter((a) => a !== attrs.label));
  const properties: Properties = { name: [attrs.label] };
  if (schema === 'Address') {
    properties.full = [attrs.label];
    delete properties.name;
    const code = attrs.country ? isoCode(attrs.country) : undefined;
    if (code) properties.country = [code];
    if (attrs.lat !== undefined && attrs.lng !== undefined) Object.assign(properties, { latitude: [String(attrs.lat)], longitude: [String(attrs.lng)] });
  } else if (schema === 'Event') {
    const involved: string[] = [];
    graph.forEachInEdge(key, (_edge, edge, source) => {
      if (edge.type === 'attends' && SCHEMA[graph.getNodeAttribute(source, 'type')]) involved.push(ftmId(source));
    });
    properties.involved = values(involved);
    if (attrs.place) properties.location = [attrs.place];
    if (attrs.date) properties.date = [attrs.date];
    properties.summary = [attrs.status === 'planned' ? 'planned' : 'happened'];
  } else {
    if (names.length) properties.alias = names;
    if (schema === 'Person' && attrs.role?.length) properties.position = values(attrs.role);
    const code = schema === 'LegalEntity' ? isoCode(attrs.label) : undefined;
    if (code) properties.country = [code];
  }
  return { id: ftmId(key), schema, properties };
}

/** The typed relations between exported entities (meetings carry their own sides and place). */
function links(graph: ContractGraph, kept: Set<string>): Entity[] {
  const out: Entity[] = [];
  graph.forEachEdge((edge, attrs, source, target) => {
    if (attrs.type === 'co_mention' || attrs.type === 'attends' || attrs.type === 'held_in') return;
    if (!kept.has(source) || !kept.has(target)) return;
    const properties: Properties = { subject: [ftmId(source)], object: [ftmId(target)], role: [attrs.label || attrs.type] };
    if (attrs.dates.length) properties.date = values(attrs.dates);
    out.push({ id: ftmId(edge), schema: 'UnknownLink', properties });
  });
  return out;
}

export function toFtm(graph: ContractGraph): string {
  const entities: Entity[] = [];
  const kept = new Set<string>();
  graph.forEachNode((key, attrs) => {
    const schema = SCHEMA[attrs.type];
    if (!schema) return;
    kept.add(key);
    entities.push(entityOf(graph, key, attrs, schema));
  });
  entities.push(...links(graph, kept));
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entities.map((e) => `${JSON.stringify(e)}\n`).join('');
}
