// The layers, checked on the sources: the viewer's main bundle never reaches the date parser
// (chrono-node ships only in the extraction worker), and graph/ and app/ never import the
// extractor's date module (their date arithmetic is graph/days.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Value imports of a module (type-only imports bundle nothing), as written. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  return [base.replace(/\.js$/, '.ts'), base, `${base}.ts`].find((f) => existsSync(f) && f.endsWith('.ts'));
}

/** Every package a module reaches through value imports, with the chain that reaches it. */
function reachedPackages(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of imports(file)) {
      const local = resolveLocal(file, spec);
      if (local) visit(local, [...chain, relative(SRC, local)]);
      else if (!spec.startsWith('.') && !packages.has(spec)) packages.set(spec, chain);
    }
  };
  visit(entry, [relative(SRC, entry)]);
  return packages;
}

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('layering', () => {
  it("keeps chrono-node out of the viewer's main bundle", () => {
    const reached = reachedPackages(join(SRC, 'app/main.ts'));
    expect(reached.has('graphology')).toBe(true);
    expect(reached.get('chrono-node'), `chrono-node reached through ${reached.get('chrono-node')?.join(' → ')}`).toBeUndefined();
  });

  it('never imports extract/dates.ts from graph/ or app/', () => {
    const offenders = [...sources(join(SRC, 'graph')), ...sources(join(SRC, 'app'))].filter((file) =>
      readFileSync(file, 'utf8').match(/from\s+['"][^'"]*extract\/dates(\.js)?['"]/),
    );
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
