// The graph files `extract` can write: apart from extract.ts so that the command line can check
// `--format` without loading the extractor.
export const OUTPUT_FORMATS = ['json', 'gexf', 'csv', 'graphml', 'ftm'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const DEFAULT_FORMATS: OutputFormat[] = ['json', 'gexf', 'csv'];
