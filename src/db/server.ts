// The HTTP server of `newsgraph serve`: the JSON API under /api/, and the built viewer
// (dist/) for everything else, its page marked so the viewer knows to ask the API.
// Node's http module is enough for six read-only routes and a folder of static files;
// a framework would add more than it saves.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Db } from './connect.js';
import { ApiError, ROUTES } from './api.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** What the viewer reads to know that a server with the API is there (index.html's head). */
export const API_MARKER = '<meta name="newsgraph-api" content="api/" />';

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

async function serveApi(db: Db, url: URL, res: ServerResponse): Promise<void> {
  const route = ROUTES[url.pathname];
  if (!route) return send(res, 404, 'application/json', JSON.stringify({ error: `no route ${url.pathname}` }));
  try {
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(await route(db, url.searchParams)));
  } catch (error) {
    const status = error instanceof ApiError ? error.status : 500;
    const message = error instanceof ApiError ? error.message : 'the database could not answer';
    if (status === 500) console.error(`newsgraph serve: ${url.pathname}: ${error instanceof Error ? error.message : error}`);
    send(res, status, 'application/json; charset=utf-8', JSON.stringify({ error: message }));
  }
}

async function serveFile(root: string, url: URL, res: ServerResponse): Promise<void> {
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root + sep)) return send(res, 403, 'text/plain', 'forbidden');
  try {
    const body = await readFile(path);
    if (relative === 'index.html') return send(res, 200, TYPES['.html']!, body.toString('utf8').replace('<head>', `<head>\n    ${API_MARKER}`));
    send(res, 200, TYPES[extname(path)] ?? 'application/octet-stream', body);
  } catch {
    send(res, 404, 'text/plain', 'not found');
  }
}

export function createApiServer(db: Db, viewerRoot: string): Server {
  const root = resolve(viewerRoot);
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'only GET');
    if (url.pathname.startsWith('/api/')) void serveApi(db, url, res);
    else void serveFile(root, url, res);
  });
}
