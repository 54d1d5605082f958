// Derives src/extract/lexicon/cities.json and regions.json from the
// city-timezones package. The full table (7k rows with timezones) is too
// heavy for the browser bundle and mostly small towns the news rarely names;
// this keeps cities of 100k+ people, each country's largest city (usually its
// capital) and every Indonesian entry, plus the states and provinces that
// hold a 100k+ city (at the mean of their cities), as [name, lat, lng, iso2]
// rows rounded to ~1 km.
// Run: npx tsx scripts/gen-cities.ts
import { writeFileSync } from 'node:fs';
import cityTimezones from 'city-timezones';

const MIN_POP = 100_000;
const OUT = new URL('../src/extract/lexicon/cities.json', import.meta.url);
const REGIONS_OUT = new URL('../src/extract/lexicon/regions.json', import.meta.url);

type Row = [string, number, number, string];

const all = cityTimezones.cityMapping.filter((c) => c.iso2 && c.city);
const largest = new Map<string, (typeof all)[number]>();
for (const c of all) {
  const best = largest.get(c.iso2);
  if (!best || c.pop > best.pop) largest.set(c.iso2, c);
}
const keep = all.filter((c) => c.pop >= MIN_POP || c.iso2 === 'ID' || largest.get(c.iso2) === c);

const rows = new Map<string, Row>();
for (const c of keep.sort((a, b) => b.pop - a.pop)) {
  for (const name of new Set([c.city, c.city_ascii])) {
    // The most populous city wins a shared name (Córdoba AR over Córdoba ES).
    if (!rows.has(name)) rows.set(name, [name, round(c.lat), round(c.lng), c.iso2]);
  }
}
const sorted = [...rows.values()].sort((a, b) => a[0].localeCompare(b[0]));
writeFileSync(OUT, JSON.stringify(sorted).replace(/\],\[/g, '],\n[') + '\n');
console.log(`${sorted.length} city names written to ${OUT.pathname}`);

const provinces = new Map<string, { name: string; iso2: string; lat: number; lng: number; n: number; big: boolean }>();
for (const c of all) {
  if (!c.province) continue;
  const key = `${c.iso2}|${c.province}`;
  const p = provinces.get(key) ?? { name: c.province, iso2: c.iso2, lat: 0, lng: 0, n: 0, big: false };
  p.lat += c.lat;
  p.lng += c.lng;
  p.n++;
  p.big ||= c.pop >= MIN_POP;
  provinces.set(key, p);
}
const regionRows = new Map<string, Row>();
for (const p of provinces.values()) {
  // A province named like a city (Moscow, Jakarta) is already in cities.json.
  if (!p.big || rows.has(p.name) || regionRows.has(p.name)) continue;
  regionRows.set(p.name, [p.name, round(p.lat / p.n), round(p.lng / p.n), p.iso2]);
}
const regions = [...regionRows.values()].sort((a, b) => a[0].localeCompare(b[0]));
writeFileSync(REGIONS_OUT, JSON.stringify(regions).replace(/\],\[/g, '],\n[') + '\n');
console.log(`${regions.length} region names written to ${REGIONS_OUT.pathname}`);

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
