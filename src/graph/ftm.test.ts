import { readFileSync } from 'node:fs';
import { Model, defaultModel } from '@alephdata/followthemoney';
import { describe, expect, it } from 'vitest';
import { fromJson } from './json.js';
import { toFtm } from './ftm.js';

const graph = fromJson(readFileSync(new URL('../../graph/graph.json', import.meta.url), 'utf8'));
const model = new Model(defaultModel);
const lines = toFtm(graph).trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; schema: string; properties: Record<string, string[]> });
const FTM_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe('FollowTheMoney export', () => {
  it('passes the followthemoney model: known, concrete schemata and properties only', () => {
    for (const line of lines) {
      const schema = model.getSchema(line.schema);
      expect(schema.abstract, line.schema).toBeFalsy();
      // getEntity throws on a property the schema does not have.
      expect(() => model.getEntity(line as never), JSON.stringify(line)).not.toThrow();
      for (const date of line.properties.date ?? []) expect(date).toMatch(FTM_DATE);
      for (const code of line.properties.country ?? []) expect(code).toMatch(/^[a-z]{2}$/);
    }
  });

  it('writes people, organizations, countries and meetings as events with who, where and when', () => {
    const bySchema = (schema: string) => lines.filter((l) => l.schema === schema);
    const count = (type: string) => graph.filterNodes((_n, a) => a.type === type).length;
    expect(bySchema('Person')).toHaveLength(count('person'));
    expect(bySchema('Organization')).toHaveLength(count('organization'));
    expect(bySchema('LegalEntity')).toHaveLength(count('country'));
    expect(bySchema('Event')).toHaveLength(count('meeting'));
    const ids = new Set(lines.map((l) => l.id));
    const events = bySchema('Event');
    expect(events.some((e) => e.properties.involved!.length >= 2 && e.properties.location && e.properties.date)).toBe(true);
    // Every reference points at an entity of the file.
    for (const line of lines) for (const ref of [...(line.properties.involved ?? []), ...(line.properties.subject ?? []), ...(line.properties.object ?? [])]) expect(ids.has(ref)).toBe(true);
    // Countries carry their ISO code, where they have one (the Soviet Union has none).
    const coded = bySchema('LegalEntity').filter((l) => l.properties.country?.length === 1).length;
    expect(coded / count('country')).toBeGreaterThanOrEqual(0.8);
  });

  it('is byte-stable', () => {
    expect(toFtm(graph)).toBe(toFtm(fromJson(readFileSync(new URL('../../graph/graph.json', import.meta.url), 'utf8'))));
  });
});
