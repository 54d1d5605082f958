// Graphs the user opened or dropped, kept in the browser (IndexedDB) with the corrections made to
// them, so a reload or a link (#data=<id>) shows them again instead of losing them silently.
import type { SerializedGraph } from 'graphology-types';
import type { Correction } from '../../graph/corrections.js';
import type { ArticleText, EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/types.js';

export interface Kept {
  id: string;
  name: string;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  texts: ArticleText[];
  /** When it was opened (ISO). */
  saved: string;
}

const DB = 'newsgraph';
const STORE = 'graphs';
/** Apart from the graphs: a correction rewrites this small record, not the whole graph. */
const CORRECTIONS = 'corrections';

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'id' });
      request.result.createObjectStore(CORRECTIONS);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

async function run<T>(name: string, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  try {
    // Settled when the transaction completes, not when the request succeeds: only then is a
    // write on disk, so a reload right after it finds the graph.
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(name, mode);
      const request = work(transaction.objectStore(name));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(request.error ?? transaction.error ?? new Error('IndexedDB request failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** A new id, unlikely to repeat in one browser: time and a random part. */
export const newId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const keep = (kept: Kept): Promise<IDBValidKey> => run(STORE, 'readwrite', (store) => store.put(kept));

export const recall = async (id: string): Promise<Kept | null> => (await run<Kept | undefined>(STORE, 'readonly', (store) => store.get(id))) ?? null;

export const keepCorrections = (id: string, corrections: Correction[]): Promise<IDBValidKey> =>
  run(CORRECTIONS, 'readwrite', (store) => store.put(corrections, id));

export const recallCorrections = async (id: string): Promise<Correction[]> =>
  (await run<Correction[] | undefined>(CORRECTIONS, 'readonly', (store) => store.get(id))) ?? [];
