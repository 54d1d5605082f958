// Derives src/extract/lexicon/demonyms.json from the world-countries package
// (data: ODbL, github.com/mledoze/countries). The package carries geometry,
// flags and translations the extractor never reads; this keeps each country's
// English demonyms ("Costa Rican", "Salvadoran") as [iso2, [forms]] rows, with
// the plural people form ("Ethiopians") where English makes one with -s. A
// form two countries share goes to the larger one ("Dominican": the Dominican
// Republic, not Dominica).
// Run: npx tsx scripts/gen-demonyms.ts
import { writeFileSync } from 'node:fs';
import countries from 'world-countries';

const OUT = new URL('../src/extract/lexicon/demonyms.json', import.meta.url);

const owner = new Map<string, { code: string; area: number }>();
for (const c of countries) {
  const eng = c.demonyms?.eng;
  if (!eng) continue;
  for (const form of new Set([eng.m, eng.f])) {
    if (!form || /[,()/]/.test(form)) continue;
    const held = owner.get(form);
    if (!held || c.area > held.area) owner.set(form, { code: c.cca2, area: c.area });
  }
}

const byCode = new Map<string, string[]>();
for (const [form, { code }] of [...owner].sort(([a], [b]) => a.localeCompare(b))) {
  const forms = byCode.get(code) ?? [];
  forms.push(form);
  if (/(?:an|i|er)$/.test(form)) forms.push(`${form}s`);
  byCode.set(code, forms);
}
const rows = [...byCode].sort(([a], [b]) => a.localeCompare(b));
writeFileSync(OUT, `[${rows.map((r) => JSON.stringify(r)).join(',\n')}]\n`);
console.log(`${rows.length} countries, ${rows.reduce((n, [, f]) => n + f.length, 0)} forms → ${OUT.pathname}`);
