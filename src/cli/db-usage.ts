// The database commands' names and usage, apart from their code, which main.ts loads only when one is run.

export const DB_USAGE = `  newsgraph ingest --db URL PATHS…
      Queue the articles in PATHS; an article already in the database (same text and
      metadata) is skipped.
  newsgraph worker --db URL [--jobs N] [--until-idle] [--batch N] [--lease SECONDS]
      Extract queued articles; run any number, anywhere. --until-idle: exit when the queue is empty.
  newsgraph build --db URL
      Merge what the workers extracted into the graph tables.
  newsgraph export --db URL [--from DAY] [--to DAY] [--around KEY [--hops N]] --out DIR
      Write the files extract writes, for the whole graph, a date window or a neighbourhood.
  newsgraph serve --db URL [--port P] [--host H]
      Serve the viewer and its JSON API (default 127.0.0.1:8080).
      --db may be left out: the connection then comes from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.`;

export const DB_COMMANDS = ['ingest', 'worker', 'build', 'export', 'serve'];
