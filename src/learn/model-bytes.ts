// Reads a model file's bytes where the code runs: with Node's `fs`, synchronously, the first time a
// model is needed; with `fetch` in the browser, before it is needed. process.getBuiltinModule
// keeps this module free of Node imports, so it bundles for the browser as is.

interface NodeFs {
  readFileSync(path: URL): Uint8Array;
}

function nodeFs(): NodeFs | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
}

/** Whether model files can be read synchronously here (Node, files on disk). */
export function canReadSync(url: URL): boolean {
  return url.protocol === 'file:' && nodeFs() !== undefined;
}

/** The file's bytes, read now; `missing` says what to do instead where that is impossible (a browser). */
export function readBytesSync(url: URL, missing: string): Uint8Array {
  const fs = nodeFs();
  if (!fs || url.protocol !== 'file:') throw new Error(`${url.href}: not loaded yet; ${missing}`);
  return fs.readFileSync(url);
}

/** The file's bytes: read from disk in Node, fetched in a browser. */
export async function fetchBytes(url: URL): Promise<Uint8Array> {
  if (canReadSync(url)) return nodeFs()!.readFileSync(url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
