import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { DB_COMMANDS, DB_USAGE } from './db-usage.js';
import { DEFAULT_FORMATS, OUTPUT_FORMATS, type OutputFormat } from './formats.js';

const USAGE = `newsgraph ${pkg.version}: news articles → knowledge graph

Usage:
  newsgraph extract [PATHS…] [--out DIR] [--explain] [--jobs N] [--no-cache] [--timings]
                    [--format LIST] [--corrections FILE] [--full-layout]
      Read article files or folders (.txt .md .html .htm .csv .json .jsonl; default: seeds/)
      and write graph.json, graph.gexf, nodes.csv, edges.csv and articles.json (the cleaned
      texts with their mentions, for the viewer's reader) to DIR (default: graph/).
      --explain   also print, per article, the boilerplate that was removed and why.
      --jobs N    threads for reading and extracting (default: the number of cores, or 1
                  for under 1 MB of input); the output is the same for any N.
      --no-cache  neither use nor keep DIR/.cache (what earlier runs extracted, per article).
      --timings   print the time each stage took to stderr.
      --format LIST
                  the graph files to write, of json, gexf, csv, graphml (graph.graphml, for
                  Cytoscape and yEd) and ftm (FollowTheMoney entities as JSON Lines, for
                  Aleph: graph.ftm.jsonl); default json,gexf,csv.
      --corrections FILE
                  apply a corrections.json saved by the viewer (merges, renames, changes
                  of type, deletions, meetings marked wrong) to the graph before writing it;
                  a correction whose node the graph no longer has is named on stderr.
      --full-layout  lay the whole graph out again; by default a run that adds at most 5% new
                  nodes keeps the last run's positions and places the new nodes beside their neighbours.
  newsgraph mentions [--lang auto|id|en] [--explain]
      JSON Lines on stdin ({"id": …, "text": …}) → one line per input on stdout
      ({"id": …, "mentions": [{"start", "end", "type", "text"}]}).
      --explain   also list every candidate the rules and the tagger proposed, and why it was kept or not.
${DB_USAGE}
  newsgraph --help | --version`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    console.log(pkg.version);
    return 0;
  }
  // Each command's code is loaded when it is asked for, so --help and --version start at once.
  if (DB_COMMANDS.includes(command)) return (await import('./db.js')).runDbCommand(command, rest);
  try {
    if (command === 'extract') {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          out: { type: 'string', short: 'o' },
          explain: { type: 'boolean' },
          jobs: { type: 'string', short: 'j' },
          cache: { type: 'boolean', default: true },
          'no-cache': { type: 'boolean' },
          timings: { type: 'boolean' },
          corrections: { type: 'string' },
          format: { type: 'string' },
          'full-layout': { type: 'boolean' },
        },
      });
      const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
      if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
        console.error(`newsgraph extract: --jobs must be a whole number of at least 1 (got "${values.jobs}")`);
        return 2;
      }
      const formats = (values.format ?? DEFAULT_FORMATS.join(',')).split(',').map((f) => f.trim());
      const unknown = formats.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
      if (unknown.length || formats.length === 0) {
        console.error(`newsgraph extract: --format takes a list of ${OUTPUT_FORMATS.join(', ')} (got "${values.format}")`);
        return 2;
      }
      const { runExtract } = await import('./extract.js');
      return await runExtract({
        paths: positionals.length ? positionals : ['seeds'],
        out: values.out ?? 'graph',
        explain: values.explain ?? false,
        jobs,
        cache: !values['no-cache'] && values.cache,
        timings: values.timings ?? false,
        corrections: values.corrections,
        formats: formats as OutputFormat[],
        fullLayout: values['full-layout'] ?? false,
      });
    }
    if (command === 'mentions') {
      const { values } = parseArgs({
        args: rest,
        options: { lang: { type: 'string', default: 'auto' }, explain: { type: 'boolean' } },
      });
      const lang = values.lang;
      if (lang !== 'auto' && lang !== 'id' && lang !== 'en') {
        console.error(`newsgraph mentions: --lang must be auto, id or en (got "${lang}")`);
        return 2;
      }
      const { runMentions } = await import('./mentions.js');
      return await runMentions(lang, values.explain ?? false);
    }
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`newsgraph: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  console.error(`newsgraph: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
