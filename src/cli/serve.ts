// `newsgraph serve --db URL [--port P] [--host H]`: the viewer and its JSON API.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Db } from '../db/connect.js';
import { createApiServer } from '../db/server.js';

/** The built viewer (`npm run build`). */
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export async function serve(db: Db, args: string[], target: string): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, port: { type: 'string', short: 'p' }, host: { type: 'string' } } });
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`newsgraph serve: --port must be a port number (got "${values.port}")`);
    return 2;
  }
  if (!existsSync(`${DIST}index.html`)) console.error('newsgraph serve: the viewer is not built (npm run build); serving the API alone');
  const host = values.host ?? '127.0.0.1';
  const server = createApiServer(db, DIST);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving the graph in ${target} at http://${host}:${bound}/ (Ctrl-C stops)`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop).once('SIGTERM', stop);
  });
  return 0;
}
