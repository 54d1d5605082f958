// Extracts the page tests' corpus (e2e/corpus.ts) with the CLI, once per run; the extractor's
// cache makes a second run quick.
import { execFileSync } from 'node:child_process';
import { CORPUS_DIR, corpusArticles } from './corpus.js';

export default function globalSetup(): void {
  execFileSync('npx', ['tsx', 'src/cli/main.ts', 'extract', ...corpusArticles(), '--out', CORPUS_DIR], { stdio: 'ignore' });
}
